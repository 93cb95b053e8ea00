// Site-wide settings from the environment: the repository for "edit this page" links
// (REPO_URL, REPO_BRANCH; SITE_URL/BASE_PATH are read in astro.config.mjs) and the date the
// build describes (BUILD_DATE). The languages and their texts, including the site name, are in
// site.config.yaml and src/i18n/.
import { buildDate } from "./lib/build-date.ts";

const env = (name: string): string | undefined => {
  const v = process.env[name];
  return v && v.trim() !== "" ? v.trim() : undefined;
};

export const config = {
  /** Repository that holds content/, for "edit this page" links (no trailing slash). */
  repoUrl: (env("REPO_URL") ?? "https://github.com/aioi-open-data/plan-publisher").replace(/\/+$/, ""),
  /** Branch that "edit this page" links open. */
  branch: env("REPO_BRANCH") ?? "main",
  /**
   * "Today" for the pages (YYYY-MM-DD): BUILD_DATE, or the current date in Japan. The roadmap's
   * current fiscal year and which activities need a report follow from it.
   */
  buildDate: buildDate(env("BUILD_DATE"), new Date()),
  /** Licence of the published data and text. */
  dataLicence: {
    name: "CC BY 4.0",
  },
};

/** Link to edit a repository file on the host (GitHub-style URL: /edit/<branch>/<path>). */
export function editUrl(repoPath: string): string {
  return `${config.repoUrl}/edit/${config.branch}/${repoPath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Link to a commit on the repository host (GitHub-style URL: /commit/<sha>). */
export function commitUrl(sha: string): string {
  return `${config.repoUrl}/commit/${encodeURIComponent(sha)}`;
}
