// The cost of a first search, in a fresh browser (empty cache), two ways:
//  - "page": opens the site's search page with ?q=word, as a visitor arriving from the
//    header's search box does, and waits until the page stops fetching from /pagefind/;
//  - "api": on the home page of the language (which loads nothing from /pagefind/), imports
//    pagefind.js, runs pagefind.search(word) and loads the first 5 results' excerpts, as any
//    results list would: Pagefind's own cost, whatever the search page's script adds.
// Bytes are counted at the server for every response under /pagefind/ (so requests from
// Pagefind's web worker count too), as sent: gzip for JS/JSON like a typical static host;
// Pagefind's index files are already compressed.
import { existsSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH, launchChromium } from "../lib/chromium.ts";
import type { Browser } from "playwright-core";
import { serveStatic } from "../lib/serve.ts";
import type { Served, StaticServer } from "../lib/serve.ts";

export interface QueryResult {
  mode: "page" | "api";
  word: string;
  lang: "ja" | "en";
  page: string;
  /** Number of results (api: Pagefind's count; page: result links shown). */
  results: number;
  /** Bytes transferred under /pagefind/ until the results and their excerpts are in. */
  pagefindBytes: number;
  pagefindRequests: number;
  /** The same without excerpts (fragment files). */
  searchOnlyBytes: number;
  /** Until the search itself is done (api: search() resolved; page: last non-fragment response). */
  searchMs: number;
  /** … and until the excerpts are in. */
  withExcerptsMs: number;
  firstUrls: string[];
  /** Every /pagefind/ response of the query, with its bytes. */
  files: Array<{ path: string; bytes: number }>;
}

export interface SearchReport {
  status: "ok" | "n/a";
  note: string;
  queries: QueryResult[];
  /** Largest first-query download: through the search page when there is one, else through the API. */
  maxPagefindBytes: number;
}

const DEFAULT_WORDS: ReadonlyArray<{ word: string; lang: "ja" | "en" }> = [
  { word: "関係人口", lang: "ja" },
  { word: "地区ドック", lang: "ja" },
  { word: "財政", lang: "ja" },
  { word: "健全化", lang: "ja" },
  { word: "6-1-3", lang: "ja" },
  { word: "fiscal", lang: "en" },
  { word: "district check-ups", lang: "en" },
];

const EXCERPTS = 5;
/** The search page is done when /pagefind/ has been quiet this long … */
const QUIET_MS = 1500;
/** … or at the latest after this. */
const PAGE_TIMEOUT_MS = 90_000;

const na = (note: string): SearchReport => ({ status: "n/a", note, queries: [], maxPagefindBytes: 0 });

/** The search page of the language, or its home page when there is none yet. */
function searchPage(dist: string, lang: "ja" | "en"): { page: string; isSearchPage: boolean } | null {
  const prefix = lang === "en" ? "en/" : "";
  if (existsSync(path.join(dist, prefix, "search", "index.html")))
    return { page: `/${prefix}search/`, isSearchPage: true };
  if (existsSync(path.join(dist, prefix, "index.html"))) return { page: `/${prefix}`, isSearchPage: false };
  return null;
}

