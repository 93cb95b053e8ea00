// Builds the site once before the end-to-end tests: dist/ from content/, and a second site from
// a copy of content/ in its own git repository (fallback-content.ts) with a third locale (ko,
// tests/fixtures/locales), a measure without English, a measure 6-1-4 with a KPI for every
// direction × status (tests/fixtures/kpi-directions), roadmap progress and a two-commit history,
// and a third from tests/fixtures/hostile (content a careless or malicious editor could commit;
// hostile.test.ts). All three get the search index, as `npm run build` makes it
// (astro build runs src/integrations/search.ts), and the same pinned BUILD_DATE. The first links
// to a repository (REPO_URL), the fallback site to none, with the city settings of its
// site.config.yaml (contact, brand colour, production URL; site.test.ts). SKIP_BUILD=1 reuses existing builds.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { makeFallbackContent } from "./fallback-content.ts";
import {
  BUILD_DATE,
  dist,
  E2E_REPO_URL,
  fallbackContent,
  fallbackDist,
  hostileContent,
  hostileDist,
  localesConfig,
  root,
} from "./paths.ts";

const astro = path.join(root, "node_modules", "astro", "bin", "astro.mjs");

function build(outDir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: root,
    // The build date is pinned, so that "this fiscal year" and what needs a report are known.
    env: { ...process.env, BUILD_DATE, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export default function setup(): void {
  const skip = process.env.SKIP_BUILD === "1";
  if (!(skip && existsSync(path.join(dist, "index.html")))) {
    build(dist, { REPO_URL: E2E_REPO_URL });
  }
  if (!(skip && existsSync(path.join(fallbackDist, "index.html")))) {
    makeFallbackContent(fallbackContent);
    // No repository known: REPO_URL and Actions' GITHUB_REPOSITORY blanked, and no git remote.
    build(fallbackDist, { CONTENT_DIR: fallbackContent, SITE_CONFIG: localesConfig, REPO_URL: "", GITHUB_REPOSITORY: "" });
  }
  if (!(skip && existsSync(path.join(hostileDist, "index.html")))) {
    build(hostileDist, { CONTENT_DIR: hostileContent });
  }
}
