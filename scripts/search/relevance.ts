// Runs the relevance set (tests/search/relevance.json) against a built site in Chromium and
// reports how often the expected page comes first (top-1) and among the first five (top-5).
// Two modes:
// - "site": the site's own search (the search page's window.planSearch: keys, checks, re-ranking);
// - "raw": Pagefind's JavaScript API as it comes (pagefind.search), from the home page — the
//   baseline for comparisons, and usable on a site built before the search page existed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { extractPage } from "../../src/lib/search/indexer/extract.ts";
import { findPart } from "../../src/lib/search/rank.ts";
import { parseQuery } from "../../src/lib/search/tokens.ts";
import { launchChromium as launch } from "../lib/chromium.ts";
import { serveStatic } from "../lib/serve.ts";

export interface RelevanceQuery {
  lang: "ja" | "en";
  /** Optional grouping for reports ("number", "title", …). */
  kind?: string;
  q: string;
  /** Site path of the page that must be found, without the deploy base: "/aioi/6-1-1/". */
  expect: string;
  why?: string;
}

export interface Outcome extends RelevanceQuery {
  /** 1-based rank of the expected page among the results, null when not in the first 10. */
  rank: number | null;
  top: string[];
  /**
   * For a query that is one Japanese word or one number: how many of the first 10 results do not
   * contain it as written (noise, e.g. pages matched by a fragment of a compound). Else null.
   */
  noise: number | null;
}

export interface Rates {
  queries: number;
  /** Results (of the first 10) without the query word as written, summed over single-word Japanese and number queries. */
  noise: number;
  top1: number;
  top5: number;
  top1Rate: number;
  top5Rate: number;
}

export interface RelevanceReport extends Rates {
  mode: "site" | "raw";
  /** By language, and by kind for generated queries. */
  byLang: Record<string, Rates>;
  outcomes: Outcome[];
  ms: number;
}

export const DEFAULT_SET = path.resolve(import.meta.dirname, "../../tests/search/relevance.json");

export function loadQueries(file = DEFAULT_SET): RelevanceQuery[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: RelevanceQuery[] }).queries;
}

interface PlanData {
  id: string;
  measures: Array<{
    number: string;
    title?: { ja: string; en?: string };
    kpis: Array<{ label: { ja: string } }>;
    actions: Array<{ title?: { ja: string }; mainProjects: Array<{ ja: string }> }>;
  }>;
}

/**
 * Queries generated from a built site's open data (dist/data/*.json), for sites without a
 * hand-made set (e.g. synthetic ones from `npm run generate`): every measure number (ja and en),
 * and every measure title, KPI label and main project name that belongs to one measure only,
 * each expecting that measure's page. At most `max` per kind, spread evenly. "title-shared" are
 * the measure titles (of one measure) that are also an action's title on other measures' pages (高齢者福祉の確保 at
 * 1 000 measures): the query equals one page's title and is a heading on the others.
 */
export function autoQueries(dist: string, max = 100): Array<RelevanceQuery & { kind: string }> {
  const site = JSON.parse(readFileSync(path.join(dist, "data", "site.json"), "utf8")) as {
    plans: Array<{ id: string }>;
  };
  const byKind = new Map<string, Map<string, Set<string>>>();
  const add = (kind: string, q: string, page: string) => {
    const m = byKind.get(kind) ?? new Map<string, Set<string>>();
    byKind.set(kind, m);
    m.set(q, (m.get(q) ?? new Set()).add(page));
  };
  const plans = site.plans.map(({ id }) => ({
    id,
    measures: (JSON.parse(readFileSync(path.join(dist, "data", `${id}.json`), "utf8")) as PlanData).measures,
  }));
  const actionTitles = new Map<string, Set<string>>();
  const titleCount = new Map<string, number>();
  for (const { measures } of plans)
    for (const m of measures) if (m.title) titleCount.set(m.title.ja, (titleCount.get(m.title.ja) ?? 0) + 1);
  for (const { id, measures } of plans)
    for (const m of measures)
      for (const a of m.actions)
        if (a.title)
          actionTitles.set(a.title.ja, (actionTitles.get(a.title.ja) ?? new Set()).add(`/${id}/${m.number}/`));
  for (const { id, measures } of plans) {
    for (const m of measures) {
      const page = `/${id}/${m.number}/`;
      add("number", m.number, page);
      if (m.title && [...m.title.ja].length >= 3) add("title", m.title.ja, page);
      const elsewhere = [...(actionTitles.get(m.title?.ja ?? "") ?? [])].some((p) => p !== page);
      if (m.title && elsewhere && titleCount.get(m.title.ja) === 1) add("title-shared", m.title.ja, page);
      for (const k of m.kpis) add("kpi", k.label.ja, page);
      for (const a of m.actions) for (const p of a.mainProjects) add("project", p.ja, page);
    }
  }
  const out: Array<RelevanceQuery & { kind: string }> = [];
  for (const [kind, m] of byKind) {
    const unique = [...m].filter(([, pages]) => pages.size === 1).map(([q, pages]) => ({ q, page: [...pages][0] }));
    const step = Math.max(1, unique.length / max);
    for (let i = 0; i < unique.length && out.filter((o) => o.kind === kind).length < max; i += step) {
      const { q, page } = unique[Math.floor(i)];
      out.push({ kind, lang: "ja", q, expect: page });
      if (kind === "number") out.push({ kind: "number-en", lang: "en", q, expect: `/en${page}` });
    }
  }
  return out;
}

