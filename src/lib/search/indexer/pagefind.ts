// Step 3 of the search index: one Pagefind run (one locale, one bundle) with Pagefind's Node API,
// in a Pagefind service of its own: createIndex → addDirectory → writeFiles → close. The pages
// come from a folder holding only them, with their key fields, at the same relative paths as in
// the output folder (hence the same URLs). addDirectory is Pagefind's own parallel file walk:
// about 30 % less CPU than sending pages one by one with addHTMLFile. Closing the service frees
// the index, which Pagefind keeps in memory until it is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Entry } from "./bundles.ts";

/**
 * Files Pagefind writes that the site does not use: its own UIs (their stylesheets would break the
 * one-stylesheet budget), and its web worker (the search page searches on its own thread).
 */
export const UNUSED = [
  "pagefind-worker.js",
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** Not needed in an extra bundle: mergeIndex searches it with the main bundle's script and WebAssembly. */
export function unusedInExtraBundle(file: string): boolean {
  return file === "pagefind.js" || /^wasm\..*\.pagefind$/.test(file);
}

/** Held while Pagefind reads and parses the pages, which it does on every core. */
export interface Gate {
  enter(): Promise<void>;
  leave(): void;
}
export const OPEN: Gate = { enter: async () => {}, leave: () => {} };

/** Indexes the `pages` pages under `from` into `out` and returns the pagefind-entry.json written there. */
export async function indexFolder(from: string, out: string, pages: number, gate: Gate = OPEN): Promise<Entry> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    await gate.enter();
    const r = await index.addDirectory({ path: from }).finally(() => gate.leave());
    if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join("; ")}`);
    if (r.page_count !== pages) throw new Error(`Pagefind indexed ${r.page_count} of ${pages} pages in ${from}`);
    const w = await index.writeFiles({ outputPath: out });
    if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return JSON.parse(readFileSync(path.join(out, "pagefind-entry.json"), "utf8")) as Entry;
}
