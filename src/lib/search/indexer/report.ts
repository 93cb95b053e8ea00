// What the search indexer reports: the bytes it wrote, and the build log's summary line.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface IndexReport {
  /** HTML files in the output folder, indexed or not. */
  htmlFiles: number;
  /** Indexed pages by locale code, in the configuration's order. */
  pages: Record<string, number>;
  /** Bundles by locale code (1 unless the locale has more than BUNDLE_PAGES pages). */
  bundles: Record<string, number>;
  /** Bytes on disk under pagefind/ (the files are already compressed), by kind. */
  bytes: { index: number; fragment: number; filter: number; other: number; total: number };
  /** Average number of keys per indexed page. */
  keysPerPage: number;
  /** HTML files prepared while Astro rendered them (early.ts), not read back from the output folder. */
  early?: number;
  /** Pagefind runs at once. */
  parallel: number;
  /** Configured locales without any indexed page: their search page would search another locale. */
  warnings: string[];
  ms: number;
}

function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) n += statSync(path.join(e.parentPath, e.name)).size;
  return n;
}

/** Bytes under DIST/pagefind by kind, over the main bundle and the extra ones (b1/, b2/…). */
export function indexBytes(out: string): IndexReport["bytes"] {
  const dirs = [
    out,
    ...readdirSync(out)
      .filter((f) => /^b\d+$/.test(f))
      .map((f) => path.join(out, f)),
  ];
  const sum = (sub: string) => dirs.reduce((n, d) => n + bytesUnder(path.join(d, sub)), 0);
  const bytes = {
    index: sum("index"),
    fragment: sum("fragment"),
    filter: sum("filter"),
    other: 0,
    total: bytesUnder(out),
  };
  bytes.other = bytes.total - bytes.index - bytes.fragment - bytes.filter;
  return bytes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The log lines: pages built, then the index ("ja 10, en 10 pages; 338.7 KB in pagefind/ (…); 231 keys/page; 242 ms"). */
export function summary(r: IndexReport, outDir: string): string[] {
  const pages = Object.entries(r.pages)
    .map(([l, n]) => `${l} ${n}${(r.bundles[l] ?? 1) > 1 ? ` (${r.bundles[l]} bundles)` : ""}`)
    .join(", ");
  return [
    `${r.htmlFiles} ページ / pages in ${outDir}` + (r.early ? ` (${r.early} prepared while rendering)` : ""),
    `検索インデックス / search index: ${pages} pages; ${kb(r.bytes.total)} in pagefind/ ` +
      `(index ${kb(r.bytes.index)}, fragments ${kb(r.bytes.fragment)}, filters ${kb(r.bytes.filter)}); ` +
      `${r.keysPerPage} keys/page; ${r.ms} ms` +
      (r.parallel > 1 ? ` (${r.parallel} Pagefind runs at once)` : ""),
  ];
}
