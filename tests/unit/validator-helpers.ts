// Shared paths and helpers for the validator tests.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const validDir = path.join(repo, "tests", "fixtures", "valid");
export const brokenDir = path.join(repo, "tests", "fixtures", "broken");
/** Node 24 from the project (vitest's own node may be older and cannot strip types). */
export const node = path.join(repo, "node_modules", ".bin", "node");

/** A throw-away copy of the valid fixtures, outside the repository. */
export function copyValid(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "validator-"));
  cpSync(validDir, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a copied content set; fails loudly if the text is not there. */
export function edit(dir: string, file: string, find: string, replace: string): void {
  const abs = path.join(dir, file);
  const text = readFileSync(abs, "utf8");
  if (!text.includes(find)) throw new Error(`"${find}" not in ${file}`);
  writeFileSync(abs, text.replace(find, replace));
}

/** A `temp()` that hands out valid-fixture copies and removes them after the test file. */
export function tempCopies(): () => string {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const d = copyValid();
    temps.push(d);
    return d;
  };
}
