// Counts translatable text fields ({ ja, <code>?, review? }) in a document, for the staff page
// that shows how far each translation has come.
import { reviewOf, textIn } from "./i18n-text.ts";
import type { Lang, Text } from "./types.ts";

export interface TranslationCount {
  /** Text fields in the document. */
  total: number;
  /** Fields translated into the locale (reviewed, provisional or unmarked). */
  translated: number;
  /** Translations marked review: { <code>: provisional }. */
  provisional: number;
  /** Translations marked review: { <code>: reviewed }. */
  reviewed: number;
  /** Fields without a translation into the locale. */
  missing: number;
}

export const emptyCount = (): TranslationCount => ({
  total: 0,
  translated: 0,
  provisional: 0,
  reviewed: 0,
  missing: 0,
});

function isText(value: object): value is Text {
  return typeof (value as { ja?: unknown }).ja === "string";
}

/** Adds the text fields found anywhere in `value`, as translated into `lang`, to `count` (and returns it). */
export function countTranslations(
  value: unknown,
  lang: Lang,
  count: TranslationCount = emptyCount(),
): TranslationCount {
  if (Array.isArray(value)) {
    for (const v of value) countTranslations(v, lang, count);
  } else if (value !== null && typeof value === "object") {
    if (isText(value)) {
      count.total++;
      if (textIn(value, lang) !== undefined) {
        count.translated++;
        if (reviewOf(value, lang) === "provisional") count.provisional++;
        if (reviewOf(value, lang) === "reviewed") count.reviewed++;
      } else {
        count.missing++;
      }
      return count;
    }
    for (const v of Object.values(value)) countTranslations(v, lang, count);
  }
  return count;
}

export function addCounts(a: TranslationCount, b: TranslationCount): TranslationCount {
  return {
    total: a.total + b.total,
    translated: a.translated + b.translated,
    provisional: a.provisional + b.provisional,
    reviewed: a.reviewed + b.reviewed,
    missing: a.missing + b.missing,
  };
}

/** Share translated, 0–100, rounded down so that 100 means really complete. */
export function percentTranslated(c: TranslationCount): number {
  return c.total === 0 ? 100 : Math.floor((c.translated / c.total) * 100);
}
