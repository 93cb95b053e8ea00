// The Astro integration that builds the site's search index: after `astro build` has written
// the pages, indexes the output folder (the hook's `dir`, so `--outDir` is respected) with
// src/lib/search/indexer/index-site.ts — one Pagefind index per configured locale, with the
// hidden key fields — into <outDir>/pagefind. Logs the summary through Astro's logger; a failure
// fails the build. It adds nothing to the pages (no script, no style).
//   import { searchIndex } from "./src/integrations/search.ts";
//   export default defineConfig({ integrations: [searchIndex()] });
// SEARCH_INDEX=0 skips the index (the benchmark indexes as a phase of its own).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { indexSite } from "../lib/search/indexer/index-site.ts";
import type { IndexOptions } from "../lib/search/indexer/index-site.ts";
import { summary } from "../lib/search/indexer/report.ts";

export type SearchIndexOptions = IndexOptions;

/** Runs the indexer on `outDir` and returns the lines to log (warnings first); throws a bilingual error. */
export async function buildSearchIndex(
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<{ warnings: string[]; info: string[] }> {
  try {
    const r = await indexSite(outDir, options);
    return { warnings: r.warnings, info: summary(r, path.relative(process.cwd(), outDir) || ".") };
  } catch (e) {
    throw new Error(
      `検索インデックスを作れませんでした / search index failed: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: "plan-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === "0") {
          logger.info("検索インデックスを省略 / search index skipped (SEARCH_INDEX=0)");
          return;
        }
        const { warnings, info } = await buildSearchIndex(fileURLToPath(dir), options);
        for (const w of warnings) logger.warn(w);
        for (const line of info) logger.info(line);
      },
    },
  };
}
