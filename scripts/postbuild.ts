// Runs after `astro build`: reports how many HTML pages were built, then builds the Pagefind
// search index into <dist>/pagefind (one index per language, in bundles of at most BUNDLE_PAGES
// pages — SEARCH_BUNDLE_PAGES overrides it; see scripts/search/pagefind-index.ts).
// Usage: node scripts/postbuild.ts [DIST]   (default dist/). Exits 0 unless dist/ is missing or
// indexing fails.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { indexSite } from "./search/pagefind-index.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(dist)) {
  console.error(`dist/ がありません。先に astro build を実行してください / ${dist} not found: run astro build first`);
  process.exit(1);
}
const pages = (readdirSync(dist, { recursive: true }) as string[]).filter(
  (f) => f.endsWith(".html") && !f.startsWith(`pagefind${path.sep}`),
).length;
console.log(`postbuild: ${pages} ページ / pages in ${path.relative(process.cwd(), dist) || "."}`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  const started = performance.now();
  const r = await indexSite(dist);
  const langs = Object.entries(r.pages)
    .map(([l, n]) => `${l} ${n}${(r.bundles[l] ?? 1) > 1 ? ` (${r.bundles[l]} bundles)` : ""}`)
    .join(", ");
  console.log(
    `postbuild: 検索インデックス / search index: ${langs} pages; ${kb(r.bytes.total)} in pagefind/ ` +
      `(index ${kb(r.bytes.index)}, fragments ${kb(r.bytes.fragment)}, filters ${kb(r.bytes.filter)}); ` +
      `${r.keysPerPage} keys/page; ${Math.round(performance.now() - started)} ms`,
  );
} catch (e) {
  console.error(
    `検索インデックスを作れませんでした / search index failed: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
}
