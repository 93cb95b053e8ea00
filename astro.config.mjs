// Astro configuration for the published site. Everything is static HTML + one CSS file:
// no integrations that add client JavaScript, no inlined styles or scripts (CSP-friendly).
// Integrations: the sitemap (@astrojs/sitemap, every page with its hreflang alternates), the
// brand colour of site.config.yaml (src/integrations/brand-colour.ts), the search index, built
// after the pages (src/integrations/search.ts), and, in `astro dev` only, the content error page
// (src/integrations/content-errors.ts).
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { searchIndex } from "./src/integrations/search.ts";
import { contentErrorsInDev } from "./src/integrations/content-errors.ts";
import { brandColour } from "./src/integrations/brand-colour.ts";
import { siteConfig } from "./src/lib/config/index.ts";

/** site.config.yaml, or its located bilingual errors and exit: no stack trace for staff. */
function city() {
  try {
    return siteConfig();
  } catch (e) {
    if (e instanceof Error && e.name === "ConfigError") {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
const config = city();
const env = (name) => process.env[name]?.trim() || undefined;

/** Base path the site is served under, e.g. "/plan-publisher/" on GitHub Pages project sites. */
function basePath() {
  const raw = env("BASE_PATH") ?? config.basePath ?? "/";
  const withLead = raw.startsWith("/") ? raw : `/${raw}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

export default defineConfig({
  output: "static",
  // SITE_URL, else site.config.yaml url, else a placeholder: canonical links, the sitemap and
  // link previews need an absolute address (README "City settings").
  site: env("SITE_URL") ?? config.url ?? "https://example.github.io",
  base: basePath(),
  trailingSlash: "always",
  build: {
    format: "directory",
    inlineStylesheets: "never",
  },
  // Locales are not Astro's i18n routing: site.config.yaml lists them and every page file has a
  // [...lang] parameter (src/lib/static-paths.ts), as in Starlight.
  // No dev toolbar script in `astro dev` either.
  devToolbar: { enabled: false },
  // Astro's prefetch would add a client script.
  prefetch: false,
  integrations: [
    sitemap({
      // Pages only (they end in /): not the data files, robots.txt or _headers.
      filter: (url) => url.endsWith("/"),
      i18n: {
        defaultLocale: config.locales[0].code,
        locales: Object.fromEntries(config.locales.map((l) => [l.code, l.lang])),
      },
    }),
    brandColour(config.brandColor),
    searchIndex(),
    contentErrorsInDev(),
  ],
});
