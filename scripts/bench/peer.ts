// npm run bench -- --measures N --peer DIR [--rounds R]: our cold `npm run build` against the
// Starlight peer's cold build (the recipe in DIR: gen.mjs, build-cold.sh, limit.mjs; see its
// README) and the no-framework floor (limit.mjs + Pagefind's CLI), alternating in R rounds.
// DIR is copied to a temporary folder (it may be read-only) and installed there if it has no
// node_modules. Each build is timed as a process tree (measure.ts); ratios in ratio.ts.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPhase } from "./measure.ts";
import type { PhaseResult } from "./measure.ts";
import type { Comparison, Round, Timing } from "./ratio.ts";
import { compareRounds, roundOrder } from "./ratio.ts";
import { machineInfo } from "./system.ts";

export interface PeerOptions {
  root: string;
  peer: string;
  measures: number;
  seed: number;
  rounds: number;
  /** Where the copies and our content go (removed by the caller). */
  work: string;
  /** Our built site (inside the project: see scripts/bench.ts). */
  dist: string;
  timeTool: string;
  log: (s: string) => void;
}

/** 4× the peer's 1 000-measure build on a loaded 2-core machine; N = 5 000 took 15 min (its RESULTS.md). */
const PEER_TIMEOUT_MS = 20 * 60_000;

const htmlCount = (dir: string) =>
  existsSync(dir)
    ? (readdirSync(dir, { recursive: true }) as string[]).filter(
        (f) => f.endsWith(".html") && !f.startsWith(`pagefind${path.sep}`),
      ).length
    : 0;

const timing = (...phases: PhaseResult[]): Timing => ({
  wallMs: phases.reduce((n, p) => n + p.wallMs, 0),
  cpuMs: phases.reduce((n, p) => n + p.cpuMs, 0),
  peakRssBytes: Math.max(...phases.map((p) => p.peakRssBytes)),
});

function check(p: PhaseResult): PhaseResult {
  if (p.exitCode !== 0) throw new Error(`${p.name} failed (exit ${p.exitCode}):\n${p.outputTail}`);
  return p;
}

/** The peer's recipe in a writable copy, installed, with N measures generated. */
function preparePeer(o: PeerOptions): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(o.work, "peer");
  o.log(`… copying the peer ${o.peer} to ${dir}`);
  cpSync(o.peer, dir, {
    recursive: true,
    verbatimSymlinks: true,
    // A previous run's output, not node_modules/*/dist.
    filter: (src) => !["dist", "limit-out", "results", ".astro"].includes(path.relative(o.peer, src)),
  });
  execFileSync("chmod", ["-R", "u+w", dir]);
  const env = {
    ...process.env,
    PATH: `${path.join(dir, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  if (!existsSync(path.join(dir, "node_modules", ".bin", "astro"))) {
    o.log("… npm install (peer)");
    execFileSync("npm", ["install", "--no-audit", "--no-fund"], {
      cwd: dir,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  o.log(`… node gen.mjs ${o.measures} (peer)`);
  execFileSync("node", ["gen.mjs", String(o.measures)], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
  return { dir, env };
}

export async function comparePeer(o: PeerOptions): Promise<Comparison> {
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0];
  const { dir, env: peerEnv } = preparePeer(o);
  const content = path.join(o.work, "content");
  const node = process.execPath;
  o.log(`… generating our ${o.measures} measures`);
  check(
    await runPhase(
      "generate",
      node,
      [
        path.join(o.root, "scripts", "generate.ts"),
        ...["--measures", String(o.measures), "--seed", String(o.seed), "--out", content],
      ],
      process.env,
      o.root,
    ),
  );
  const ourEnv = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: "1" };
  const astro = path.join(o.root, "node_modules", "astro", "bin", "astro.mjs");
  const runs = {
    // Cold, as build-cold.sh does for the peer: no content-layer store from an earlier build.
    ours: async () => {
      for (const d of [".astro", path.join("node_modules", ".astro")])
        rmSync(path.join(o.root, d), { recursive: true, force: true });
      return timing(check(await runPhase("ours", node, [astro, "build", "--outDir", o.dist], ourEnv, o.root)));
    },
    // The peer's build once stayed alive after "Complete!" (an esbuild service left running), so it has a time limit.
    peer: async () =>
      timing(check(await runPhase("peer", path.join(dir, "build-cold.sh"), [], peerEnv, dir, PEER_TIMEOUT_MS))),
    floor: async () =>
      timing(
        check(await runPhase("floor: limit.mjs", "node", ["limit.mjs"], peerEnv, dir)),
        check(await runPhase("floor: pagefind", "pagefind", ["--site", "limit-out"], peerEnv, dir)),
      ),
  };
  const rounds: Round[] = [];
  for (let r = 0; r < o.rounds; r++) {
    const order = roundOrder(r);
    const start = os.loadavg()[0];
    const got: Partial<Record<keyof typeof runs, Timing>> = {};
    for (const side of order) {
      o.log(`… round ${r + 1}/${o.rounds}: ${side}`);
      got[side] = await runs[side]();
      o.log(`  ${side}: ${(got[side].wallMs / 1000).toFixed(1)} s wall, ${(got[side].cpuMs / 1000).toFixed(1)} s CPU`);
    }
    rounds.push({
      order,
      ours: got.ours!,
      peer: got.peer!,
      floor: got.floor!,
      loadAverage: { start, end: os.loadavg()[0] },
    });
  }
  return {
    version: 1,
    startedAt,
    machine: machineInfo(o.root, o.timeTool, loadAtStart),
    params: { measures: o.measures, seed: o.seed, rounds: o.rounds, peer: o.peer },
    pages: {
      ours: htmlCount(o.dist),
      peer: htmlCount(path.join(dir, "dist")),
      floor: htmlCount(path.join(dir, "limit-out")),
    },
    rounds,
    ratios: compareRounds(rounds),
    goals: { peer: 0.2, floor: 3 },
  };
}
