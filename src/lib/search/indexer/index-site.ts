// Builds the Pagefind search index of a built site into DIST/pagefind: one index per configured
// locale (pages grouped by their <html lang>), only the pages whose content is marked
// data-pagefind-body, each with two hidden key fields (keys.ts). The HTML in DIST is not changed.
//   1. prepare (workers): extract each page's text, compute its keys, write the copy Pagefind
//      indexes to a scratch folder (extract.ts, keys.ts, prepare.ts);
//   2. plan: each locale's pages in bundles of at most BUNDLE_PAGES, each bundle's pages moved
//      to a folder of their own (bundles.ts);
//   3. index (workers): one Pagefind service per bundle, several at once as cores and memory
//      allow (pagefind.ts, pool.ts), each into a folder of its own;
//   4. merge: the runs' files into DIST/pagefind/ (bundle 0) and DIST/pagefind/b<n>/, one
//      pagefind-entry.json per folder, and the manifest of extra bundles (bundles.json).
// Used by the Astro integration (src/integrations/search.ts) and scripts/search-index.ts.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
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
import { BUNDLES_FILE, bundleFolder, bundleManifest, bundleSize, mergeEntries, planBundles } from "./bundles.ts";
import { unusedInExtraBundle, UNUSED } from "./pagefind.ts";
import type { Pool } from "./pool.ts";
import { createPool, map, memoryBudget, parallelRuns, workerCount } from "./pool.ts";
import type { Prepared, PrepareTask } from "./prepare.ts";
import type { IndexReport } from "./report.ts";
import { indexBytes } from "./report.ts";

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
function scratchRoot(bytes: number): { dir: string; inMemory: boolean } {
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize > 2 * bytes) return { dir: "/dev/shm", inMemory: true };
  } catch {
    // No /dev/shm (macOS, Windows).
  }
  return { dir: os.tmpdir(), inMemory: false };
}

/** Step 1: every page's copy under <pages>/<locale>/; fails on indexed pages in no configured locale. */
async function prepare(
  pool: Pool,
  task: Omit<PrepareTask, "localeByLang">,
  locales: readonly LocaleTag[],
): Promise<Prepared["pages"]> {
  const localeByLang = Object.fromEntries(locales.map((l) => [l.lang.toLowerCase(), l.code]));
  // The pages dealt out to the workers in turn (large pages, such as KPI dashboards, are spread).
  const shares = Array.from({ length: pool.size }, (_, w) => task.files.filter((_, i) => i % pool.size === w));
  const prepared = await Promise.all(shares.map((files) => pool.run("prepare", { ...task, files, localeByLang })));
  const unknown = prepared.flatMap((p) => p.unknown);
  if (unknown.length > 0) {
    const list = unknown.slice(0, 5).map((u) => `${u.file} (lang="${u.lang}")`);
    throw new Error(
      `${unknown.length} indexed page(s) in no configured locale (${locales.map((l) => l.lang).join(", ")}): ${list.join(", ")}`,
    );
  }
  return prepared.flatMap((p) => p.pages);
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
  const size = bundleSize(options.bundlePages);
  const out = path.join(dist, "pagefind");
  const runs = path.join(out, ".runs");
  rmSync(out, { recursive: true, force: true });
  const files = htmlFiles(dist);
  const htmlBytes = files.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);
  const scratch = scratchRoot(htmlBytes);
  const tmp = mkdtempSync(path.join(scratch.dir, "plan-pagefind-"));
  const pool = createPool(workerCount(files.length, options.jobs));
  try {
    const pagesDir = path.join(tmp, "pages");
    const pages = await prepare(pool, { dist, files, tmp: pagesDir, keys: options.keys ?? true }, locales);

    const byLocale = new Map(locales.map((l) => [l.code, [] as string[]]));
    for (const p of pages) byLocale.get(p.locale)!.push(p.file);
    const bundles = planBundles(byLocale, size);
    const source = (b: Bundle) => path.join(tmp, `${b.locale}.b${b.bundle}`);
    placeBundles(pagesDir, bundles, source);

    // 3. The heaviest runs first (keys measure Pagefind's work better than pages).
    const keys = new Map(pages.map((p) => [p.file, p.keys]));
    const weight = (b: Bundle) => b.files.reduce((n, f) => n + 1 + keys.get(f)!, 0);
    const parallel = parallelRuns(
      bundles.map((b) => b.files.length),
      pool.size,
      memoryBudget(process.availableMemory() - (scratch.inMemory ? htmlBytes : 0)),
    );
    const dir = (b: Bundle) => path.join(runs, `${b.locale}.b${b.bundle}`);
    const entries = new Map<Bundle, Entry>();
    await map(
      [...bundles].sort((a, b) => weight(b) - weight(a)),
      parallel,
      async (b) => {
        entries.set(b, await pool.run("index", { from: source(b), out: dir(b), pages: b.files.length }));
        await rm(source(b), { recursive: true, force: true });
      },
    );

    // 4. In plan order, so that the output does not depend on which run finished first.
    merge(
      out,
      bundles.map((b) => ({ bundle: b, dir: dir(b), entry: entries.get(b)! })),
    );
    rmSync(runs, { recursive: true, force: true });

    const report: IndexReport = {
      htmlFiles: files.length,
      pages: {},
      bundles: {},
      bytes: indexBytes(out),
      keysPerPage: pages.length ? Math.round(pages.reduce((n, p) => n + p.keys, 0) / pages.length) : 0,
      parallel,
      warnings: [],
      ms: 0,
    };
    for (const l of locales) {
      const n = byLocale.get(l.code)!.length;
      if (n === 0) {
        report.warnings.push(
          `locale ${l.code} (lang="${l.lang}") has no indexed page: its search page would search another locale's index`,
        );
        continue;
      }
      report.pages[l.code] = n;
      report.bundles[l.code] = bundles.filter((b) => b.locale === l.code).length;
    }
    report.ms = Math.round(performance.now() - started);
    return report;
  } finally {
    await pool.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(runs, { recursive: true, force: true });
  }
}
