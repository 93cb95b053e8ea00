// URL paths of the site. Pages are addressed by a language-neutral path such as
// "/aioi/6-1-1/"; Japanese lives at that path and English under /en/ (Astro i18n with
// prefixDefaultLocale: false). The deploy base (BASE_PATH) is added last, by withBase().
import type { Lang } from "./types.ts";

const LANGS: readonly Lang[] = ["ja", "en"];
const DEFAULT_LANG: Lang = "ja";

/** Ensures a leading and a trailing slash: "aioi" → "/aioi/"; "" → "/". */
export function normalizePath(path: string): string {
  const parts = path.split("/").filter((p) => p !== "");
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}

/** The path of a page in a language: ("/aioi/", "en") → "/en/aioi/"; ("/", "ja") → "/". */
export function localizedPath(path: string, lang: Lang): string {
  const hashAt = path.indexOf("#");
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const p = normalizePath(hashAt === -1 ? path : path.slice(0, hashAt));
  return (lang === DEFAULT_LANG ? p : normalizePath(`/${lang}${p}`)) + hash;
}

/** The language-neutral path and language of a site path: "/en/aioi/" → { path: "/aioi/", lang: "en" }. */
export function parseLocalizedPath(sitePath: string): { path: string; lang: Lang } {
  const p = normalizePath(sitePath);
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG) continue;
    if (p === `/${lang}/`) return { path: "/", lang };
    if (p.startsWith(`/${lang}/`)) return { path: p.slice(lang.length + 1), lang };
  }
  return { path: p, lang: DEFAULT_LANG };
}

export function otherLang(lang: Lang): Lang {
  return lang === "ja" ? "en" : "ja";
}

/**
 * Prefixes the deploy base: ("/aioi/", "/plan-publisher/") → "/plan-publisher/aioi/".
 * Keeps a "#fragment" and file paths such as "/data/site.json" as they are.
 */
export function withBase(path: string, base: string): string {
  const b = base.endsWith("/") ? base.slice(0, -1) : base;
  const p = path.startsWith("/") ? path : `/${path}`;
  return `${b}${p}`;
}

/** Paths of the pages, language-neutral. One place, so that links and routes agree. */
export const routes = {
  home: (): string => "/",
  plan: (planId: string): string => `/${planId}/`,
  planNumbers: (planId: string): string => `/${planId}/numbers/`,
  /** The goal's section on the plan overview. */
  goal: (planId: string, goal: number): string => `/${planId}/#goal-${goal}`,
  /** The goal's own page: its policies and measures with their KPI status. */
  goalPage: (planId: string, goal: number): string => `/${planId}/goals/${goal}/`,
  /** The KPI dashboard of one goal. */
  goalKpis: (planId: string, goal: number): string => `/${planId}/kpi/${goal}/`,
  measure: (planId: string, number: string): string => `/${planId}/${number}/`,
  kpis: (planId: string): string => `/${planId}/kpi/`,
  project: (projectId: string): string => `/${projectId}/`,
  roadmap: (projectId: string): string => `/${projectId}/roadmap/`,
  glossary: (): string => "/glossary/",
  about: (): string => "/about/",
  translations: (): string => "/translations/",
  search: (): string => "/search/",
  /** Data files exist once, not per language. */
  siteJson: (): string => "/data/site.json",
  documentJson: (id: string): string => `/data/${id}.json`,
  kpiCsv: (planId: string): string => `/data/${planId}-kpis.csv`,
};

/** First path segments the site itself uses: a plan or project id must not be one of these. */
export const RESERVED_IDS: readonly string[] = [
  "en",
  "ja",
  "data",
  "glossary",
  "about",
  "translations",
  "search",
  "pagefind",
  "_astro",
  "404",
];
