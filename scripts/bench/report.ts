// The benchmark report: targets from the issue checked against the figures, and a
// plain-text table for the terminal. The JSON form is the BenchReport object itself.
import type { MachineInfo } from "./system.ts";
import type { OutputReport } from "./output.ts";
import type { PhaseResult } from "./measure.ts";
import type { ProfileSummary } from "./profile.ts";
import type { SearchReport } from "./search.ts";
import type { RelevanceReport } from "../search/relevance.ts";

export interface Check {
  name: string;
  target: string;
  actual: string;
  ok: boolean | null;
}

export interface BenchReport {
  version: 1;
  startedAt: string;
  machine: MachineInfo;
  params: { measures: number; seed: number; plans: number };
  content: { files: number; bytes: number };
  phases: PhaseResult[];
  /** validate + Astro build + Pagefind, as `npm run build` runs them. */
  pipeline: { wallMs: number; cpuMs: number; peakRssBytes: number };
  pages: { html: number; measure: number; perSecond: number };
  output: OutputReport | null;
  search: SearchReport | null;
  /** Generated queries (autoQueries) run through the search page. */
  relevance: BenchRelevance | null;
  profile: ProfileSummary | null;
  checks: Check[];
  tempDir: string | null;
}

export interface BenchRelevance {
  queries: number;
  top1: number;
  top5: number;
  /** "kind: top-1/queries" per kind of generated query. */
  byKind: Record<string, string>;
  /** The queries whose page did not come first: "q → expected (rank)". */
  misses: string[];
}

export function summariseRelevance(r: RelevanceReport): BenchRelevance {
  return {
    queries: r.queries,
    top1: r.top1,
    top5: r.top5,
    byKind: Object.fromEntries(Object.entries(r.byLang).map(([k, x]) => [k, `${x.top1}/${x.queries}`])),
    misses: r.outcomes.filter((o) => o.rank !== 1).map((o) => `${o.q} → ${o.expect} (${o.rank ?? "—"})`),
  };
}

const KB = 1024;
const MB = 1024 * KB;
export const fmtBytes = (b: number) =>
  b >= MB ? `${(b / MB).toFixed(1)} MB` : b >= KB ? `${(b / KB).toFixed(1)} KB` : `${b} B`;
export const fmtMs = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;

/**
 * Time budget for validate+build+index at N measures (issue #12): 90 s at 10 000 and in proportion
 * above; 20 s up to 1 000, where the goal proper is a ratio to Starlight (`--peer`); linear between.
 */
export function timeBudgetMs(n: number): number {
  if (n <= 1000) return 20_000;
  if (n >= 10_000) return 90_000 * (n / 10_000);
  return 20_000 + ((n - 1000) / 9000) * 70_000;
}

/** Largest HTML page allowed at N measures: 200 KB up to 1 000, 400 KB from 10 000, linear between. */
export function pageBudgetBytes(n: number): number {
  const t = Math.min(1, Math.max(0, (n - 1000) / 9000));
  return Math.round((200 + 200 * t) * KB);
}

