// What the search page does with the pages Pagefind returns: check that each literal part of the
// query really occurs on the page (the keys of tokens.ts do not require adjacency, and are
// hashed), re-rank the first results, cut a highlighted excerpt, find the section the match is
// in, and build the link with a text fragment (#:~:text=…) so that the browser itself highlights
// the words on the target page without any script there.
// Pure functions over Pagefind's result data; no DOM.
import { fold } from "./normalize.ts";
import type { ParsedQuery, QueryPart } from "./tokens.ts";
import { literalParts } from "./tokens.ts";

/** The subset of Pagefind's result data the page uses. */
export interface ResultData {
  url: string;
  /** Text of the page, with Pagefind's word separators (U+200B) for segmented languages. */
  content: string;
  meta: Record<string, string | undefined>;
  /** Word positions of Pagefind's own matches (content split on whitespace and U+200B). */
  locations?: number[];
  anchors?: Array<{ element: string; id: string; text?: string; location: number }>;
}

export interface Range {
  start: number;
  end: number;
}

/** Content as shown: without Pagefind's zero-width word separators, with its word ranges. */
export interface CleanContent {
  text: string;
  /** Character range in `text` of Pagefind word n (the numbering of `locations` and anchors). */
  words: Range[];
}

const ZWSP = "\u200b";
/** Pagefind's own word separator for content without zero-width spaces. */
const SEPARATORS = /[^\S\ufeff]+/g;

/**
 * Splits Pagefind's raw content into words the way Pagefind numbers them: on U+200B when the
 * indexer put them there (segmented Chinese/Japanese), else on whitespace.
 */
