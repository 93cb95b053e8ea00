// Builds the Pagefind search index of a built site into DIST/pagefind: one index per configured
// locale (pages grouped by their <html lang>), only the pages whose content is marked
// data-pagefind-body, each with two hidden key fields (keys.ts). The HTML in DIST is not changed.
//   0. group: each page's locale from the <html lang> at the start of the file (extract.ts);
//   then for each locale, all locales at once, sharing the workers (pool.ts):
//   1. prepare: extract each page's text, compute its keys, write the copy Pagefind indexes to
//      a scratch folder (extract.ts, keys.ts, prepare.ts);
//   2. plan: the locale's pages in bundles of at most BUNDLE_PAGES, each bundle's pages moved to
//      a folder of their own (bundles.ts);
//   3. index: one Pagefind service per bundle (pagefind.ts), as soon as the locale's pages are
//      ready — while other locales are still being extracted — as many at once as memory allows;
//   4. merge: the runs' files into DIST/pagefind/ (bundle 0) and DIST/pagefind/b<n>/, one
//      pagefind-entry.json per folder, and the manifest of extra bundles (bundles.json);
//   5. titles: the exact-title shards titles/<lang>/<xx>.json (titles.ts).
// Used by the Astro integration (src/integrations/search.ts) and scripts/search-index.ts.
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { siteConfig } from "../../config/index.ts";
import type { Locale } from "../../config/index.ts";
import type { Bundle, Entry } from "./bundles.ts";
import type { Early } from "./early.ts";
import { BUNDLES_FILE, bundleFolder, bundleManifest, bundleSize, mergeEntries, planBundles } from "./bundles.ts";
import { htmlLang } from "./extract.ts";
import { unusedInExtraBundle, UNUSED } from "./pagefind.ts";
import type { Pool } from "./pool.ts";
import { createPool, limiter, memoryBudget, parallelRuns, workerCount } from "./pool.ts";
import type { PrepareTask } from "./prepare.ts";
import type { IndexReport } from "./report.ts";
import { indexBytes } from "./report.ts";
import { writeTitleShards } from "./titles.ts";

export { BUNDLES_FILE } from "./bundles.ts";
export type { IndexReport } from "./report.ts";

/** What the indexer needs of a locale: its code and the <html lang> of its pages. */
export type LocaleTag = Pick<Locale, "code" | "lang">;

export interface IndexOptions {
  /** Add the hidden search keys (default true). False gives Pagefind's behaviour out of the box. */
  keys?: boolean;
  /** Most pages per Pagefind bundle (default BUNDLE_PAGES, or SEARCH_BUNDLE_PAGES from the environment). */
  bundlePages?: number;
  /** Worker threads (default SEARCH_INDEX_JOBS, or one per core for large sites); Pagefind runs at once are also bounded by memory (pool.ts). */
  jobs?: number;
  /** The site's locales (default: site.config.yaml). */
  locales?: readonly LocaleTag[];
  /** Pages already prepared while Astro rendered them (early.ts), with its workers and scratch folder. */
  early?: Early;
}

/** HTML files under dist, sorted, outside dist/pagefind. */
function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".html") && f.split(path.sep)[0] !== "pagefind")
    .sort();
}

/**
 * Where the copies Pagefind reads are written: in memory (/dev/shm) when it has room for them
 * twice over, else the temporary folder. On a disk, creating one folder per page cost more than
 * extracting the text (2 100 pages: about 3 s of mkdir and write on the benchmark machine, 0.1 s
 * in /dev/shm).
 */
export function scratchRoot(bytes: number): { dir: string; inMemory: boolean } {
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize > 2 * bytes) return { dir: "/dev/shm", inMemory: true };
  } catch {
    // No /dev/shm (macOS, Windows).
  }
  return { dir: os.tmpdir(), inMemory: false };
}

