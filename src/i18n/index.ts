// Interface text by locale, and the small formatting helpers pages share. The dictionaries are
// data (src/i18n/<code>.json, or the file a locale names in site.config.yaml); a key missing from
// one is taken from the locale's fallbacks, ending with Japanese, which has every key.
import { readFileSync } from "node:fs";
import type { Lang, Period, Text } from "../lib/types.ts";
import { resolveText } from "../lib/i18n-text.ts";
import { formatFiscalYear } from "../lib/wareki.ts";
import { localeOf } from "../lib/locales.ts";
import { siteConfig } from "../lib/config/index.ts";
import { fmt } from "../lib/fmt.ts";
import type { KpiStatus } from "../lib/kpi.ts";
import { directionOf, formatValue, keepsLevel } from "../lib/kpi.ts";
import type { Kpi } from "../lib/types.ts";
import { textAlternative } from "../lib/kpi-chart.ts";
import ja from "./ja.json" with { type: "json" };

/** The shape of the interface text: every key the Japanese dictionary has. */
export type Dict = typeof ja;

const merged = new Map<Lang, Dict>();

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => v !== null && typeof v === "object" && !Array.isArray(v);

/** `base` with every value `over` gives for a key that `base` has (arrays are values). */
function overlay(base: Tree, over: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(base)) {
    const o = over[k];
    out[k] = isTree(v) ? (isTree(o) ? overlay(v, o) : v) : o !== undefined && typeof o === typeof v ? o : v;
  }
  return out;
}

function readDictionary(lang: Lang): Tree {
  return JSON.parse(readFileSync(localeOf(lang).dictionary, "utf8")) as Tree;
}

/** The interface text of a locale: t("en").measure.kpis → "KPI targets". */
export function t(lang: Lang): Dict {
  let d = merged.get(lang);
  if (!d) {
    const chain = [lang, ...localeOf(lang).fallback].filter((c) => c !== "ja").reverse();
    d = chain.reduce<Tree>((acc, code) => overlay(acc, readDictionary(code)), ja) as Dict;
    // site.config.yaml may name the site; the dictionary's siteName is the default.
    const name = siteConfig().siteName;
    if (name) d = { ...d, siteName: resolveText(name, lang).value };
    merged.set(lang, d);
  }
  return d;
}

export { fmt } from "../lib/fmt.ts";

// Built once per locale: creating Intl formatters is slow, and every page shows a date.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date for reading: ja 2025年11月26日, en 26 November 2025. */
export function formatDate(isoDate: string, lang: Lang): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(t(lang).dates.intlLocale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(lang, f);
  }
  return f.format(d);
}

/** A ratio as a whole percentage with a true minus sign: -1.366 → "−137%". */
export function formatPercent(ratio: number): string {
  const n = Math.round(ratio * 100);
  return `${n < 0 ? "\u2212" : ""}${Math.abs(n)}%`;
}

/** A period of fiscal years: ja 令和8年度 (2026)～令和12年度 (2030). */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.from === period.to) return fiscalYear(period.from, lang);
  return fmt(t(lang).dates.periodRange, { from: fiscalYear(period.from, lang), to: fiscalYear(period.to, lang) });
}

/** A fiscal year for reading: ja 令和6年度 (2024), en FY2024 (Reiwa 6). */
export function fiscalYear(year: number, lang: Lang): string {
  return formatFiscalYear(year, t(lang).dates.fiscalYear);
}

/**
 * A plain-text label "6-1-1 定住の促進と関係人口の拡大" for breadcrumbs and <title>, with the
 * locale of the text shown (a fallback language when untranslated) and the missing-title marker.
 */
export function numberedLabel(
  number: string | number,
  title: Text | undefined,
  lang: Lang,
): { label: string; labelLang: Lang } {
  if (!title) return { label: `${number} ${t(lang).text.titleMissing}`, labelLang: lang };
  const r = resolveText(title, lang);
  return { label: `${number} ${r.value}`, labelLang: r.lang };
}

/** A KPI status in words: achieved → 達成 / achieved. */
export function statusLabel(status: KpiStatus, lang: Lang): string {
  return t(lang).statusLabels[status];
}

/** The KPI chart in words, in the page's language (figcaption of the chart). */
export function kpiTextAlternative(kpi: Kpi, lang: Lang): string {
  const d = t(lang);
  return textAlternative(kpi, {
    label: resolveText(kpi.label, lang).value,
    templates: d.chartText,
    keepLevel: { maintain: d.kpiDirection.chartMaintain, "maintain-or-lower": d.kpiDirection.chartMaintainOrLower },
    status: d.statusLabels,
  });
}

/** What a KPI's status means, in a sentence: a KPI that keeps a level says so in its own words. */
export function kpiStatusSentence(kpi: Kpi, status: KpiStatus, lang: Lang): string {
  const d = t(lang);
  if (keepsLevel(directionOf(kpi)) && (status === "achieved" || status === "moving-away"))
    return d.kpiDirection.maintainStatus[status];
  return d.status[status];
}

/** Which way is better, for the reader: "" for increase KPIs, the usual case. */
export function kpiDirectionNote(kpi: Kpi, lang: Lang): string {
  const d = t(lang);
  const level = formatValue(kpi.target, kpi.unit);
  switch (directionOf(kpi)) {
    case "increase":
      return "";
    case "decrease":
      return d.measure.decrease;
    case "maintain":
      return fmt(d.kpiDirection.maintainNote, { level });
    case "maintain-or-lower":
      return fmt(d.kpiDirection.maintainOrLowerNote, { level });
  }
}
