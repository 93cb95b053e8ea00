// The repository the site's "edit this page", commit and source-code links point to. Taken, in
// order, from REPO_URL, site.config.yaml `repository`, GitHub Actions (GITHUB_SERVER_URL +
// GITHUB_REPOSITORY) or the content's git remote `origin`; none known means no such links, never
// a guessed address. Pure: the environment and the remote come in as arguments.

/** Where the resolver looks; every field may be missing or blank. */
export interface RepoSources {
  REPO_URL?: string;
  /** The `repository` of site.config.yaml. */
  configured?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  /** `git remote get-url origin`, called only when nothing before it gives an answer. */
  origin?: () => string | undefined;
}

const present = (s: string | undefined): string | undefined => (s && s.trim() !== "" ? s.trim() : undefined);

/**
 * A git remote as the web page of its repository: git@host:o/r.git, ssh://git@host:22/o/r.git
 * and https://user:token@host/o/r.git all become https://host/o/r. Null for anything else (a
 * local path, file://): there is no page to link to.
 */
export function webUrlOfRemote(remote: string): string | null {
  const s = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(s);
  let url: URL;
  try {
    url = new URL(scp ? `https://${scp[1]}/${scp[2]}` : s);
  } catch {
    return null;
  }
  if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol) || !url.hostname) return null;
  const repoPath = url.pathname.replace(/\.git\/?$/, "").replace(/\/+$/, "");
  if (!/^\/[^/]+\/.+/.test(repoPath)) return null;
  const protocol = url.protocol === "http:" ? "http:" : "https:";
  return `${protocol}//${url.hostname}${repoPath}`;
}

/** The repository's web URL (no trailing slash), or null when no source names one. */
export function resolveRepoUrl(sources: RepoSources): string | null {
  const explicit = present(sources.REPO_URL) ?? present(sources.configured);
  if (explicit) return explicit.replace(/\/+$/, "");
  const repo = present(sources.GITHUB_REPOSITORY);
  if (repo) return `${(present(sources.GITHUB_SERVER_URL) ?? "https://github.com").replace(/\/+$/, "")}/${repo}`;
  const origin = present(sources.origin?.());
  return origin ? webUrlOfRemote(origin) : null;
}