function rates(outcomes: Outcome[]): Rates {
  const top1 = outcomes.filter((o) => o.rank === 1).length;
  const top5 = outcomes.filter((o) => o.rank !== null && o.rank <= 5).length;
  const n = outcomes.length || 1;
  const noise = outcomes.reduce((sum, o) => sum + (o.noise ?? 0), 0);
  return { queries: outcomes.length, noise, top1, top5, top1Rate: top1 / n, top5Rate: top5 / n };
}

/** Result URL → site path without origin, deploy base, query or fragment (marked when the base is missing). */
function sitePath(url: string, base: string): string {
  const p = new URL(url, "http://x").pathname;
  if (base === "/") return p;
  return p.startsWith(base) ? p.slice(base.length - 1) : `(outside ${base}) ${p}`;
}

export async function runRelevance(
  dist: string,
  options: { mode?: "site" | "raw"; base?: string; queries?: RelevanceQuery[]; browser?: Browser } = {},
): Promise<RelevanceReport> {
  const mode = options.mode ?? "site";
  const base = options.base ?? "/";
  const queries = options.queries ?? loadQueries();
  if (!existsSync(path.join(dist, "pagefind", "pagefind.js"))) throw new Error(`no search index in ${dist}/pagefind`);
  const started = performance.now();
  const server = await serveStatic(dist, { base, lifetimeMs: 10 * 60_000 });
  const browser = options.browser ?? (await launch());
  const outcomes: Outcome[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const lang of ["ja", "en"] as const) {
      const mine = queries.filter((q) => q.lang === lang);
      if (mine.length === 0) continue;
      const prefix = lang === "ja" ? "" : `${lang}/`;
      await page.goto(`${server.origin}${base}${prefix}${mode === "site" ? "search/" : ""}`);
      if (mode === "site") await page.waitForFunction(() => window.planSearch !== undefined);
      for (const q of mine) {
        const urls = await page.evaluate(
          async ({ q, mode, bundle }) => {
            if (mode === "site") {
              const r = await window.planSearch!.search(q);
              return r.hits.slice(0, 10).map((h) => h.url);
            }
            type Raw = { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }> };
            const pf = (await import(bundle)) as Raw;
            const r = await pf.search(q);
            return (await Promise.all(r.results.slice(0, 10).map((x) => x.data()))).map((d) => d.url);
          },
          { q: q.q, mode, bundle: `${base}pagefind/pagefind.js` },
        );
        const top = urls.map((u) => sitePath(u, base));
        const at = top.indexOf(q.expect);
        outcomes.push({ ...q, rank: at === -1 ? null : at + 1, top, noise: noiseOf(dist, q.q, top) });
      }
    }
    await context.close();
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
  const byLang: Record<string, Rates> = {};
  for (const lang of new Set(outcomes.map((o) => o.lang)))
    byLang[lang] = rates(outcomes.filter((o) => o.lang === lang));
  for (const kind of new Set(outcomes.map((o) => o.kind).filter((k) => k !== undefined)))
    byLang[kind] = rates(outcomes.filter((o) => o.kind === kind));
  return { mode, ...rates(outcomes), byLang, outcomes, ms: Math.round(performance.now() - started) };
}

const textCache = new Map<string, string>();
/** Results among `top` whose indexed text lacks the query, when the query is one literal part. */
function noiseOf(dist: string, query: string, top: string[]): number | null {
  const parts = parseQuery(query).parts;
  if (parts.length !== 1 || parts[0].kind === "word") return null;
  let n = 0;
  for (const p of top) {
    const file = path.join(dist, p, "index.html");
    if (!textCache.has(file))
      textCache.set(
        file,
        existsSync(file) ? extractPage(readFileSync(file, "utf8"), path.relative(dist, file)).body : "",
      );
    if (findPart(textCache.get(file)!, parts[0]).length === 0) n++;
  }
  return n;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(r: RelevanceReport): string {
  const lines = [
    `search relevance (${r.mode}): ${r.queries} queries — top-1 ${r.top1}/${r.queries} (${pct(r.top1Rate)}), top-5 ${r.top5}/${r.queries} (${pct(r.top5Rate)}); ${r.noise} results without the word; ${r.ms} ms`,
  ];
  for (const [lang, x] of Object.entries(r.byLang)) {
    lines.push(
      `  ${lang}: top-1 ${x.top1}/${x.queries} (${pct(x.top1Rate)}), top-5 ${x.top5}/${x.queries} (${pct(x.top5Rate)})`,
    );
  }
  const misses = r.outcomes.filter((o) => o.rank !== 1);
  if (misses.length) lines.push("  not first:");
  for (const o of misses.slice(0, 40)) {
    lines.push(
      `    [${o.lang}] ${o.q} → expected ${o.expect}, rank ${o.rank ?? "—"}; got ${o.top.slice(0, 3).join(" ") || "(nothing)"}`,
    );
  }
  return lines.join("\n");
}
