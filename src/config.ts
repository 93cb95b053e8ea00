// Site-wide settings. Everything a deploying city would change lives here or in the
// environment, so that a fork only needs REPO_URL (and SITE_URL/BASE_PATH in astro.config.mjs).
import type { Lang } from "./lib/types.ts";

const env = (name: string): string | undefined => {
  const v = process.env[name];
  return v && v.trim() !== "" ? v.trim() : undefined;
};

export const config = {
  /** Site name shown in the header and <title>. */
  siteName: {
    ja: "計画パブリッシャー",
    en: "Plan Publisher",
  } satisfies Record<Lang, string>,
  /** Repository that holds content/, for "edit this page" links (no trailing slash). */
  repoUrl: (env("REPO_URL") ?? "https://github.com/aioi-open-data/plan-publisher").replace(/\/+$/, ""),
  /** Branch that "edit this page" links open. */
  branch: env("REPO_BRANCH") ?? "main",
  /** Licence of the published data and text. */
  dataLicence: {
    name: "CC BY 4.0",
  },
};

/** Link to edit a repository file on the host (GitHub-style URL: /edit/<branch>/<path>). */
export function editUrl(repoPath: string): string {
  return `${config.repoUrl}/edit/${config.branch}/${repoPath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Link to view a repository file's history on the host. */
export function historyUrl(repoPath: string): string {
  return `${config.repoUrl}/commits/${config.branch}/${repoPath.split("/").map(encodeURIComponent).join("/")}`;
}
