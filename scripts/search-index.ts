// Builds the search index of an already built site, as `astro build` does at its end (the
// integration src/integrations/search.ts): for the benchmark, which times it as a phase of its
// own, and to re-index a folder. Usage: node scripts/search-index.ts [DIST]   (default dist/)
// Exit code: 0 done, 1 DIST missing or indexing failed.
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSearchIndex } from "../src/integrations/search.ts";
import { runCli } from "./lib/cli.ts";

runCli(
  async () => {
    const dist = path.resolve(process.argv[2] ?? "dist");
    if (!existsSync(dist)) {
      console.error(
        `${dist} がありません。先に astro build を実行してください / ${dist} not found: run astro build first`,
      );
      return 1;
    }
    try {
      const { warnings, info } = await buildSearchIndex(dist);
      for (const w of warnings) console.warn(w);
      for (const line of info) console.log(line);
      return 0;
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 1;
    }
  },
  { ja: "検索インデックス", en: "search index" },
);
