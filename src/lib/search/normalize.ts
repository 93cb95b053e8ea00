// Text normalisation shared by the indexer (src/lib/search/indexer/) and the search page, so that
// both sides see the same characters: NFKC per code point (full-width ASCII → ASCII, half-width
// katakana → full-width), lower case, the many dash and long-vowel look-alikes between digits
// → "-", and no zero-width spaces (Pagefind puts U+200B between the words it segments).
// Pure functions, no DOM, no Node APIs: they run in the browser too.

/** Characters of Japanese words: kanji, hiragana, katakana, and the marks that live inside words. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3006\u30fc\u309d\u309e\u30fd\u30fe]/u;
/** Dashes a reader may type or a document may use between the parts of a number (6ー1ー3, 6－1－3). */
const DASHES = new Set([
  "-",
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
  "\u30fc",
  "\uff0d",
  "\uff70",
]);
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;

export function isJapaneseChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x2e80) return false;
  // Fast path for the common blocks (same answer as the regular expression).
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f)) return true;
  if ((c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff)) return true;
  return JAPANESE.test(ch);
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";

const folded = new Map<string, string>();
/** One code point, normalised: "Ａ" → "a", "６" → "6", "ｱ" → "ア". May be "" (invisible) or longer ("㈱" → "(株)"). */
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = INVISIBLE.test(ch) ? "" : ch.normalize("NFKC").toLowerCase();
    // Any kind of space is one plain space.
    if (f !== "" && f.trim() === "") f = " ";
    folded.set(ch, f);
  }
  return f;
}

/**
 * Normalised text with, for each normalised UTF-16 unit, the offset of the source character it came
 * from, so that a match in the normalised text can be shown (or linked) in the original spelling.
 * Whitespace runs become one space; a dash between two digits becomes "-".
 */
export interface Folded {
  text: string;
  /** source offset (UTF-16) of each unit of `text`; `map[text.length]` is the source length. */
  map: number[];
}

export function fold(source: string): Folded {
  const out: string[] = [];
  const map: number[] = [];
  let offset = 0;
  let prevSpace = true;
  const chars = [...source];
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i];
    let f = foldChar(raw);
    if (f === " ") f = prevSpace ? "" : " ";
    else if (DASHES.has(raw) || DASHES.has(f)) {
      // "6ー1" and "6－1" are numbers; "シティー" keeps its long vowel mark.
      const before = out.length > 0 ? out[out.length - 1].slice(-1) : undefined;
      const after = i + 1 < chars.length ? foldChar(chars[i + 1]) : undefined;
      if (isDigit(before) && isDigit(after?.[0])) f = "-";
    }
    if (f.length === 1) {
      out.push(f);
      map.push(offset);
    } else {
      for (const unit of f.split("")) {
        out.push(unit);
        map.push(offset);
      }
    }
    if (f !== "") prevSpace = f === " ";
    offset += raw.length;
  }
  // No trailing space.
  if (out.length > 0 && out[out.length - 1] === " ") {
    out.pop();
    map.pop();
  }
  map.push(offset);
  return { text: out.join(""), map };
}

/** Normalised text only: normalize("６－１－３ シティ　プロモーション") → "6-1-3 シティ プロモーション". */
export function normalize(source: string): string {
  return fold(source).text;
}
