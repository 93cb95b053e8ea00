// Step 5 of the search index: the exact-title shards (../titles.ts), read back from the fragments
// Pagefind wrote: each holds its page's URL and title, and its file name is the page's id in
// Pagefind's results. A fragment group (several pages in one file) maps ids to fragments.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { titleShardPath, titleShards } from "../titles.ts";

const SIGNATURE = "pagefind_dcd";

interface Fragment {
  url: string;
  meta?: { title?: string };
}

/** The pages of one fragment file: its own id, or each id of a group. */
export function fragmentPages(id: string, bytes: Buffer): Array<{ id: string; title: string }> {
  const text = gunzipSync(bytes).toString("utf8");
  const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as
    Fragment | Record<string, Fragment>;
  const entries: Array<[string, Fragment]> =
    typeof (json as Fragment).url === "string"
      ? [[id, json as Fragment]]
      : Object.entries(json as Record<string, Fragment>);
  return entries.flatMap(([pid, f]) => (f.meta?.title ? [{ id: pid, title: f.meta.title }] : []));
}

/** Writes <out>/titles/<lang>/<xx>.json from every fragment under <out>; returns the shard count. */
export function writeTitleShards(out: string): number {
  const byLang = new Map<string, Array<{ id: string; title: string }>>();
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith(".pf_fragment") || path.basename(e.parentPath) !== "fragment") continue;
    const id = e.name.slice(0, -".pf_fragment".length);
    for (const page of fragmentPages(id, readFileSync(path.join(e.parentPath, e.name)))) {
      // Ids are "<language>_<hash>": the language of the index the page is in.
      const lang = page.id.slice(0, page.id.lastIndexOf("_"));
      byLang.set(lang, [...(byLang.get(lang) ?? []), page]);
    }
  }
  let written = 0;
  for (const [lang, pages] of byLang) {
    for (const [shard, entries] of titleShards(pages)) {
      const file = path.join(out, titleShardPath(lang, shard));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(entries));
      written++;
    }
  }
  return written;
}
