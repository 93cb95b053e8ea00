// npm run bench -- --measures N [--seed S] [--plans P] [--keep] [--json FILE|-] [--no-search] [--cpu-prof]
// npm run bench -- --measures N --peer DIR [--rounds R] [--seed S] [--keep] [--json FILE|-]
//   compares our cold `npm run build` with a peer's (the Starlight recipe) and the no-framework
//   floor, alternating, and reports the ratios (scripts/bench/peer.ts); nothing else is measured.
// Generates a synthetic plan of N measures into a temporary folder and times what
// `npm run build` does, in two phases, each as a child process with CONTENT_DIR set: Astro build
// (which validates the content once, in the content loader; SEARCH_INDEX=0), then the search
// index that the build's integration makes (scripts/search-index.ts). Then measures the output (page sizes, CSS/JS a
// measure page loads, search index) and a first search in Chromium. Prints a table;
// --json FILE also writes the figures as JSON (--json - prints only the JSON).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { hasGnuTime, runPhase } from "./bench/measure.ts";
import type { PhaseResult } from "./bench/measure.ts";
import { analyseOutput } from "./bench/output.ts";
import { comparePeer } from "./bench/peer.ts";
import { summariseProfile } from "./bench/profile.ts";
import type { BenchReport } from "./bench/report.ts";
import { checks, fmtMs, formatReport, pageBudgetBytes, summariseRelevance } from "./bench/report.ts";
import { formatComparison } from "./bench/ratio.ts";
import { measureSearch } from "./bench/search.ts";
import { autoQueries, runRelevance } from "./search/relevance.ts";
import { machineInfo } from "./bench/system.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = [
  "usage: npm run bench -- --measures N [--seed S] [--plans P] [--keep] [--json FILE|-] [--no-search] [--cpu-prof]",
  "       npm run bench -- --measures N --peer DIR [--rounds R] [--seed S] [--keep] [--json FILE|-]",
].join("\n");

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/** Pagefind's CLI, for a checkout whose build does not (yet) write dist/pagefind. */
function pagefindCli(dist: string): string[] {
  return [path.join(root, "node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", dist];
}

function newestFile(dir: string, ext: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      measures: { type: "string" },
      seed: { type: "string", default: "1" },
      plans: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      json: { type: "string" },
      "no-search": { type: "boolean", default: false },
      "cpu-prof": { type: "boolean", default: false },
      peer: { type: "string" },
      rounds: { type: "string", default: "3" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const measures = Number(values.measures);
  if (!Number.isInteger(measures) || measures < 1) {
    console.error(USAGE);
    return 2;
  }
  const seed = Number(values.seed);
  const plans = Number(values.plans);
  const quiet = values.json === "-";
  const log = (s: string) => (quiet ? process.stderr : process.stdout).write(`${s}\n`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), `plan-bench-${measures}-`));
  const content = path.join(tmp, "content");
  const prof = path.join(tmp, "prof");
  // The built site goes inside the project: Astro writes its prerender bundle next to an outDir
  // inside the working directory, but into the shared .astro/.prerender/ for one outside it,
  // where a concurrent build (another benchmark, the e2e tests) deletes it mid-build.
  const distRoot = path.join(root, "node_modules", ".cache", "plan-bench", path.basename(tmp));
  const dist = path.join(distRoot, "dist");
  const cleanup = () => {
    if (values.keep) return;
    rmSync(tmp, { recursive: true, force: true });
    rmSync(distRoot, { recursive: true, force: true });
  };
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });

  // The build's search index integration is timed as a phase of its own.
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: "1", SEARCH_INDEX: "0" };
  const node = process.execPath;
  const timeTool = hasGnuTime()
    ? "GNU time (/usr/bin/time) and /proc sampling of the process tree"
    : "/proc sampling of the process tree (no /usr/bin/time)";
  if (values.peer) {
    const rounds = Number(values.rounds);
    if (!Number.isInteger(rounds) || rounds < 1 || !existsSync(path.join(values.peer, "gen.mjs"))) {
      console.error(
        `${USAGE}\n(--peer DIR: a folder with gen.mjs, build-cold.sh and limit.mjs; --rounds: a positive integer)`,
      );
      return 2;
    }
    try {
      const peer = path.resolve(values.peer);
      const c = await comparePeer({ root, peer, measures, seed, rounds, work: tmp, dist, timeTool, log });
      if (values.json && values.json !== "-") writeFileSync(values.json, `${JSON.stringify(c, null, 2)}\n`);
      if (quiet) console.log(JSON.stringify(c, null, 2));
      else console.log(`\n${formatComparison(c)}`);
      return 0;
    } finally {
      cleanup();
    }
  }
  const profArgs = (name: string) =>
    values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", path.join(prof, name)] : [];
  const searchIndex = path.join(root, "scripts", "search-index.ts");
  const steps: Array<[string, string, string[]]> = [
    [
      "generate",
      node,
      [
        path.join(root, "scripts", "generate.ts"),
        "--measures",
        String(measures),
        "--seed",
        String(seed),
        "--plans",
        String(plans),
        "--out",
        content,
      ],
    ],
    [
      "astro build",
      node,
      [...profArgs("build"), path.join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", dist],
    ],
    ...(existsSync(searchIndex) ? [["search index", node, [searchIndex, dist]] as [string, string, string[]]] : []),
  ];
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0];
  const phases: PhaseResult[] = [];
  let failed = null as PhaseResult | null;
  try {
    const run = async (name: string, cmd: string, args: string[]) => {
      log(`… ${name}`);
      const r = await runPhase(name, cmd, args, env, root);
      phases.push(r);
      log(`  ${name}: ${fmtMs(r.wallMs)}${r.exitCode ? ` (exit ${r.exitCode})` : ""}`);
      if (r.exitCode !== 0) failed = r;
    };
    for (const [name, cmd, args] of steps) {
      await run(name, cmd, args);
      if (failed) break;
    }
    if (!failed && !existsSync(path.join(dist, "pagefind"))) await run("pagefind (CLI)", node, pagefindCli(dist));
    const pipelinePhases = phases.filter((p) => p.name !== "generate");
    const pipeline = {
      wallMs: pipelinePhases.reduce((s, p) => s + p.wallMs, 0),
      cpuMs: pipelinePhases.reduce((s, p) => s + p.cpuMs, 0),
      peakRssBytes: Math.max(0, ...pipelinePhases.map((p) => p.peakRssBytes)),
    };
    const output = !failed && existsSync(dist) ? analyseOutput(dist, pageBudgetBytes(measures)) : null;
    const buildMs = phases.find((p) => p.name === "astro build")?.wallMs ?? 0;
    if (!failed && !values["no-search"]) log("… search");
    const search = failed
      ? null
      : values["no-search"]
        ? { status: "n/a" as const, note: "skipped (--no-search)", queries: [], maxPagefindBytes: 0 }
        : await measureSearch(dist);
    if (search?.status === "ok") log("… relevance");
    // Queries generated from the plan (numbers, titles, titles shared with actions, KPI labels, main
    // projects): each must find its measure first, at any size (docs/search.md).
    const relevance =
      search?.status === "ok"
        ? summariseRelevance(await runRelevance(dist, { queries: autoQueries(dist, 100) }))
        : null;
    const buildProfile = newestFile(path.join(prof, "build"), ".cpuprofile");
    const base: Omit<BenchReport, "checks"> = {
      version: 1,
      startedAt,
      machine: machineInfo(root, timeTool, loadAtStart),
      params: { measures, seed, plans },
      content: existsSync(content) ? folderSize(content) : { files: 0, bytes: 0 },
      phases,
      pipeline,
      pages: {
        html: output?.html.count ?? 0,
        measure: output?.measurePages.all.count ?? 0,
        perSecond: output && buildMs ? output.html.count / (buildMs / 1000) : 0,
      },
      output,
      search,
      relevance,
      profile: buildProfile ? summariseProfile(buildProfile) : null,
      tempDir: values.keep ? `${tmp} (content) and ${dist} (site)` : null,
    };
    const report: BenchReport = { ...base, checks: checks(base) };
    if (values.json && values.json !== "-") {
      mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
      writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    }
    if (quiet) console.log(JSON.stringify(report, null, 2));
    else console.log(`\n${formatReport(report)}`);
    if (failed) {
      console.error(`\n${failed.name} failed (exit ${failed.exitCode}):\n${failed.outputTail}`);
      return 1;
    }
    return 0;
  } finally {
    cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