export function cleanContent(raw: string): CleanContent {
  const words: Range[] = [];
  if (raw.includes(ZWSP)) {
    let text = "";
    for (const piece of raw.split(ZWSP)) {
      const lead = piece.length - piece.trimStart().length;
      const core = piece.trim().length;
      words.push({ start: text.length + lead, end: text.length + lead + core });
      text += piece;
    }
    return { text, words };
  }
  let at = 0;
  for (const m of raw.matchAll(SEPARATORS)) {
    if (m.index > at) words.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < raw.length) words.push({ start: at, end: raw.length });
  return { text: raw, words };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where a literal part (Japanese, or a number) occurs in a text, as ranges of the original text. */
export function findPart(text: string, part: QueryPart): Range[] {
  const f = fold(text);
  const re =
    part.kind === "number"
      ? new RegExp(`(?<![\\d-])${escapeRegExp(part.text)}(?![\\d]|-\\d)`, "g")
      : new RegExp(escapeRegExp(part.text), "g");
  const out: Range[] = [];
  for (const m of f.text.matchAll(re)) {
    out.push({ start: f.map[m.index], end: f.map[m.index + m[0].length] });
  }
  return out;
}

/** A place on the page that matches the query, with how much it counts. */
export interface Hit extends Range {
  weight: number;
  /** The literal query part it matches (index into literalParts), or -1 for Pagefind's own matches. */
  part: number;
}

export interface Assessed {
  /** False when a literal part of the query is not on the page: drop the result. */
  ok: boolean;
  /** Re-ranking score (higher first). */
  score: number;
  /** Highlight ranges in the clean content, sorted and merged. */
  ranges: Range[];
  /** Start of the best excerpt window (most matches, heaviest), or -1 without matches. */
  focus: number;
  /** The words to highlight on the target page (text fragment), as written there. */
  terms: string[];
  clean: CleanContent;
}

/** Excerpt length in characters. */
export const EXCERPT_SIZE = 90;

const plainTitle = (meta: ResultData["meta"]) => fold(meta.title ?? "").text;

/** Start of the window of `size` characters holding the heaviest set of hits (earliest on ties). */
export function bestWindow(hits: Hit[], size = EXCERPT_SIZE): number {
  let best = -1;
  let bestScore = -1;
  for (const h of hits) {
    const from = Math.max(0, h.start - Math.floor(size / 3));
    const inside = hits.filter((x) => x.start >= from && x.end <= from + size);
    const parts = new Set(inside.map((x) => x.part)).size;
    const score = parts * 100 + inside.reduce((n, x) => n + x.weight, 0);
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  return best;
}

/**
 * Checks and scores one result. `base` is Pagefind's score relative to the best result (0–1):
 * it carries the field weights (title, headings, KPI labels, main projects). On top come, per
 * literal part: in the title, the whole title, the number of the page, occurrences in the text.
 */
export function assess(q: ParsedQuery, data: ResultData, base: number, weights?: number[]): Assessed {
  const clean = cleanContent(data.content);
  const literals = literalParts(q);
  const title = plainTitle(data.meta);
  const bareTitle = title.replace(/^\d+(?:-\d+)*\s+/, "");
  const number = data.meta.number ?? "";
  let score = base * 2;
  let ok = true;
  const hits: Hit[] = [];
  literals.forEach((p, i) => {
    const found = findPart(clean.text, p);
    const inTitle = findPart(data.meta.title ?? "", p).length > 0;
    if (found.length === 0 && !inTitle) ok = false;
    for (const r of found) hits.push({ ...r, weight: 2, part: i });
    if (p.kind === "number" && number === p.text) score += 6;
    if (inTitle) score += 2;
    if (title === p.text || bareTitle === p.text || title === q.text) score += 3;
    score += Math.log2(1 + found.length) * 0.5;
  });
  // A query of several parts written as one run in the title ("2026コース" in "Ⅱ 2026コース | …")
  // names that page: its parts scattered over another page's text must not outrank it.
  if (q.parts.length > 1 && title.includes(q.text)) score += 3;
  (data.locations ?? []).forEach((loc, i) => {
    const w = clean.words[loc];
    if (w && w.end > w.start) hits.push({ ...w, weight: weights?.[i] ?? 1, part: -1 });
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: Range[] = [];
  for (const r of hits) {
    const last = ranges[ranges.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else ranges.push({ start: r.start, end: r.end });
  }
  const focus = bestWindow(hits);
  return { ok, score, ranges, focus, terms: fragmentTerms(q, clean, hits, focus), clean };
}

/**
 * The words for the text fragment: each literal part as written at its occurrence nearest the
 * excerpt; for a query of several words, the phrase when the page has it; else the heaviest word.
 */
function fragmentTerms(q: ParsedQuery, clean: CleanContent, hits: Hit[], focus: number): string[] {
  if (hits.length === 0) return [];
  const near = (xs: Hit[]) => xs.reduce((a, b) => (Math.abs(b.start - focus) < Math.abs(a.start - focus) ? b : a));
  const surface = (r: Range) => clean.text.slice(r.start, r.end).trim();
  const terms: string[] = [];
  const literalCount = literalParts(q).length;
  for (let i = 0; i < literalCount; i++) {
    const mine = hits.filter((h) => h.part === i);
    if (mine.length) terms.push(surface(near(mine)));
  }
  const words = q.parts.filter((p) => p.kind === "word").map((p) => p.text);
  if (words.length > 1) {
    // Each word may go on (stemming: "check-up" finds "check-ups"); text fragments need whole words.
    const phrase = new RegExp(words.map((w) => `${escapeRegExp(w)}[\\p{L}\\p{N}]*`).join("[\\s\\p{P}]+"), "iu");
    const m = phrase.exec(clean.text.slice(Math.max(0, focus)));
    const m2 = m ?? phrase.exec(clean.text);
    if (m2) {
      terms.push(m2[0]);
      return terms;
    }
  }
  if (words.length > 0) {
    const own = hits.filter((h) => h.part === -1);
    if (own.length) {
      const inWindow = own.filter((h) => h.start >= focus && h.end <= focus + EXCERPT_SIZE);
      const pool = inWindow.length ? inWindow : own;
      terms.push(surface(pool.reduce((a, b) => (b.weight > a.weight ? b : a))));
    }
  }
  return terms;
}

export interface Segment {
  text: string;
  mark: boolean;
  /** Language of this text when it is not the page's own (the untranslated original). */
  lang?: string;
}

/** A run of Japanese text: from a Japanese letter, through letters, CJK punctuation, full-width forms and digits. */
const JAPANESE_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30fc][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff00-\uffef\d.,%]*/gu;

/**
 * Marks the Japanese runs of an excerpt with `lang`: on a page in another language they are the
 * untranslated original shown as a fallback, which screen readers should read as Japanese.
 */
export function tagJapanese(segments: Segment[], lang: string): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    let at = 0;
    for (const m of s.text.matchAll(JAPANESE_RUN)) {
      if (m.index > at) out.push({ text: s.text.slice(at, m.index), mark: s.mark });
      out.push({ text: m[0], mark: s.mark, lang });
      at = m.index + m[0].length;
    }
    if (at < s.text.length) out.push({ text: s.text.slice(at), mark: s.mark });
  }
  return out;
}

/**
 * An excerpt of `size` characters from `from` (see bestWindow), as text segments (marked or not),
 * so that the page can build it with text nodes and <mark> elements (no HTML strings).
 */
export function excerpt(clean: CleanContent, ranges: Range[], from = 0, size = EXCERPT_SIZE): Segment[] {
  const text = clean.text;
  from = Math.max(0, from);
  let to = Math.min(text.length, from + size);
  from = Math.max(0, Math.min(from, to - size));
  // Do not cut Latin words in half.
  while (from > 0 && /\w/.test(text[from - 1]) && /\w/.test(text[from])) from--;
  while (to < text.length && /\w/.test(text[to - 1]) && /\w/.test(text[to])) to++;
  const out: Segment[] = [];
  const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
  from += lead;
  if (from > 0) out.push({ text: "…", mark: false });
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to).trimEnd(), mark: false });
  if (to < text.length) out.push({ text: "…", mark: false });
  return out;
}

