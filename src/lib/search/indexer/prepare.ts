// Steps 1 and 2 for a share of the built pages: each page is read, its text extracted, its
// key fields computed, and the copy Pagefind will index written to <tmp>/<locale code>/<same
// relative path>. Pages without data-pagefind-body are left out, and those whose <html lang>
// is no configured locale are reported (the search page of no locale would search them).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractPage } from "./extract.ts";
import { keyFields, withKeyFields } from "./keys.ts";

const BODY_ATTR = /data-pagefind-body/i;

export interface PrepareTask {
  dist: string;
  /** Paths of the HTML files under dist. */
  files: string[];
  /** Where the copies go: <tmp>/<locale code>/<file>. */
  tmp: string;
  /** Locale code by <html lang>, in lower case: { ja: "ja", en: "en", ko: "ko" }. */
  localeByLang: Record<string, string>;
  /** Add the key fields (false: Pagefind's behaviour out of the box, for comparisons). */
  keys: boolean;
}

export interface Prepared {
  /** The indexed pages: path under dist, locale code, number of keys. */
  pages: Array<{ file: string; locale: string; keys: number }>;
  /** Indexed pages whose <html lang> is no configured locale. */
  unknown: Array<{ file: string; lang: string }>;
}

/** What became of one page: indexed (its copy written), of no configured locale, or left out (null). */
export type PageResult = { page: Prepared["pages"][number] } | { unknown: Prepared["unknown"][number] } | null;

/** What preparing one page needs: where its copy goes, the locales, the keys or not. */
export type PageTask = Omit<PrepareTask, "dist" | "files">;

/** One page, from its HTML: the copy Pagefind will index written under task.tmp. */
export function preparePage(html: string, file: string, task: PageTask): PageResult {
  // Without the attribute anywhere, the page cannot be indexed: no need to parse it.
  if (!BODY_ATTR.test(html)) return null;
  const text = extractPage(html, file);
  if (!text.indexed) return null;
  const locale = task.localeByLang[text.lang.toLowerCase()];
  if (locale === undefined) return { unknown: { file, lang: text.lang } };
  const fields = task.keys ? keyFields(text) : { kp: [], kt: [], k: [] };
  const copy = task.keys ? withKeyFields(html, fields) : html;
  if (copy === null) return null;
  const target = path.join(task.tmp, locale, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, copy);
  return { page: { file, locale, keys: fields.kp.length + fields.kt.length + fields.k.length } };
}

export function preparePages(task: PrepareTask): Prepared {
  const out: Prepared = { pages: [], unknown: [] };
  for (const file of task.files) {
    const r = preparePage(readFileSync(path.join(task.dist, file), "utf8"), file, task);
    if (r && "page" in r) out.pages.push(r.page);
    else if (r) out.unknown.push(r.unknown);
  }
  return out;
}
