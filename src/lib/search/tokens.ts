// Search keys that do not depend on how Pagefind segments Japanese.
//
// Pagefind splits Japanese into words twice: when indexing (a dictionary segmenter in the
// extended binary) and when querying (the browser's Intl.Segmenter). The two often disagree on
// compounds (関係人口, めざそう値, 新方針), so a query word may match nothing, or only a generic
// fragment of it. Numbers such as 6-1-3 are split into 6 / - / 1 / - / 3 and match every page.
//
// So the indexer adds, as hidden metadata, keys that both sides compute the same way:
// - every overlapping pair of characters (bigram) of each run of Japanese text, hashed to a short
//   ASCII word ("q" + 5 letters + "x"), e.g. 関係人口 → 関係 係人 人口;
// - every number with hyphens (6-1-3, 6-1-1-1) spelled in letters ("n" + digits as a–j, "z" for
//   "-", "x" to end), so that 6-1 does not match 6-1-3 and 6-1-1 does not match 6-1-10.
// The keys are plain lower-case letters, which neither segmenter splits. The final "x" keeps
// English stemming (on the English index) from shortening them. A query is turned into the same
// keys; Pagefind then requires all of them (AND). Pairs alone do not require the pairs to be
// adjacent, so the search page checks every shown result against the page text (rank.ts).

import { isJapaneseChar, normalize } from "./normalize.ts";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** FNV-1a over UTF-16 units, as 5 letters: 26^5 ≈ 11.9 million values. */
function hash5(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 5; i++) {
    out += LETTERS[h % 26];
    h = Math.floor(h / 26);
  }
  return out;
}

/** The key of two adjacent Japanese characters: bigramKey("関", "係") → "q…x" (7 letters). */
export function bigramKey(a: string, b: string): string {
  return `q${hash5(a + b)}x`;
}

const NUMBER = /^\d+(?:-\d+)+$/;

/** The key of a hyphenated number: numberKey("6-1-3") → "ngzbzdx"; null for anything else. */
export function numberKey(n: string): string | null {
  if (!NUMBER.test(n)) return null;
  let out = "n";
  for (const ch of n) out += ch === "-" ? "z" : LETTERS[ch.charCodeAt(0) - 48];
  return `${out}x`;
}

/** Runs of Japanese characters in normalised text: "r6年度の予定" → ["年度の予定"]. */
export function japaneseRuns(text: string): string[] {
  const runs: string[] = [];
  let cur = "";
  for (const ch of text) {
    if (isJapaneseChar(ch)) cur += ch;
    else if (cur) {
      runs.push(cur);
      cur = "";
    }
  }
  if (cur) runs.push(cur);
  return runs;
}

/** Hyphenated numbers in normalised text, not part of a longer number: "6-1-1-1 と 6-1" → ["6-1-1-1", "6-1"]. */
export function hyphenNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\d-])\d+(?:-\d+)+(?![\d])/g)].map((m) => m[0]);
}

const isHiragana = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x3041 && c <= 0x309f;
};

/** Whether pairs of two hiragana get no key (grammar endings: すること, ための…; 15–18 % of keys). */
const SKIP_HIRAGANA_PAIRS = true;

/** The bigram keys of one Japanese run, in order (none for a single character). */
function runKeys(run: string): string[] {
  const chars = [...run];
  const keys: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (SKIP_HIRAGANA_PAIRS && isHiragana(chars[i]) && isHiragana(chars[i + 1])) continue;
    keys.push(bigramKey(chars[i], chars[i + 1]));
  }
  return keys;
}

/**
 * The keys a query sends for one Japanese run: enough pairs to cover each of its characters other
 * than hiragana, preferring pairs without hiragana (particles such as の are on most pages, so their
 * keys have the longest postings), e.g. 関係人口 → 関係 人口, 高齢者福祉の確保 → 高齢 者福 福祉 確保.
 * Pagefind loads one index chunk per key and bundle (20–110 KB each at 10 000 measures), and
 * the page checks the run as written anyway (rank.ts), so the pairs in between add bytes, not
 * precision. A kana word keeps the pair that ties it to its neighbour (あいさつ運動 → つ運 運動).
 */