/** The start of a file, up to the end of its <html> start tag (or 64 KB). */
function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(65536);
    let n = 0;
    for (let step = 2048; n < buf.length; step *= 2) {
      const got = readSync(fd, buf, n, Math.min(step, buf.length - n), n);
      n += got;
      const head = buf.toString("utf8", 0, n);
      const at = head.search(/<html[\s>]/i);
      if (got === 0 || (at !== -1 && head.indexOf(">", at) !== -1)) return head;
    }
    return buf.toString("utf8", 0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Step 1 for one locale: its pages' copies under <tmp>/<locale>/, dealt out to the workers in
 * turn (large pages, such as KPI dashboards, are spread). Pages of no configured locale (code
 * null) are extracted too, and fail the index if they are indexed.
 */
async function prepare(
  pool: Pool,
  task: PrepareTask,
  code: string | null,
  locales: readonly LocaleTag[],
  early?: Early,
) {
  const { ready, rest } = early ? await early.take(task.dist, task.files) : { ready: [], rest: task.files };
  const shares = Array.from({ length: pool.size }, (_, w) => rest.filter((_, i) => i % pool.size === w));
  const prepared = await Promise.all(
    shares.filter((f) => f.length > 0).map((files) => pool.run("prepare", { ...task, files })),
  );
  prepared.push({
    pages: ready.flatMap((r) => (r && "page" in r ? [r.page] : [])),
    unknown: ready.flatMap((r) => (r && "unknown" in r ? [r.unknown] : [])),
  });
  const unknown = prepared.flatMap((p) => p.unknown);
  if (unknown.length > 0) {
    const list = unknown.slice(0, 5).map((u) => `${u.file} (lang="${u.lang}")`);
    throw new Error(
      `${unknown.length} indexed page(s) in no configured locale (${locales.map((l) => l.lang).join(", ")}): ${list.join(", ")}`,
    );
  }
  const pages = prepared.flatMap((p) => p.pages);
  const stray = pages.find((p) => p.locale !== code);
  if (stray) throw new Error(`${stray.file}: <html lang> read as two different locales`);
  return pages;
}

/**
 * Step 2: moves each bundle's pages to its own folder, in sorted order: Pagefind numbers pages in
 * the order it finds them in the folder, which follows the order they were created there on some
 * file systems (tmpfs), so a fixed order keeps the index the same from one build to the next.
 */
function placeBundles(pages: string, bundles: readonly Bundle[], folder: (b: Bundle) => string): void {
  for (const b of bundles) {
    for (const f of b.files) {
      const to = path.join(folder(b), f);
      mkdirSync(path.dirname(to), { recursive: true });
      renameSync(path.join(pages, b.locale, f), to);
    }
  }
}

/** Step 4: moves a run's files into its bundle folder; files every run writes (pagefind.js…) must be the same. */
function moveRun(from: string, to: string, extra: boolean): void {
  for (const e of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const src = path.join(e.parentPath, e.name);
    const rel = path.relative(from, src);
    if (rel === "pagefind-entry.json" || UNUSED.includes(rel) || (extra && unusedInExtraBundle(rel))) continue;
    const dest = path.join(to, rel);
    if (existsSync(dest)) {
      if (!readFileSync(dest).equals(readFileSync(src)))
        throw new Error(`Pagefind wrote two different ${path.relative(path.dirname(to), dest)}`);
      continue;
    }
    mkdirSync(path.dirname(dest), { recursive: true });
    renameSync(src, dest);
  }
}

/** Step 4: the runs' files, one pagefind-entry.json per folder, and the manifest of extra bundles. */
function merge(out: string, runs: ReadonlyArray<{ bundle: Bundle; dir: string; entry: Entry }>): void {
  mkdirSync(out, { recursive: true });
  const byFolder = new Map<number, Entry[]>();
  for (const r of runs) {
    moveRun(r.dir, path.join(out, bundleFolder(r.bundle.bundle)), r.bundle.bundle > 0);
    byFolder.set(r.bundle.bundle, [...(byFolder.get(r.bundle.bundle) ?? []), r.entry]);
  }
  const merged = new Map([...byFolder].map(([b, es]) => [b, mergeEntries(es)]));
  for (const [b, entry] of merged)
    writeFileSync(path.join(out, bundleFolder(b), "pagefind-entry.json"), JSON.stringify(entry));
  // Always written (empty for one bundle per language), so the search page knows without guessing.
  writeFileSync(path.join(out, BUNDLES_FILE), JSON.stringify(bundleManifest(merged)));
}

export async function indexSite(dist: string, options: IndexOptions = {}): Promise<IndexReport> {
  const started = performance.now();
  const locales = options.locales ?? siteConfig().locales;
  const localeByLang = Object.fromEntries(locales.map((l) => [l.lang.toLowerCase(), l.code]));
  const size = bundleSize(options.bundlePages);
  const out = path.join(dist, "pagefind");
  const runs = path.join(out, ".runs");
  rmSync(out, { recursive: true, force: true });
  const files = htmlFiles(dist);
  const htmlBytes = files.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);

  // 0. Each page's locale (null: none configured), the source locale first: it has the most keys.
  const groups = new Map<string | null, string[]>([
    [null, []],
    ...locales.map((l) => [l.code, []] as [string, string[]]),
  ]);
  for (const f of files)
    groups.get(localeByLang[htmlLang(readHead(path.join(dist, f))).toLowerCase()] ?? null)!.push(f);

  const early = options.early;
  const scratch = early ? { dir: path.dirname(early.tmp), inMemory: early.inMemory } : scratchRoot(htmlBytes);
  const tmp = early?.tmp ?? mkdtempSync(path.join(scratch.dir, "plan-pagefind-"));
  const pagesDir = path.join(tmp, "pages");
  const pool = early?.pool ?? createPool(workerCount(files.length, options.jobs));
  const parallel = parallelRuns(
    // At most this many pages per run (each locale's files that may be indexed, in bundles).
    locales.flatMap((l) => {
      const n = groups.get(l.code)!.length;
      return Array.from({ length: Math.ceil(n / size) }, () => Math.min(n, size));
    }),
    pool.size,
    memoryBudget(process.availableMemory() - (scratch.inMemory ? htmlBytes : 0)),
  );
  const slot = limiter(parallel);
  const source = (b: Bundle) => path.join(tmp, `${b.locale}.b${b.bundle}`);
  const dir = (b: Bundle) => path.join(runs, `${b.locale}.b${b.bundle}`);

  /** Steps 1–3 for one locale. */
  async function indexLocale(code: string | null, group: string[]) {
    const task = { dist, files: group, tmp: pagesDir, localeByLang, keys: options.keys ?? true };
    const pages = await prepare(pool, task, code, locales, early);
    if (code === null) return { pages, runs: [] };
    const bundles = planBundles(new Map([[code, pages.map((p) => p.file)]]), size);
    placeBundles(pagesDir, bundles, source);
    const indexed = await Promise.all(
      bundles.map((b) =>
        slot(async () => {
          const entry = await pool.run("index", { from: source(b), out: dir(b), pages: b.files.length });
          await rm(source(b), { recursive: true, force: true });
          return { bundle: b, dir: dir(b), entry };
        }),
      ),
    );
    return { pages, runs: indexed };
  }

  try {
    const done = await Promise.all([...groups].map(([code, group]) => indexLocale(code, group)));
    const pages = done.flatMap((d) => d.pages);
    // 4. In plan order (locales as configured, bundles in turn), whatever run finished first.
    merge(
      out,
      done.flatMap((d) => d.runs),
    );
    rmSync(runs, { recursive: true, force: true });
    // 5. Exact titles, from the fragments written (their ids are Pagefind's).
    writeTitleShards(out);

    const report: IndexReport = {
      htmlFiles: files.length,
      pages: {},
      bundles: {},
      bytes: indexBytes(out),
      keysPerPage: pages.length ? Math.round(pages.reduce((n, p) => n + p.keys, 0) / pages.length) : 0,
      early: early?.taken,
      parallel,
      warnings: [],
      ms: 0,
    };
    for (const l of locales) {
      const runsOf = done.flatMap((d) => d.runs).filter((r) => r.bundle.locale === l.code);
      if (runsOf.length === 0) {
        report.warnings.push(
          `locale ${l.code} (lang="${l.lang}") has no indexed page: its search page would search another locale's index`,
        );
        continue;
      }
      report.pages[l.code] = runsOf.reduce((n, r) => n + r.bundle.files.length, 0);
      report.bundles[l.code] = runsOf.length;
    }
    report.ms = Math.round(performance.now() - started);
    return report;
  } finally {
    await pool.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(runs, { recursive: true, force: true });
  }
}
