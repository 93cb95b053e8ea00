// Runs after `astro build`: reports how many HTML pages were built, then builds the Pagefind
// search index into <dist>/pagefind (one index per language, in bundles of at most BUNDLE_PAGES
// pages — SEARCH_BUNDLE_PAGES overrides it; see src/lib/search/indexer/index-site.ts).
// Usage: node scripts/postbuild.ts [DIST]   (default dist/). Exits 0 unless dist/ is missing or
// indexing fails.
import { existsSync } from "node:fs";
import path from "node:path";
import { indexSite } from "../src/lib/search/indexer/index-site.ts";
import { summary } from "../src/lib/search/indexer/report.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(dist)) {
  console.error(`dist/ がありません。先に astro build を実行してください / ${dist} not found: run astro build first`);
  process.exit(1);
}
try {
  const r = await indexSite(dist);
  for (const w of r.warnings) console.warn(`postbuild: ${w}`);
  for (const line of summary(r, path.relative(process.cwd(), dist) || ".")) console.log(`postbuild: ${line}`);
} catch (e) {
  console.error(
    `検索インデックスを作れませんでした / search index failed: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
}
