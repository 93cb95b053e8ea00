// Which text to show for a translatable field in a locale: its own translation, else the first of
// its fallback languages that has one (ending with the Japanese original, never a blank), saying
// so; provisional translations are flagged.
import { localeOf } from "./locales.ts";
import type { Lang, Text } from "./types.ts";

export interface ResolvedText {
  /** The string to show. */
  value: string;
  /** Locale code of `value`: differs from the page's when falling back. */
  lang: Lang;
  /** True when the page's locale has no translation, so a fallback language is shown. */
  fallback: boolean;
  /** True when the translation shown is marked `review: { <code>: provisional }`. */
  provisional: boolean;
}

/** The text of one locale, if the field has it (the source is always there). */
export function textIn(text: Text, code: Lang): string | undefined {
  const v = (text as unknown as Record<string, unknown>)[code];
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** The review status of one translation, if given. */
export function reviewOf(text: Text, code: Lang): "provisional" | "reviewed" | undefined {
  return (text.review as Record<string, "provisional" | "reviewed" | undefined> | undefined)?.[code];
}

export function resolveText(text: Text, lang: Lang): ResolvedText {
  for (const code of [lang, ...localeOf(lang).fallback]) {
    const value = textIn(text, code);
    if (value === undefined) continue;
    return { value, lang: code, fallback: code !== lang, provisional: reviewOf(text, code) === "provisional" };
  }
  return { value: text.ja, lang: "ja", fallback: lang !== "ja", provisional: false };
}

/** The string alone, for <title>, attributes and data files (falling back like resolveText). */
export function plainText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  return resolveText(text, lang).value;
}