function queryKeys(run: string): string[] {
  const chars = [...run];
  const kana = chars.map(isHiragana);
  const pairs = new Map<number, string>();
  const covered = new Set<number>();
  const take = (i: number) => {
    pairs.set(i, bigramKey(chars[i], chars[i + 1]));
    covered.add(i).add(i + 1);
  };
  for (let j = 0; j < chars.length; j++) {
    if (kana[j] || covered.has(j)) continue;
    if (j + 1 < chars.length && !kana[j + 1]) take(j);
    else if (j > 0 && !kana[j - 1]) take(j - 1);
    else if (j + 1 < chars.length) take(j);
    else if (j > 0) take(j - 1);
  }
  // A kana word (あいさつ in あいさつ運動; not a particle such as の) is tied to its neighbour.
  for (let j = 0; j < chars.length; j++) {
    if (!kana[j] || (j > 0 && kana[j - 1])) continue;
    let end = j;
    while (end + 1 < chars.length && kana[end + 1]) end++;
    if (end > j && ![...Array(end - j + 1).keys()].some((k) => covered.has(j + k))) {
      if (j > 0) take(j - 1);
      else if (end + 1 < chars.length) take(end);
    }
  }
  const keys = [...pairs.keys()].sort((a, b) => a - b).map((i) => pairs.get(i)!);
  return keys.length > 0 ? [...new Set(keys)] : runKeys(run);
}

/** Every key of a text (any language), deduplicated, in first-seen order. */
export function indexKeys(source: string): string[] {
  const text = normalize(source);
  const keys = new Set<string>();
  for (const run of japaneseRuns(text)) for (const k of runKeys(run)) keys.add(k);
  for (const n of hyphenNumbers(text)) keys.add(numberKey(n)!);
  return [...keys];
}

export type PartKind = "japanese" | "number" | "word";

/** One piece of a query. `japanese` (2+ characters) and `number` parts are matched literally. */
export interface QueryPart {
  kind: PartKind;
  /** Normalised text of the part: "関係人口", "6-1-3", "promotion". */
  text: string;
  /** What is sent to Pagefind for it: keys for literal parts, the word itself otherwise. */
  terms: string[];
}

export interface ParsedQuery {
  /** Normalised query. */
  text: string;
  parts: QueryPart[];
  /** The string for pagefind.search(), or null when the query is empty. */
  pagefind: string | null;
}

/**
 * Splits a query into parts and the Pagefind query made of their keys.
 * "関係人口" → one japanese part → three bigram keys; "6-1-3" → one number key;
 * "R6年度" → word "r6" + japanese "年度"; "district check-up" → two words, sent as typed.
 */
export function parseQuery(query: string): ParsedQuery {
  const text = normalize(query);
  // A quoted phrase without Japanese or numbers goes to Pagefind unchanged (its exact-phrase search).
  if (/^".+"$/.test(text) && japaneseRuns(text).length === 0 && hyphenNumbers(text).length === 0) {
    return { text, parts: [{ kind: "word", text, terms: [text] }], pagefind: text };
  }
  const parts: QueryPart[] = [];
  for (const chunk of text.split(" ").filter(Boolean)) {
    let rest = "";
    const flush = () => {
      const clean = rest.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      rest = "";
      if (!clean) return;
      const key = numberKey(clean);
      parts.push(key ? { kind: "number", text: clean, terms: [key] } : { kind: "word", text: clean, terms: [clean] });
    };
    let run = "";
    const flushRun = () => {
      if (!run) return;
      if ([...run].length >= 2) {
        // All hiragana (あいさつ): no keys; Pagefind's own word matching, then the literal check.
        const keys = queryKeys(run);
        parts.push({ kind: "japanese", text: run, terms: keys.length > 0 ? keys : [run] });
      } else parts.push({ kind: "word", text: run, terms: [run] });
      run = "";
    };
    for (const ch of chunk) {
      if (isJapaneseChar(ch)) {
        flush();
        run += ch;
      } else {
        flushRun();
        rest += ch;
      }
    }
    flush();
    flushRun();
  }
  const terms = [...new Set(parts.flatMap((p) => p.terms))];
  return { text, parts, pagefind: terms.length > 0 ? terms.join(" ") : null };
}

/** Parts whose text must appear on a result page as written (Japanese of 2+ characters, numbers). */
export function literalParts(q: ParsedQuery): QueryPart[] {
  return q.parts.filter((p) => p.kind !== "word");
}