export async function measureSearch(dist: string, words = DEFAULT_WORDS): Promise<SearchReport> {
  if (!existsSync(path.join(dist, "pagefind", "pagefind.js")))
    return na("no search index (dist/pagefind/pagefind.js missing)");
  if (!existsSync(CHROMIUM_PATH)) return na(`${CHROMIUM_PATH} not installed`);
  const server = await serveStatic(dist, { gzip: true, lifetimeMs: 10 * 60_000 });
  const browser = await launchChromium();
  const notes = new Set<string>();
  const queries: QueryResult[] = [];
  try {
    for (const { word, lang } of words) {
      const target = searchPage(dist, lang);
      if (!target) {
        notes.add(`no ${lang} page to search from`);
        continue;
      }
      if (target.isSearchPage) queries.push(await viaPage(browser, server, target.page, word, lang));
      else notes.add(`no ${target.page}search/ page: measured through pagefind.js only`);
      queries.push(await viaApi(browser, server, lang === "en" ? "/en/" : "/", word, lang));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const page = queries.filter((q) => q.mode === "page");
  const counted = page.length ? page : queries;
  return {
    status: queries.length ? "ok" : "n/a",
    note: [...notes].join("; "),
    queries,
    maxPagefindBytes: Math.max(0, ...counted.map((q) => q.pagefindBytes)),
  };
}

const isPagefind = (s: Served) => s.path.startsWith("/pagefind/");
const isFragment = (s: Served) => s.path.startsWith("/pagefind/fragment/");
const sum = (list: Served[]) => list.reduce((n, s) => n + s.bytes, 0);

function totals(log: Served[]) {
  const pf = log.filter(isPagefind);
  return {
    pagefindBytes: sum(pf),
    pagefindRequests: pf.length,
    searchOnlyBytes: sum(pf.filter((s) => !isFragment(s))),
    files: pf.map((s) => ({ path: s.path, bytes: s.bytes })),
  };
}

/** A visitor's first search: the search page opened with ?q=word. */
async function viaPage(
  browser: Browser,
  server: StaticServer,
  page: string,
  word: string,
  lang: "ja" | "en",
): Promise<QueryResult> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    server.clearLog();
    const t0 = performance.now();
    await tab.goto(`${server.origin}${page}?q=${encodeURIComponent(word)}`, { waitUntil: "load" });
    let seen = -1;
    let quietSince = performance.now();
    while (performance.now() - t0 < PAGE_TIMEOUT_MS) {
      await tab.waitForTimeout(100);
      const n = server.log.filter(isPagefind).length;
      if (n !== seen) {
        seen = n;
        quietSince = performance.now();
      } else if (n > 0 && performance.now() - quietSince > QUIET_MS) break;
    }
    const log = [...server.log];
    const pf = log.filter(isPagefind);
    const last = (list: Served[]) => (list.length ? Math.max(...list.map((s) => s.at)) - t0 : 0);
    const links = await tab
      .locator("#search-results a[href]")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      .catch(() => [] as string[]);
    return {
      mode: "page",
      word,
      lang,
      page,
      results: links.length,
      searchMs: last(pf.filter((s) => !isFragment(s))),
      withExcerptsMs: last(pf),
      firstUrls: links.slice(0, EXCERPTS),
      ...totals(log),
    };
  } finally {
    await context.close();
  }
}

/** Pagefind's own cost: pagefind.search(word) and the first results' excerpts. */
async function viaApi(
  browser: Browser,
  server: StaticServer,
  page: string,
  word: string,
  lang: "ja" | "en",
): Promise<QueryResult> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    server.clearLog();
    await tab.goto(server.origin + page, { waitUntil: "load" });
    server.clearLog();
    const r = await tab.evaluate(
      async ({ word, excerpts, entry }) => {
        type Result = { url: string };
        type Pagefind = {
          init?: () => Promise<void>;
          search: (q: string) => Promise<{ results: Array<{ data: () => Promise<Result> }> }>;
        };
        const t0 = performance.now();
        const pf = (await import(entry)) as Pagefind;
        await pf.init?.();
        const found = await pf.search(word);
        const t1 = performance.now();
        const first = await Promise.all(found.results.slice(0, excerpts).map((x) => x.data()));
        const t2 = performance.now();
        return {
          results: found.results.length,
          searchMs: t1 - t0,
          withExcerptsMs: t2 - t0,
          firstUrls: first.map((d) => d.url),
        };
      },
      { word, excerpts: EXCERPTS, entry: "/pagefind/pagefind.js" },
    );
    return { mode: "api", word, lang, page, ...r, ...totals([...server.log]) };
  } finally {
    await context.close();
  }
}
