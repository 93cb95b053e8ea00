// The configured locales (site.config.yaml) and where each one's pages live: the source
// language (ja) at the site root, every other under /<code>/.
import { siteConfig } from "./config/index.ts";
import type { Locale } from "./config/index.ts";
import type { Lang } from "./types.ts";

export type { Locale };

/** Every locale, the source first, in the order of the configuration. */
export function locales(): readonly Locale[] {
  return siteConfig().locales;
}

/** The source language: its code is the one required field of every translatable text. */
export function sourceLang(): Lang {
  return locales()[0].code;
}

/** The configured locale with this code; throws for a code that is not configured. */
export function localeOf(code: Lang): Locale {
  const l = locales().find((x) => x.code === code);
  if (!l) throw new Error(`locale "${code}" is not in ${siteConfig().file}`);
  return l;
}

/** BCP 47 tag for lang / hreflang attributes. */
export function langTag(code: Lang): string {
  return localeOf(code).lang;
}

/**
 * The `[...lang]` route parameter of a locale: undefined for the source (pages at the root),
 * the code otherwise. Every page file's getStaticPaths starts from this.
 */
export function localeParams(): Array<{ lang: string | undefined; code: Lang }> {
  return locales().map((l, i) => ({ lang: i === 0 ? undefined : l.code, code: l.code }));
}

/**
 * The lang attribute for text of locale `textLang` on a page of locale `pageLang`: its tag when
 * it differs (a fallback), otherwise undefined (the page's own lang applies).
 */
export function langAttr(textLang: Lang, pageLang: Lang): string | undefined {
  return textLang === pageLang ? undefined : langTag(textLang);
}
