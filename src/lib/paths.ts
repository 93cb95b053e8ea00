// URL paths of the site. Pages are addressed by a language-neutral path such as
// "/aioi/6-1-1/"; the source language (ja) lives at that path and every other configured locale
// under /<code>/ (src/lib/locales.ts). The deploy base (BASE_PATH) is added last, by withBase().
import { locales, sourceLang } from "./locales.ts";
import type { Lang } from "./types.ts";

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
  return (lang === sourceLang() ? p : normalizePath(`/${lang}${p}`)) + hash;
}

/** The language-neutral path and language of a site path: "/en/aioi/" → { path: "/aioi/", lang: "en" }. */
export function parseLocalizedPath(sitePath: string): { path: string; lang: Lang } {
  const p = normalizePath(sitePath);
  for (const { code } of locales().slice(1)) {
    if (p === `/${code}/`) return { path: "/", lang: code };
    if (p.startsWith(`/${code}/`)) return { path: p.slice(code.length + 1), lang: code };
  }
  return { path: p, lang: sourceLang() };
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
  /** A page of the plan overview's list of goals: the overview itself for page 1. */
  planPage: (planId: string, page: number): string => (page <= 1 ? `/${planId}/` : `/${planId}/page/${page}/`),
  planNumbers: (planId: string): string => `/${planId}/numbers/`,
  /** The goal's section on the plan overview (on its page of the overview, see overviewPageOf). */
  goal: (planId: string, goal: number, page = 1): string =>
    `${page <= 1 ? `/${planId}/` : `/${planId}/page/${page}/`}#goal-${goal}`,
  /** The goal's own page: its policies and measures with their KPI status. */
  goalPage: (planId: string, goal: number): string => `/${planId}/goals/${goal}/`,
  /** The KPI dashboard of one goal. */
  goalKpis: (planId: string, goal: number): string => `/${planId}/kpi/${goal}/`,
  measure: (planId: string, number: string): string => `/${planId}/${number}/`,
  kpis: (planId: string): string => `/${planId}/kpi/`,
  project: (projectId: string): string => `/${projectId}/`,
  /** The roadmap overview: the legend and each course in brief, with links to the course pages. */
  roadmap: (projectId: string): string => `/${projectId}/roadmap/`,
  /** One course of a roadmap (timeline and table); a long course continues on pages 2, 3, … */
  roadmapCourse: (projectId: string, courseId: string, page = 1): string =>
    `/${projectId}/roadmap/${courseId}/${page > 1 ? `${page}/` : ""}`,
  /** The history of changes of a plan or project (its whole folder: plan, strategy, measures). */
  history: (docId: string): string => `/${docId}/history/`,
  glossary: (): string => "/glossary/",
  about: (): string => "/about/",
  translations: (): string => "/translations/",
  search: (): string => "/search/",
  /** Data files exist once, not per language. */
  siteJson: (): string => "/data/site.json",
  documentJson: (id: string): string => `/data/${id}.json`,
  kpiCsv: (planId: string): string => `/data/${planId}-kpis.csv`,
};

/**
 * First path segments the site itself uses: a plan or project id must not be one of these,
 * nor a configured locale code (reservedIds()).
 */
const RESERVED_IDS: readonly string[] = [
  "ja",
  "en",
  "data",
  "glossary",
  "about",
  "translations",
  "search",
  "pagefind",
  "_astro",
  "404",
];

export function reservedIds(): string[] {
  return [...new Set([...RESERVED_IDS, ...locales().map((l) => l.code)])];
}
