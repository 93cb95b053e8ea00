// What the build wrote: files and bytes, HTML page sizes (all pages and 基本施策
// pages), the CSS and JS a measure page loads, and the size of the search index.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface SizeStats {
  count: number;
  totalBytes: number;
  medianBytes: number;
  p95Bytes: number;
  maxBytes: number;
  /** Site path of the largest page. */
  maxPath: string;
}

export interface PageAssets {
  /** Site path of the page analysed. */
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  stylesheets: string[];
  cssBytes: number;
  cssGzipBytes: number;
  /** External <script src> and inline <script> (JSON data blocks such as application/ld+json are not counted). */
  scripts: string[];
  jsBytes: number;
  inlineStyleBytes: number;
}

export interface OutputReport {
  files: number;
  bytes: number;
  byExtension: Record<string, { files: number; bytes: number }>;
  html: SizeStats;
  /** The ten largest HTML pages (the listing pages grow with the number of measures). */
  largestPages: Array<{ path: string; bytes: number }>;
  /** Every HTML page above the page budget analyseOutput was given (largest first). */
  overBudget: { budgetBytes: number; pages: Array<{ path: string; bytes: number }> };
  measurePages: { all: SizeStats; ja: SizeStats; en: SizeStats };
  /** The median-sized and the largest measure page, with what they load. */
  measureAssets: { median: PageAssets | null; largest: PageAssets | null };
  pagefind: { files: number; bytes: number } | null;
}

interface FileEntry {
  rel: string;
  bytes: number;
}

function walk(dir: string, base = dir, out: FileEntry[] = []): FileEntry[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(abs, base, out);
    else if (entry.isFile())
      out.push({ rel: path.relative(base, abs).split(path.sep).join("/"), bytes: statSync(abs).size });
  }
  return out;
}

export function sizeStats(entries: readonly FileEntry[]): SizeStats {
  const sorted = [...entries].sort((a, b) => a.bytes - b.bytes || (a.rel < b.rel ? -1 : 1));
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))].bytes : 0;
  const max = sorted.at(-1);
  return {
    count: sorted.length,
    totalBytes: sorted.reduce((s, e) => s + e.bytes, 0),
    medianBytes: at(0.5),
    p95Bytes: at(0.95),
    maxBytes: max?.bytes ?? 0,
    maxPath: max ? sitePath(max.rel) : "",
  };
}

/** dist-relative file → URL path: en/aioi/6-1-1/index.html → /en/aioi/6-1-1/. */
export const sitePath = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;

/** A 基本施策 page: its folder is named like a measure number (…/6-1-1/index.html). */
export const isMeasurePage = (rel: string) => /(^|\/)\d+-\d+-\d+\/index\.html$/.test(rel);

export function analyseOutput(dist: string, pageBudgetBytes: number): OutputReport {
  const files = walk(dist);
  const byExtension: OutputReport["byExtension"] = {};
  for (const f of files) {
    const ext = path.extname(f.rel).slice(1) || "(none)";
    byExtension[ext] ??= { files: 0, bytes: 0 };
    byExtension[ext].files++;
    byExtension[ext].bytes += f.bytes;
  }
  const html = files.filter((f) => f.rel.endsWith(".html") && !f.rel.startsWith("pagefind/"));
  const measures = html.filter((f) => isMeasurePage(f.rel));
  const en = measures.filter((f) => f.rel.startsWith("en/"));
  const ja = measures.filter((f) => !f.rel.startsWith("en/"));
  const sorted = [...measures].sort((a, b) => a.bytes - b.bytes);
  const pf = files.filter((f) => f.rel.startsWith("pagefind/"));
  const bySize = [...html].sort((a, b) => b.bytes - a.bytes);
  const page = (f: FileEntry) => ({ path: sitePath(f.rel), bytes: f.bytes });
  return {
    files: files.length,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    byExtension,
    html: sizeStats(html),
    largestPages: bySize.slice(0, 10).map(page),
    overBudget: { budgetBytes: pageBudgetBytes, pages: bySize.filter((f) => f.bytes > pageBudgetBytes).map(page) },
    measurePages: { all: sizeStats(measures), ja: sizeStats(ja), en: sizeStats(en) },
    measureAssets: {
      median: sorted.length ? pageAssets(dist, sorted[Math.floor((sorted.length - 1) / 2)].rel) : null,
      largest: sorted.length ? pageAssets(dist, sorted.at(-1)!.rel) : null,
    },
    pagefind: pf.length ? { files: pf.length, bytes: pf.reduce((s, f) => s + f.bytes, 0) } : null,
  };
}

/** Resolves an href/src from a page to a file in dist (site served at /, as in the benchmark). */
function assetFile(dist: string, pageRel: string, ref: string): string | null {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith("data:")) return null;
  const clean = ref.split(/[?#]/)[0];
  const rel = clean.startsWith("/") ? clean.slice(1) : path.posix.join(path.posix.dirname(pageRel), clean);
  return path.join(dist, decodeURIComponent(rel));
}

const fileBytes = (file: string | null) => {
  try {
    return file ? readFileSync(file) : Buffer.alloc(0);
  } catch {
    return Buffer.alloc(0);
  }
};

const DATA_SCRIPT = /^(application\/(ld\+)?json|text\/plain)$/i;

function pageAssets(dist: string, rel: string): PageAssets {
  const htmlBuf = readFileSync(path.join(dist, rel));
  const root = parse(htmlBuf.toString("utf8"));
  const stylesheets = root
    .querySelectorAll("link")
    .filter((l) => (l.getAttribute("rel") ?? "").split(/\s+/).includes("stylesheet"))
    .map((l) => l.getAttribute("href") ?? "");
  const css = stylesheets.map((href) => fileBytes(assetFile(dist, rel, href)));
  const scriptEls = root.querySelectorAll("script").filter((s) => !DATA_SCRIPT.test(s.getAttribute("type") ?? ""));
  const scripts = scriptEls.map((s) => s.getAttribute("src") ?? "(inline)");
  const jsBytes = scriptEls.reduce((sum, s) => {
    const src = s.getAttribute("src");
    return sum + (src ? fileBytes(assetFile(dist, rel, src)).length : Buffer.byteLength(s.textContent));
  }, 0);
  const inlineStyleBytes = root.querySelectorAll("style").reduce((sum, s) => sum + Buffer.byteLength(s.textContent), 0);
  return {
    page: sitePath(rel),
    htmlBytes: htmlBuf.length,
    htmlGzipBytes: gzipSync(htmlBuf).length,
    stylesheets,
    cssBytes: css.reduce((s, b) => s + b.length, 0),
    cssGzipBytes: css.reduce((s, b) => s + (b.length ? gzipSync(b).length : 0), 0),
    scripts,
    jsBytes,
    inlineStyleBytes,
  };
}
