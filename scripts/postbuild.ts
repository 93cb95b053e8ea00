// Runs after `astro build`. For now it only reports how many HTML pages were built; the
// search task adds the Pagefind index here. Exits 0 unless dist/ is missing.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(dist)) {
  console.error(`dist/ がありません。先に astro build を実行してください / ${dist} not found: run astro build first`);
  process.exit(1);
}
const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).length;
console.log(`postbuild: ${pages} ページ / pages in ${path.relative(process.cwd(), dist) || "."}`);
