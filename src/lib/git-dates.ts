// "Last changed" dates of content files, from git. The whole history is read with ONE
// `git log` call the first time a date is asked for, then memoized: no per-page git calls,
// so a site of 10 000 measures costs one process spawn. Without git, outside a repository or
// in a shallow clone, dates are simply missing (pages then omit the line) — never an error.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Record separator between commits in the log format. */
const RS = "\u001e";

/**
 * Parses `git log --name-only --format=%x1e%cs` output (newest commit first) into the latest
 * commit date (YYYY-MM-DD) of each path. Paths are as git prints them: relative to the
 * repository root, with forward slashes.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split(RS)) {
    const lines = record.split("\n").map((l) => l.trim());
    const date = lines[0];
    if (!/^\d{4}-\d{2}-\d{2}/.test(date ?? "")) continue;
    for (const file of lines.slice(1)) {
      if (file !== "" && !dates.has(file)) dates.set(file, date.slice(0, 10));
    }
  }
  return dates;
}

export interface GitDates {
  /** Latest commit date (YYYY-MM-DD) of a repository-relative path, if git knows it. */
  get(repoPath: string): string | undefined;
  /** Whether git history was available at all. */
  available: boolean;
}

function readGitDates(cwd: string, pathspec: string | undefined): GitDates {
  try {
    const args = ["-c", "core.quotePath=false", "log", "--name-only", "--no-renames", `--format=${RS}%cs`];
    if (pathspec !== undefined) args.push("--", pathspec);
    const output = execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    const dates = parseGitLog(output);
    return { get: (p) => dates.get(p.replaceAll("\\", "/")), available: dates.size > 0 };
  } catch {
    return { get: () => undefined, available: false };
  }
}

let memo: GitDates | undefined;

/**
 * The dates for the content directory (CONTENT_DIR or content/), read once per process.
 * `contentDir` is only used the first time.
 */
export function gitDates(contentDir?: string): GitDates {
  if (memo === undefined) {
    const dir = path.resolve(contentDir ?? process.env.CONTENT_DIR ?? "content");
    memo = readGitDates(process.cwd(), dir);
  }
  return memo;
}
