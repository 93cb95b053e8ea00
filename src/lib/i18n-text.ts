// Which text to show for a translatable field in a page language. English pages fall back to
// the Japanese original (never a blank) and say so; provisional translations are flagged.
import type { Lang, Text } from "./types.ts";

export interface ResolvedText {
  /** The string to show. */
  value: string;
  /** Language of `value`: differs from the page language when falling back. */
  lang: Lang;
  /** True when the page wants English but the field has none, so Japanese is shown. */
  fallback: boolean;
  /** True when an English translation is shown that is marked enStatus: provisional. */
  provisional: boolean;
}

export function resolveText(text: Text, lang: Lang): ResolvedText {
  if (lang === "ja") {
    return { value: text.ja, lang: "ja", fallback: false, provisional: false };
  }
  if (text.en !== undefined && text.en.trim() !== "") {
    return {
      value: text.en,
      lang: "en",
      fallback: false,
      provisional: text.enStatus === "provisional",
    };
  }
  return { value: text.ja, lang: "ja", fallback: true, provisional: false };
}

/** The string alone, for <title>, attributes and data files (English falls back to Japanese). */
export function plainText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  return resolveText(text, lang).value;
}
