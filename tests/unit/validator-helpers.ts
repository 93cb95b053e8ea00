// Shared paths and helpers for the validator tests.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cases } from "../fixtures/broken-cases.ts";
import type { BrokenCase } from "../fixtures/broken-cases.ts";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const validDir = path.join(repo, "tests", "fixtures", "valid");
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

/** The broken case `name` (tests/fixtures/broken-cases.ts); fails loudly if there is none. */
export function brokenCase(name: string): BrokenCase {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no broken case "${name}" in tests/fixtures/broken-cases.ts`);
  return c;
}

/** A `broken(name)` that makes a valid-fixture copy with that case's edits, removed after the test file. */
export function brokenCopies(): (name: string) => string {
  const temp = tempCopies();
  return (name) => {
    const dir = temp();
    for (const e of brokenCase(name).edits) {
      if (e.find === undefined) rmSync(path.join(dir, e.file));
      else edit(dir, e.file, e.find, e.replace ?? "");
    }
    return dir;
  };
}

/** How findings name a file inside a copied content set: absolute, with forward slashes. */
export const shown = (dir: string, file: string): string => path.join(dir, file).split(path.sep).join("/");
