// Interface text by language, and the small formatting helpers pages share.
import type { Lang, Period } from "../lib/types.ts";
import { formatFiscalYear } from "../lib/wareki.ts";
import { ja } from "./ja.ts";
import type { Dict } from "./ja.ts";
import { en } from "./en.ts";

export type { Dict };

const dictionaries: Record<Lang, Dict> = { ja, en };

/** The interface text of a language: t("en").measure.kpis → "KPI targets". */
export function t(lang: Lang): Dict {
  return dictionaries[lang];
}

/** Fills {name} placeholders: fmt("施策 {n}", { n: "6-1" }) → "施策 6-1". */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A YYYY-MM-DD date for reading: ja 2025年11月26日, en 26 November 2025. */
export function formatDate(isoDate: string, lang: Lang): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return dateFormats[lang].format(d);
}
const dateOptions: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
// Built once: creating Intl formatters is slow, and every page shows a date.
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat("ja-JP", dateOptions),
  en: new Intl.DateTimeFormat("en-GB", dateOptions),
};

/** A ratio as a whole percentage with a true minus sign: -1.366 → "−137%". */
export function formatPercent(ratio: number): string {
  const n = Math.round(ratio * 100);
  return `${n < 0 ? "\u2212" : ""}${Math.abs(n)}%`;
}

/** A period of fiscal years: ja 令和8年度 (2026)～令和12年度 (2030). */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.from === period.to) return formatFiscalYear(period.from, lang);
  return fmt(t(lang).dates.periodRange, {
    from: formatFiscalYear(period.from, lang),
    to: formatFiscalYear(period.to, lang),
  });
}

/**
 * A plain-text label "6-1-1 定住の促進と関係人口の拡大" for breadcrumbs and <title>, with the
 * language of the title (Japanese when an English page falls back) and the missing-title marker.
 */
export function numberedLabel(
  number: string | number,
  title: { ja: string; en?: string } | undefined,
  lang: Lang,
): { label: string; labelLang: Lang } {
  if (!title) return { label: `${number} ${t(lang).text.titleMissing}`, labelLang: lang };
  const useEn = lang === "en" && title.en !== undefined && title.en.trim() !== "";
  return { label: `${number} ${useEn ? title.en : title.ja}`, labelLang: useEn || lang === "ja" ? lang : "ja" };
}
