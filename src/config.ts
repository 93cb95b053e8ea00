// Site-wide settings for the pages: the repository for "edit this page", commit and source links
// (src/lib/repo-url.ts: REPO_URL, site.config.yaml, GitHub Actions or the git remote; REPO_BRANCH),
// the licence, and the date the build describes (BUILD_DATE). SITE_URL/BASE_PATH are read in
// astro.config.mjs; the languages, the site name and the default contact are in site.config.yaml.
import { buildDate } from "./lib/build-date.ts";
import { siteConfig } from "./lib/config/index.ts";
import { resolveRepoUrl } from "./lib/repo-url.ts";
import { gitIn } from "./lib/git/content-log.ts";
import { defaultContentDir } from "./lib/validation/repo.ts";

const env = (name: string): string | undefined => {
  const v = process.env[name];
  return v && v.trim() !== "" ? v.trim() : undefined;
};

/** The content folder's `origin` remote, if it has one. */
function gitOrigin(): string | undefined {
  try {
    return gitIn(defaultContentDir())(["remote", "get-url", "origin"]).toString("utf8");
  } catch {
    return undefined;
  }
}

export const config = {
  /** Repository that holds content/ (no trailing slash), or null: then no repository links. */
  repoUrl: resolveRepoUrl({
    REPO_URL: env("REPO_URL"),
    configured: siteConfig().repository,
    GITHUB_SERVER_URL: env("GITHUB_SERVER_URL"),
    GITHUB_REPOSITORY: env("GITHUB_REPOSITORY"),
    origin: gitOrigin,
  }),
  /** Branch that "edit this page" links open. */
  branch: env("REPO_BRANCH") ?? "main",
  /**
   * "Today" for the pages (YYYY-MM-DD): BUILD_DATE, or the current date in Japan. The roadmap's
   * current fiscal year and which activities need a report follow from it.
   */
  buildDate: buildDate(env("BUILD_DATE"), new Date()),
  /** Licence of the published data and text (site.config.yaml licence). */
  dataLicence: siteConfig().licence,
};

/** Link to edit a repository file on the host (GitHub-style URL: /edit/<branch>/<path>), if the repository is known. */
export function editUrl(repoPath: string): string | null {
  if (!config.repoUrl) return null;
  return `${config.repoUrl}/edit/${config.branch}/${repoPath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Link to a commit on the repository host (GitHub-style URL: /commit/<sha>), if the repository is known. */
export function commitUrl(sha: string): string | null {
  return config.repoUrl ? `${config.repoUrl}/commit/${encodeURIComponent(sha)}` : null;
}
