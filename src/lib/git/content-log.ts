// The git history of the content folder (CONTENT_DIR), read once per process: one `git rev-parse`
// (is the clone shallow?) and one `git log` pass (log.ts). The "last changed" dates and the
// history pages both come from it. Git runs inside the content folder, so content kept in its own
// repository works too; a folder outside any repository (or no git) means "not available".
import { execFileSync } from "node:child_process";
import path from "node:path";
import { defaultContentDir, repoRoot } from "../validation/repo.ts";
import type { Git } from "./blobs.ts";
import { LOG_ARGS, parseLog } from "./log.ts";
import type { Commit } from "./log.ts";

export interface ContentLog {
  /** False when the folder is not in a git repository, or git cannot run: pages say so. */
  available: boolean;
  /**
   * True in a shallow clone (CI checkouts often are): history before its oldest commits is missing,
   * and those commits show no parents (isBoundary).
   */
  shallow: boolean;
  /** Commits that touched the folder, newest first. */
  commits: Commit[];
  /** Runs git in the folder (for reading old versions). */
  git: Git;
}

/** Git in `dir`: arguments, optional standard input; throws when git fails. */
export function gitIn(dir: string): Git {
  return (args, input) =>
    execFileSync("git", args, {
      cwd: dir,
      input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "ignore"],
    });
}

/** The history through `git` (injectable for tests, e.g. to count processes). */
export function readContentLog(git: Git): ContentLog {
  try {
    const shallow = git(["rev-parse", "--is-shallow-repository"]).toString("utf8").trim() === "true";
    return { available: true, shallow, commits: parseLog(git(LOG_ARGS).toString("utf8")), git };
  } catch {
    return { available: false, shallow: false, commits: [], git };
  }
}

/** The oldest commit a shallow clone has: what came before it is not available here. */
export function isBoundary(log: ContentLog, commit: Commit): boolean {
  return log.shallow && commit.parents.length === 0;
}

const memo = new Map<string, ContentLog>();

/** The history of a content folder (default: CONTENT_DIR or content/), read once per process. */
export function contentLog(dir: string = defaultContentDir()): ContentLog {
  const abs = path.resolve(dir);
  let log = memo.get(abs);
  if (!log) {
    log = readContentLog(gitIn(abs));
    memo.set(abs, log);
  }
  return log;
}

/**
 * The path git prints for a file, relative to the content folder: from the repository-relative
 * (or absolute) path that entries and messages use, e.g. content/aioi/plan.yaml → aioi/plan.yaml.
 */
export function contentPath(file: string, dir: string = defaultContentDir()): string {
  return path.relative(path.resolve(dir), path.resolve(repoRoot, file)).split(path.sep).join("/");
}
