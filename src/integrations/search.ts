// The Astro integration that builds the site's search index: after `astro build` has written
// the pages, indexes the output folder (the hook's `dir`, so `--outDir` is respected) with
// src/lib/search/indexer/index-site.ts — one Pagefind index per configured locale, with the
// hidden key fields — into <outDir>/pagefind. Logs the summary through Astro's logger; a failure
// fails the build. It adds nothing to the pages (no script, no style).
//   import { searchIndex } from "./src/integrations/search.ts";
//   export default defineConfig({ integrations: [searchIndex()] });
// SEARCH_INDEX=0 skips the index (the benchmark indexes as a phase of its own).
// While Astro renders, a middleware (search-feed.ts) hands each page to the index workers, which
// prepare it on the idle core (src/lib/search/indexer/early.ts); after the build only the pages
// not seen then are read back from the output folder, then Pagefind indexes them all.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { siteConfig } from "../lib/config/index.ts";
import type { Early } from "../lib/search/indexer/early.ts";
import { startEarly } from "../lib/search/indexer/early.ts";
import { indexSite } from "../lib/search/indexer/index-site.ts";
import type { IndexOptions } from "../lib/search/indexer/index-site.ts";
import { summary } from "../lib/search/indexer/report.ts";
import type { Feed } from "./search-feed.ts";
import { FEED } from "./search-feed.ts";

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

/**
 * The file `astro build` writes for a page path (build.format "directory"): /ja/a/ → ja/a/index.html,
 * /404 → 404.html; `base` ("/" or "/x/") is left out.
 */
export function outputFile(pathname: string, base: string): string {
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  const file = rel === "" || rel.endsWith("/") ? `${rel}index.html` : `${rel}.html`;
  return file.split("/").join(path.sep);
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const skip = () => process.env.SEARCH_INDEX === "0";
  const slot = globalThis as { [FEED]?: Feed };
  let base = "/";
  let early: Early | undefined;
  return {
    name: "plan-search-index",
    hooks: {
      "astro:config:setup": ({ command, config, addMiddleware }) => {
        if (command !== "build" || skip()) return;
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        addMiddleware({ entrypoint: new URL("./search-feed.ts", import.meta.url), order: "post" });
      },
      "astro:build:start": () => {
        if (skip()) return;
        const locales = options.locales ?? siteConfig().locales;
        const localeByLang = Object.fromEntries(locales.map((l) => [l.lang.toLowerCase(), l.code]));
        const started = startEarly(localeByLang, options.keys ?? true, { jobs: options.jobs });
        early = started;
        slot[FEED] = (pathname, html) => started.feed(outputFile(pathname, base), html);
      },
      "astro:build:done": async ({ dir, logger }) => {
        delete slot[FEED];
        if (skip()) {
          logger.info("検索インデックスを省略 / search index skipped (SEARCH_INDEX=0)");
          return;
        }
        const { warnings, info } = await buildSearchIndex(fileURLToPath(dir), { ...options, early });
        early = undefined;
        for (const w of warnings) logger.warn(w);
        for (const line of info) logger.info(line);
      },
    },
  };
}