export function checks(r: Omit<BenchReport, "checks">): Check[] {
  const n = r.params.measures;
  const out: Check[] = [];
  const budget = timeBudgetMs(n);
  out.push({
    name: "validate+build+index time",
    target: `< ${fmtMs(budget)}`,
    actual: fmtMs(r.pipeline.wallMs),
    ok: r.pipeline.wallMs < budget,
  });
  out.push({
    name: "peak memory (any phase)",
    target: "≤ 1.5 GB",
    actual: fmtBytes(r.pipeline.peakRssBytes),
    ok: r.pipeline.peakRssBytes <= 1.5 * 1024 * MB,
  });
  const over = r.output?.overBudget;
  if (over) {
    const largest = r.output!.largestPages[0];
    out.push({
      name: "largest HTML page",
      target: `≤ ${fmtBytes(over.budgetBytes)}`,
      actual: over.pages.length
        ? `${over.pages.length} over: ${over.pages
            .slice(0, 4)
            .map((p) => `${p.path} ${fmtBytes(p.bytes)}`)
            .join(", ")}${over.pages.length > 4 ? " …" : ""}`
        : largest
          ? `${largest.path} ${fmtBytes(largest.bytes)}`
          : "no pages",
      ok: over.pages.length === 0,
    });
  }
  const mp = r.output?.measurePages.all;
  if (mp && mp.count)
    out.push({
      name: "measure page HTML (largest)",
      target: "≤ 40 KB",
      actual: `${fmtBytes(mp.maxBytes)} (median ${fmtBytes(mp.medianBytes)})`,
      ok: mp.maxBytes <= 40 * KB,
    });
  const a = r.output?.measureAssets.largest;
  if (a) {
    out.push({
      name: "measure page CSS",
      target: "≤ 15 KB",
      actual: `${fmtBytes(a.cssBytes + a.inlineStyleBytes)} (gzip ${fmtBytes(a.cssGzipBytes)})`,
      ok: a.cssBytes + a.inlineStyleBytes <= 15 * KB,
    });
    out.push({
      name: "measure page JS",
      target: "none",
      actual: a.scripts.length ? `${a.scripts.length} script(s), ${fmtBytes(a.jsBytes)}` : "none",
      ok: a.scripts.length === 0,
    });
  }
  const s = r.search;
  if (s && s.status === "ok")
    out.push({
      name: s.queries.some((q) => q.mode === "page")
        ? "first search on the search page (max)"
        : "first query via pagefind.js (max)",
      target: "≤ 150 KB at 10 000",
      actual: fmtBytes(s.maxPagefindBytes),
      ok: s.maxPagefindBytes <= 150 * KB,
    });
  else
    out.push({
      name: "first query download",
      target: "≤ 150 KB at 10 000",
      actual: `n/a (${s?.note ?? "not measured"})`,
      ok: null,
    });
  const rel = r.relevance;
  out.push({
    name: "generated queries ranked first",
    target: "all",
    actual: rel ? `${rel.top1}/${rel.queries} (top-5 ${rel.top5})` : "n/a",
    ok: rel ? rel.top1 === rel.queries : null,
  });
  return out;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  const pad = (cell: string, c: number) => " ".repeat(widths[c] - displayWidth(cell));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell + pad(cell, c) : pad(cell, c) + cell))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `Benchmark: ${r.params.measures} measures (seed ${r.params.seed}, ${r.params.plans} plan${r.params.plans > 1 ? "s" : ""}), ${r.content.files} YAML files, ${fmtBytes(r.content.bytes)}`,
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${fmtBytes(m.memoryBytes)} RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}; measured with ${m.timeTool}; load average ${m.loadAverage.start.toFixed(2)} → ${m.loadAverage.end.toFixed(2)}`,
    "",
    table([
      ["phase", "wall", "cpu (user+sys)", "peak RSS", "exit"],
      ...r.phases.map((p) => [p.name, fmtMs(p.wallMs), fmtMs(p.cpuMs), fmtBytes(p.peakRssBytes), String(p.exitCode)]),
      [
        "validate+build+index",
        fmtMs(r.pipeline.wallMs),
        fmtMs(r.pipeline.cpuMs),
        fmtBytes(r.pipeline.peakRssBytes),
        "",
      ],
    ]),
  ];
  if (r.output) {
    const o = r.output;
    const row = (name: string, s: typeof o.html) => [
      name,
      String(s.count),
      fmtBytes(s.medianBytes),
      fmtBytes(s.p95Bytes),
      fmtBytes(s.maxBytes),
      s.maxPath,
    ];
    lines.push(
      "",
      `Output: ${o.files} files, ${fmtBytes(o.bytes)}; ${r.pages.html} HTML pages, ${r.pages.perSecond.toFixed(1)} pages/s built; search index ${o.pagefind ? `${fmtBytes(o.pagefind.bytes)} in ${o.pagefind.files} files` : "none"}`,
      table([
        ["HTML pages", "count", "median", "p95", "max", "largest"],
        row("all pages", o.html),
        row("measure pages", o.measurePages.all),
        row("  ja", o.measurePages.ja),
        row("  en", o.measurePages.en),
      ]),
    );
    lines.push(
      `Largest pages: ${o.largestPages
        .slice(0, 8)
        .map((p) => `${p.path} ${fmtBytes(p.bytes)}`)
        .join(", ")}`,
    );
    for (const [label, a] of [
      ["median", o.measureAssets.median],
      ["largest", o.measureAssets.largest],
    ] as const) {
      if (!a) continue;
      lines.push(
        `Measure page (${label}) ${a.page}: HTML ${fmtBytes(a.htmlBytes)} (gzip ${fmtBytes(a.htmlGzipBytes)}), CSS ${fmtBytes(a.cssBytes)} in ${a.stylesheets.length} file(s) (gzip ${fmtBytes(a.cssGzipBytes)}), inline style ${fmtBytes(a.inlineStyleBytes)}, JS ${a.scripts.length ? `${fmtBytes(a.jsBytes)} in ${a.scripts.length}` : "none"}`,
      );
    }
  }
  if (r.search) {
    lines.push("", `Search (${r.search.status}${r.search.note ? `: ${r.search.note}` : ""})`);
    if (r.search.queries.length) {
      lines.push(
        table([
          ["word", "via", "lang", "results", "bytes (search)", "bytes (+excerpts)", "requests", "search", "+excerpts"],
          ...r.search.queries.map((q) => [
            q.word,
            q.mode === "page" ? `${q.page}?q=` : "pagefind.js",
            q.lang,
            String(q.results),
            fmtBytes(q.searchOnlyBytes),
            fmtBytes(q.pagefindBytes),
            String(q.pagefindRequests),
            fmtMs(q.searchMs),
            fmtMs(q.withExcerptsMs),
          ]),
        ]),
      );
    }
  }
  if (r.relevance) {
    const kinds = Object.entries(r.relevance.byKind).map(([k, v]) => `${k} ${v}`);
    lines.push("", `Relevance (generated queries, top-1): ${kinds.join(", ")}`);
    for (const m of r.relevance.misses.slice(0, 10)) lines.push(`  not first: ${m}`);
  }
  if (r.profile) {
    lines.push("", `CPU profile of the Astro build (${fmtMs(r.profile.totalMs)}), self time by package/folder:`);
    lines.push(
      table([
        ["group", "self", "share"],
        ...r.profile.byGroup.slice(0, 12).map((g) => [g.group, fmtMs(g.selfMs), `${g.share}%`]),
      ]),
    );
    lines.push("Top functions by self time:");
    lines.push(
      table([
        ["function", "self", "share", "where"],
        ...r.profile.topFunctions.slice(0, 15).map((f) => [f.name, fmtMs(f.selfMs), `${f.share}%`, f.where]),
      ]),
    );
  }
  lines.push(
    "",
    table([
      ["target", "goal", "actual", ""],
      ...r.checks.map((c) => [c.name, c.target, c.actual, c.ok === null ? "n/a" : c.ok ? "ok" : "MISSED"]),
    ]),
  );
  if (r.tempDir) lines.push("", `kept: ${r.tempDir}`);
  return lines.join("\n");
}
