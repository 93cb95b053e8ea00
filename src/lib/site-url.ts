// Links as the browser needs them: language prefix and deploy base (BASE_PATH) applied.
import type { Lang } from "./types.ts";
import { localizedPath, withBase } from "./paths.ts";

const base: string = import.meta.env?.BASE_URL ?? "/";

/** A site path with the deploy base, for files that exist once (e.g. /data/site.json). */
export function href(path: string): string {
  return withBase(path, base);
}

/** A page in a language, with the deploy base: ("/aioi/", "en") → "/base/en/aioi/". */
export function pageHref(path: string, lang: Lang): string {
  return withBase(localizedPath(path, lang), base);
}

/** Absolute URL of a page, for canonical and hreflang links. */
export function absoluteUrl(path: string, lang: Lang, site: URL | undefined): string {
  const rel = pageHref(path, lang);
  return site ? new URL(rel, site).href : rel;
}
