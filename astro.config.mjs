// Astro configuration for the published site. Everything is static HTML + one CSS file:
// no integrations that add client JavaScript, no inlined styles or scripts (CSP-friendly).
// Two integrations of our own: the search index, built after the pages (src/integrations/search.ts),
// and, in `astro dev` only, the content error page (src/integrations/content-errors.ts).
import { defineConfig } from "astro/config";
import { searchIndex } from "./src/integrations/search.ts";
import { contentErrorsInDev } from "./src/integrations/content-errors.ts";

/** Base path the site is served under, e.g. "/plan-publisher/" on GitHub Pages project sites. */
function basePath() {
  const raw = (process.env.BASE_PATH ?? "/").trim() || "/";
  const withLead = raw.startsWith("/") ? raw : `/${raw}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

export default defineConfig({
  output: "static",
  site: process.env.SITE_URL || "https://example.github.io",
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
  integrations: [searchIndex(), contentErrorsInDev()],
});
