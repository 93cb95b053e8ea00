// Builds the Pagefind index of a built site with Pagefind's Node API: one index per language (from
// <html lang>), only the pages whose <main> is marked data-pagefind-body. Each page is given to
// Pagefind with two extra, hidden metadata fields computed from its text (see
// src/lib/search/tokens.ts): `kt`, the keys of its title, headings and weighted elements, and `k`,
// the keys of the rest. The HTML in dist/ is not changed: the fields exist only in the index.
// A language with more than BUNDLE_PAGES pages is indexed in several bundles (DIST/pagefind/b1/…,
// listed in DIST/pagefind/bundles.json) that the search page merges with Pagefind's mergeIndex.
// Pagefind's own UI bundles are removed afterwards: the search page has its own interface, and
// their stylesheets would break the site's "one small stylesheet" budget.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageText } from "../../src/lib/search/html-text.ts";
import { indexKeys } from "../../src/lib/search/tokens.ts";

export interface IndexOptions {
  /** Add the hidden search keys (default true). False gives Pagefind's behaviour out of the box. */
  keys?: boolean;
  /** Index every page with a data-pagefind-body the plain way (addDirectory), for comparisons. */
  plain?: boolean;
  /** Most pages per Pagefind bundle (default BUNDLE_PAGES, or SEARCH_BUNDLE_PAGES from the environment). */
  bundlePages?: number;
}

/**
 * A language with more indexed pages than this is indexed in several bundles of at most this
 * many pages, one Pagefind run each, merged in the browser with `mergeIndex`: Pagefind keeps a
 * whole index in memory until it is written (7.35 GB for the 10 000 Japanese pages of the
 * synthetic 10 000-measure plan), so the indexer's peak is bounded by the bundle, not the site.
 * Sites up to this size (the seed, a real plan) keep one bundle per language, as before.
 */
const BUNDLE_PAGES = 2500;

/** Name of the manifest, in DIST/pagefind, listing each language's extra bundles. */
export const BUNDLES_FILE = "bundles.json";

/**
 * The manifest: for each language with more than one bundle, the extra bundles' folders relative
 * to DIST/pagefind/ ("b1/", "b2/"…). Empty ({}) when every language is one bundle.
 */
export type BundleManifest = Record<string, string[]>;