/** The section (heading with an id) a character position falls in, and the closest element id for the link. */
export function sectionAt(
  data: ResultData,
  clean: CleanContent,
  pos: number,
): { id: string; title: string | null; linkId: string } | null {
  const anchors = data.anchors ?? [];
  let word = clean.words.findIndex((w) => w.end > pos);
  if (word === -1) word = clean.words.length;
  let titled: (typeof anchors)[number] | null = null;
  let nearest: (typeof anchors)[number] | null = null;
  for (const a of anchors) {
    if (a.location > word) continue;
    if (!nearest || a.location >= nearest.location) nearest = a;
    if (/^h[1-6]$/.test(a.element) && a.text && (!titled || a.location >= titled.location)) titled = a;
  }
  if (!nearest) return null;
  return { id: titled?.id ?? nearest.id, title: titled ? headingText(titled, clean) : null, linkId: nearest.id };
}

/**
 * A heading's text as the page shows it. Pagefind's anchor text also contains text marked
 * data-pagefind-ignore inside the heading (e.g. a "provisional translation" tag), the content does
 * not: keep the part of the anchor text that the content repeats at the heading's position.
 */
export function headingText(anchor: { text?: string; location: number }, clean: CleanContent): string | null {
  const want = (anchor.text ?? "").trim();
  const at = clean.words[anchor.location];
  if (!want) return null;
  if (!at) return want;
  const have = clean.text.slice(at.start, at.start + want.length * 2);
  let i = 0;
  let j = 0;
  while (i < want.length && j < have.length) {
    if (want[i] === have[j]) {
      i++;
      j++;
    } else if (/\s/.test(want[i])) i++;
    else if (/\s/.test(have[j])) j++;
    else break;
  }
  const out = have
    .slice(0, j)
    .trim()
    .replace(/[.\s]+$/, "");
  return out || want;
}

/** Percent-encodes a text-directive term (the directive syntax reserves - , &). */
function directive(s: string): string {
  return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * "#<id>:~:text=…" for the words to highlight on the target page: the browser scrolls to the
 * first occurrence and highlights it (falls back to the element id when the text is not found).
 */
export function fragmentLink(id: string | null, terms: string[]): string {
  const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].slice(0, 3);
  const text = unique.map((t) => `text=${directive(t)}`).join("&");
  if (!id && !text) return "";
  return `#${id ? encodeURIComponent(id) : ""}${text ? `:~:${text}` : ""}`;
}
