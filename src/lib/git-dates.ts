// "Last changed" dates of content files, from the content folder's one `git log` pass
// (src/lib/git/content-log.ts), shared with the history pages: no per-page git calls, so a site
// of 10 000 measures costs one process. Without git or outside a repository, dates are simply
// missing (pages then say the date is unknown) — never an error. In a shallow clone a file
// unchanged since the oldest available commit gets that commit's date.
import type { Commit } from "./git/log.ts";
import { contentLog, contentPath } from "./git/content-log.ts";

/** The newest commit date of each path (commits newest first, as git log lists them). */
export function lastChangedDates(commits: readonly Commit[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const c of commits) for (const f of c.files) if (!dates.has(f.path)) dates.set(f.path, c.date);
  return dates;
}

export interface GitDates {
  /** Latest commit date (YYYY-MM-DD) of a repository-relative path, if git knows it. */
  get(repoPath: string): string | undefined;
}

let memo: Map<string, string> | undefined;

/** The dates for the content folder (CONTENT_DIR or content/), read once per process. */
export function gitDates(): GitDates {
  memo ??= lastChangedDates(contentLog().commits);
  const dates = memo;
  return { get: (p) => dates.get(contentPath(p)) };
}
