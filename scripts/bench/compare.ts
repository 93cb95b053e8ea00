// node scripts/bench/compare.ts a.json b.json …  (reports written by npm run bench -- --json)
// Prints a Markdown table of how each figure grows with the number of measures, for
// docs/performance.md: per-phase wall and CPU time, peak memory, page and index sizes,
// first-search download, and the cost per measure.
import { readFileSync } from "node:fs";
import type { BenchReport } from "./report.ts";
import { fmtBytes, fmtMs } from "./report.ts";

const reports = process.argv
  .slice(2)
  .map((f) => JSON.parse(readFileSync(f, "utf8")) as BenchReport)
  .sort((a, b) => a.params.measures - b.params.measures);
if (reports.length === 0) {
  console.error("usage: node scripts/bench/compare.ts REPORT.json …");
  process.exit(2);
}

const phase = (r: BenchReport, name: string) => r.phases.find((p) => p.name === name);
/** The search index phase: "search index" (scripts/search-index.ts); "postbuild" in reports from before the integration. */
const indexPhase = (r: BenchReport) =>
  r.phases
    .filter((p) => ["search index", "postbuild", "pagefind (CLI)"].includes(p.name))
    .reduce(
      (a, p) => ({ wallMs: a.wallMs + p.wallMs, cpuMs: a.cpuMs + p.cpuMs, peak: Math.max(a.peak, p.peakRssBytes) }),
      { wallMs: 0, cpuMs: 0, peak: 0 },
    );
const pageSearch = (r: BenchReport) => r.search?.queries.filter((q) => q.mode === "page") ?? [];
const apiSearch = (r: BenchReport) => r.search?.queries.filter((q) => q.mode === "api") ?? [];
const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const bytesOr = (n: number) => (Number.isNaN(n) ? "n/a" : fmtBytes(n));

const rows: Array<[string, (r: BenchReport) => string]> = [
  [
    "load average (start → end)",
    (r) => `${r.machine.loadAverage.start.toFixed(1)} → ${r.machine.loadAverage.end.toFixed(1)}`,
  ],
  [
    "validate: wall / CPU",
    (r) => `${fmtMs(phase(r, "validate")?.wallMs ?? 0)} / ${fmtMs(phase(r, "validate")?.cpuMs ?? 0)}`,
  ],
  [
    "Astro build: wall / CPU",
    (r) => `${fmtMs(phase(r, "astro build")?.wallMs ?? 0)} / ${fmtMs(phase(r, "astro build")?.cpuMs ?? 0)}`,
  ],
  ["search index: wall / CPU", (r) => `${fmtMs(indexPhase(r).wallMs)} / ${fmtMs(indexPhase(r).cpuMs)}`],
  ["**total: wall / CPU**", (r) => `**${fmtMs(r.pipeline.wallMs)}** / ${fmtMs(r.pipeline.cpuMs)}`],
  ["total CPU per measure", (r) => fmtMs(r.pipeline.cpuMs / r.params.measures)],
  [
    "peak RSS: validate / build / index",
    (r) =>
      [phase(r, "validate")?.peakRssBytes ?? 0, phase(r, "astro build")?.peakRssBytes ?? 0, indexPhase(r).peak]
        .map(fmtBytes)
        .join(" / "),
  ],
  ["HTML pages built; pages/s", (r) => `${r.pages.html}; ${r.pages.perSecond.toFixed(0)}`],
  ["output: files / bytes", (r) => `${r.output?.files ?? 0} / ${fmtBytes(r.output?.bytes ?? 0)}`],
  [
    "measure page HTML: median / max",
    (r) =>
      `${fmtBytes(r.output?.measurePages.all.medianBytes ?? 0)} / ${fmtBytes(r.output?.measurePages.all.maxBytes ?? 0)}`,
  ],
  [
    "largest page",
    (r) =>
      r.output?.largestPages[0] ? `${r.output.largestPages[0].path} ${fmtBytes(r.output.largestPages[0].bytes)}` : "",
  ],
  [
    "measure page CSS / JS",
    (r) => {
      const a = r.output?.measureAssets.largest;
      return a ? `${fmtBytes(a.cssBytes)} / ${a.scripts.length ? fmtBytes(a.jsBytes) : "none"}` : "";
    },
  ],
  ["search index (dist/pagefind)", (r) => fmtBytes(r.output?.pagefind?.bytes ?? 0)],
  ["first search, search page: max bytes", (r) => bytesOr(maxOf(pageSearch(r).map((q) => q.pagefindBytes)))],
  [
    "first search, search page: max time",
    (r) => {
      const t = maxOf(pageSearch(r).map((q) => q.withExcerptsMs));
      return Number.isNaN(t) ? "n/a" : fmtMs(t);
    },
  ],
  ["pagefind.js + 5 excerpts: max bytes", (r) => bytesOr(maxOf(apiSearch(r).map((q) => q.pagefindBytes)))],
];

const head = `| measures | ${reports.map((r) => r.params.measures.toLocaleString("en-US")).join(" | ")} |`;
console.log(
  [
    head,
    `| --- | ${reports.map(() => "---").join(" | ")} |`,
    ...rows.map(([name, f]) => `| ${name} | ${reports.map(f).join(" | ")} |`),
  ].join("\n"),
);
