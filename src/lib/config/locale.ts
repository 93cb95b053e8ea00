// The languages of the site, as configured in site.config.yaml. Pure: every function takes
// the locale list, so tests and the config loader share them.

/** One language of the site, with its defaults filled in. */
export interface Locale {
  /** URL and content code: en, ko, ja-easy. */
  code: string;
  /** The language's name in itself, for the language switch. */
  label: string;
  /** BCP 47 tag for lang and hreflang attributes. */
  lang: string;
  /** Codes to take text from when this language has none, ending with the source language. */
  fallback: string[];
  /** Absolute path of the interface dictionary (JSON). */
  dictionary: string;
}

/** A locale as written in the configuration file (schemas/site-config.schema.json). */
export interface LocaleInput {
  code: string;
  label: string;
  lang?: string;
  fallback?: string[];
  dictionary?: string;
}

/** Fills the defaults: lang = code, fallback ends with the source language. */
export function resolveLocales(input: readonly LocaleInput[], dictionaryPath: (l: LocaleInput) => string): Locale[] {
  const source = input[0]?.code ?? "ja";
  return input.map((l) => ({
    code: l.code,
    label: l.label,
    lang: l.lang ?? l.code,
    fallback: [...new Set([...(l.fallback ?? []), source])].filter((c) => c !== l.code),
    dictionary: dictionaryPath(l),
  }));
}
