// Counts translatable text fields ({ ja, en?, enStatus? }) in a document, for the staff page
// that shows how far the English translation has come.

export interface TranslationCount {
  /** Text fields in the document. */
  total: number;
  /** Fields with English (reviewed or provisional). */
  translated: number;
  /** Fields with English marked enStatus: provisional. */
  provisional: number;
  /** Fields with English marked enStatus: reviewed. */
  reviewed: number;
  /** Fields without English. */
  missing: number;
}

export const emptyCount = (): TranslationCount => ({
  total: 0,
  translated: 0,
  provisional: 0,
  reviewed: 0,
  missing: 0,
});

function isText(value: object): value is { ja: string; en?: unknown; enStatus?: unknown } {
  return typeof (value as { ja?: unknown }).ja === "string";
}

/** Adds the text fields found anywhere in `value` to `count` (and returns it). */
export function countTranslations(value: unknown, count: TranslationCount = emptyCount()): TranslationCount {
  if (Array.isArray(value)) {
    for (const v of value) countTranslations(v, count);
  } else if (value !== null && typeof value === "object") {
    if (isText(value)) {
      count.total++;
      if (typeof value.en === "string" && value.en.trim() !== "") {
        count.translated++;
        if (value.enStatus === "provisional") count.provisional++;
        if (value.enStatus === "reviewed") count.reviewed++;
      } else {
        count.missing++;
      }
      return count;
    }
    for (const v of Object.values(value)) countTranslations(v, count);
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
