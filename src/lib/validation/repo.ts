// Where the repository is, so that messages show short repo-relative paths
// (content/aioi/plan.yaml) whether run from the CLI, the tests or Astro's bundle.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Nearest folder at or above `start` that holds a package.json, or null. */
export function findRepoRoot(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

// Astro bundles this file elsewhere, so import.meta.url is not reliable there; the
// working directory (the project root under npm, vitest and astro) is the fallback.
const here = path.dirname(fileURLToPath(import.meta.url));
const codeRoot = findRepoRoot(here);
export const repoRoot =
  codeRoot && existsSync(path.join(codeRoot, "schemas")) ? codeRoot : (findRepoRoot(process.cwd()) ?? process.cwd());

export const schemaDir = path.join(repoRoot, "schemas");

/** CONTENT_DIR (relative to the working directory) or content/ in the repository. */
export function defaultContentDir(): string {
  const env = process.env.CONTENT_DIR;
  return env ? path.resolve(env) : path.join(repoRoot, "content");
}

/** Repo-relative path with forward slashes; absolute when the file is outside the repository. */
export function displayPath(abs: string, repoRoot: string | null): string {
  if (repoRoot) {
    const rel = path.relative(repoRoot, abs);
    if (!rel.startsWith("..") && !path.isAbsolute(rel)) return rel.split(path.sep).join("/");
  }
  return abs.split(path.sep).join("/");
}