function bundlePagesSetting(options: IndexOptions): number {
  const env = Number(process.env.SEARCH_BUNDLE_PAGES);
  const n = options.bundlePages ?? (Number.isInteger(env) && env > 0 ? env : BUNDLE_PAGES);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bundle size must be a positive integer, got ${n}`);
  return n;
}

export interface IndexReport {
  pages: Record<string, number>;
  /** Bytes on disk under pagefind/ (the files are already compressed), by kind. */
  bytes: { index: number; fragment: number; filter: number; other: number; total: number };
  /** Bytes of the index chunks by language (all bundles). */
  indexByLang: Record<string, number>;
  /** Bundles per language (1 unless the language has more than BUNDLE_PAGES pages). */
  bundles: Record<string, number>;
  /** Average number of keys per indexed page. */
  keysPerPage: number;
}

/** Not needed in an extra bundle: mergeIndex searches it with the main bundle's script and WebAssembly. */
const UNUSED_IN_EXTRA = ["pagefind.js", "pagefind-worker.js"];

/** Files Pagefind writes that the site does not use. */
const UNUSED = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".html") && !f.split(path.sep).includes("pagefind"))
    .sort();
}

/** "aioi/6-1-1/index.html" → "/aioi/6-1-1/" (the deploy base is added in the browser). */
export function pageUrl(relFile: string): string {
  const p = relFile.split(path.sep).join("/");
  return `/${p.replace(/(^|\/)index\.html$/, "$1")}`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** The page as Pagefind should see it: the same HTML plus the hidden key fields. */
export function withKeys(html: string): { html: string; keys: number } | null {
  const text = pageText(html);
  if (!text.indexed) return null;
  const kt = indexKeys(text.key);
  // Body keys are kept even when they are also in kt: dropping them (−15 % keys) lowered the
  // seed set's top-1 (健全化 ranked 6-1-2 above 6-1-3), as the body field's term frequency counts.
  const k = indexKeys(text.body);
  const tags =
    `<meta data-pagefind-meta="kt:${escapeAttr(kt.join(" "))}">` +
    `<meta data-pagefind-meta="k:${escapeAttr(k.join(" "))}">`;
  const at = html.search(/<\/head>/i);
  if (at === -1) return null;
  return { html: html.slice(0, at) + tags + html.slice(at), keys: kt.length + k.length };
}

function sizeOf(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
}

/** Pagefind's pagefind-entry.json. */
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: unknown;
}

/**
 * Builds the index one language at a time, each in its own Pagefind service (createIndex →
 * addDirectory → writeFiles → close), all into DIST/pagefind, and merges their
 * pagefind-entry.json. Pagefind keeps the whole index of a run in memory, so the peak is that of
 * the largest language, not of the site. The pages are first written, with their key fields, to
 * a temporary folder per language (same relative paths, hence the same URLs), which Pagefind
 * walks with its own parallel file reader (addDirectory): about 30 % less CPU than sending pages
 * one by one with addHTMLFile.
 */
export async function indexSite(dist: string, options: IndexOptions = {}): Promise<IndexReport> {
  const useKeys = options.keys ?? true;
  const out = path.join(dist, "pagefind");
  rmSync(out, { recursive: true, force: true });
  const pages: Record<string, number> = {};
  const report = { bundles: {} as Record<string, number> };
  let keyCount = 0;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "plan-pagefind-"));
  try {
    const langs = new Set<string>();
    if (options.plain) {
      langs.add("");
    } else {
      for (const rel of htmlFiles(dist)) {
        const raw = readFileSync(path.join(dist, rel), "utf8");
        const lang = /<html[^>]*\slang="([^"]+)"/i.exec(raw)?.[1] ?? "unknown";
        let html: string;
        if (useKeys) {
          const w = withKeys(raw);
          if (!w) continue;
          keyCount += w.keys;
          html = w.html;
        } else if (pageText(raw).indexed) html = raw;
        else continue;
        const file = path.join(tmp, lang, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
        langs.add(lang);
      }
    }
    // Each language's pages, split into bundles of at most `size`. Bundle 0 of every language goes
    // to DIST/pagefind as before, bundle n to DIST/pagefind/b<n>/ (inside pagefind/, so a host or
    // a cache rule for /pagefind/ covers them), each folder with one pagefind-entry.json.
    const size = bundlePagesSetting(options);
    const jobs: Array<{ lang: string; bundle: number; files: string[] | null }> = [];
    for (const lang of [...langs].sort()) {
      if (options.plain) {
        jobs.push({ lang, bundle: 0, files: null });
        continue;
      }
      const files = (readdirSync(path.join(tmp, lang), { recursive: true }) as string[])
        .filter((f) => f.endsWith(".html"))
        .sort();
      if (files.length <= size) {
        jobs.push({ lang, bundle: 0, files: null });
        continue;
      }
      // Pages are dealt out in turn (page i to bundle i mod n), not cut in runs: each bundle is then
      // a sample of the whole site, with similar word statistics, so Pagefind's scores (BM25: a
      // word's weight depends on how many of the bundle's pages have it) compare across bundles.
      const n = Math.ceil(files.length / size);
      for (let b = 0; b < n; b++) jobs.push({ lang, bundle: b, files: files.filter((_, i) => i % n === b) });
    }
    const entries = new Map<number, Entry>();
    const manifest: BundleManifest = {};
    const bundles: Record<string, number> = {};
    for (const job of jobs) {
      const dir = job.bundle === 0 ? out : path.join(out, `b${job.bundle}`);
      bundles[job.lang] = Math.max(bundles[job.lang] ?? 0, job.bundle + 1);
      if (job.bundle > 0) (manifest[job.lang] ??= []).push(`b${job.bundle}/`);
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
      try {
        let from = options.plain ? dist : path.join(tmp, job.lang);
        if (job.files) {
          // The bundle's pages are moved to a folder of their own, same relative paths (same URLs).
          from = path.join(tmp, `${job.lang}.b${job.bundle}`);
          for (const f of job.files) {
            mkdirSync(path.dirname(path.join(from, f)), { recursive: true });
            renameSync(path.join(tmp, job.lang, f), path.join(from, f));
          }
        }
        const r = await index.addDirectory({ path: from });
        if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join("; ")}`);
        if (job.files && r.page_count !== job.files.length)
          throw new Error(
            `Pagefind: bundle ${job.lang}/${job.bundle} indexed ${r.page_count} of ${job.files.length} pages`,
          );
        const w = await index.writeFiles({ outputPath: dir });
        if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join("; ")}`);
      } finally {
        await pagefind.close();
      }
      const e = JSON.parse(readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as Entry;
      const entry = entries.get(job.bundle) ?? { version: "", languages: {} };
      entry.version = e.version;
      if (e.include_characters !== undefined) entry.include_characters = e.include_characters;
      Object.assign(entry.languages, e.languages);
      entries.set(job.bundle, entry);
    }
    for (const [b, entry] of entries) {
      const dir = b === 0 ? out : path.join(out, `b${b}`);
      writeFileSync(path.join(dir, "pagefind-entry.json"), JSON.stringify(entry));
      for (const [l, v] of Object.entries(entry.languages)) pages[l] = (pages[l] ?? 0) + v.page_count;
      if (b > 0) {
        for (const f of [...UNUSED, ...UNUSED_IN_EXTRA]) rmSync(path.join(dir, f), { force: true });
        for (const f of readdirSync(dir)) if (/^wasm\..*\.pagefind$/.test(f)) rmSync(path.join(dir, f));
      }
    }
    // Always written (empty for one bundle per language), so the search page knows without guessing.
    writeFileSync(path.join(out, BUNDLES_FILE), JSON.stringify(manifest));
    report.bundles = bundles;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of UNUSED) rmSync(path.join(out, f), { force: true });
  const dirs = [
    out,
    ...readdirSync(out)
      .filter((f) => /^b\d+$/.test(f))
      .map((f) => path.join(out, f)),
  ];
  const indexByLang: Record<string, number> = {};
  for (const d of dirs) {
    const indexDir = path.join(d, "index");
    for (const f of existsSync(indexDir) ? readdirSync(indexDir) : []) {
      const lang = f.split("_")[0];
      indexByLang[lang] = (indexByLang[lang] ?? 0) + statSync(path.join(indexDir, f)).size;
    }
  }
  const sum = (sub: string) => dirs.reduce((n, d) => n + sizeOf(path.join(d, sub)), 0);
  const bytes = {
    index: sum("index"),
    fragment: sum("fragment"),
    filter: sum("filter"),
    other: 0,
    total: sizeOf(out),
  };
  bytes.other = bytes.total - bytes.index - bytes.fragment - bytes.filter;
  const pageTotal = Object.values(pages).reduce((a, b) => a + b, 0);
  return {
    pages,
    bytes,
    indexByLang,
    bundles: report.bundles,
    keysPerPage: pageTotal ? Math.round(keyCount / pageTotal) : 0,
  };
}
