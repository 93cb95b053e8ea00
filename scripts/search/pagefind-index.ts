// Builds the Pagefind index of a built site with Pagefind's Node API: one index per language (from
// <html lang>), only the pages whose <main> is marked data-pagefind-body. Each page is given to
// Pagefind with two extra, hidden metadata fields computed from its text (see
// src/lib/search/tokens.ts): `kt`, the keys of its title, headings and weighted elements, and `k`,
// the keys of the rest. The HTML in dist/ is not changed: the fields exist only in the index.
// Pagefind's own UI bundles are removed afterwards: the search page has its own interface, and
// their stylesheets would break the site's "one small stylesheet" budget.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
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
}

export interface IndexReport {
  pages: Record<string, number>;
  /** Bytes on disk under pagefind/ (the files are already compressed), by kind. */
  bytes: { index: number; fragment: number; filter: number; other: number; total: number };
  /** Bytes of the index chunks by language. */
  indexByLang: Record<string, number>;
  /** Average number of keys per indexed page. */
  keysPerPage: number;
}

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
    const entry: Entry = { version: "", languages: {} };
    for (const lang of [...langs].sort()) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
      try {
        const r = await index.addDirectory({ path: options.plain ? dist : path.join(tmp, lang) });
        if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join("; ")}`);
        const w = await index.writeFiles({ outputPath: out });
        if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join("; ")}`);
      } finally {
        await pagefind.close();
      }
      const e = JSON.parse(readFileSync(path.join(out, "pagefind-entry.json"), "utf8")) as Entry;
      entry.version = e.version;
      if (e.include_characters !== undefined) entry.include_characters = e.include_characters;
      Object.assign(entry.languages, e.languages);
    }
    writeFileSync(path.join(out, "pagefind-entry.json"), JSON.stringify(entry));
    for (const [l, v] of Object.entries(entry.languages)) pages[l] = v.page_count;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of UNUSED) rmSync(path.join(out, f), { force: true });
  const indexDir = path.join(out, "index");
  const indexByLang: Record<string, number> = {};
  for (const f of existsSync(indexDir) ? readdirSync(indexDir) : []) {
    const lang = f.split("_")[0];
    indexByLang[lang] = (indexByLang[lang] ?? 0) + statSync(path.join(indexDir, f)).size;
  }
  const bytes = {
    index: sizeOf(indexDir),
    fragment: sizeOf(path.join(out, "fragment")),
    filter: sizeOf(path.join(out, "filter")),
    other: 0,
    total: sizeOf(out),
  };
  bytes.other = bytes.total - bytes.index - bytes.fragment - bytes.filter;
  const pageTotal = Object.values(pages).reduce((a, b) => a + b, 0);
  return { pages, bytes, indexByLang, keysPerPage: pageTotal ? Math.round(keyCount / pageTotal) : 0 };
}
