// A change (change.ts) as a sentence in a page's language, from the dictionaries
// (history.changes, history.sections, history.words, progress.labels; short fiscal years as the
// chart writes them, chartText.year): e.g.
// めざそう値 6-1-1-1 に令和7年度の実績値 66.4% を追加 / KPI 6-1-1-1: actual value for FY2025, 66.4%, added.
import { fmt, t } from "../../i18n/index.ts";
import { formatValue } from "../kpi.ts";
import { circled } from "../numbers.ts";
import type { Lang } from "../types.ts";
import { formatFiscalYear } from "../wareki.ts";
import type { Change, Param } from "./change.ts";
import type { Subject } from "./subject.ts";

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** A language code in the page's language: en → 英語 / English. */
function languageName(code: string, lang: Lang): string {
  let names = languageNames.get(lang);
  if (!names)
    languageNames.set(lang, (names = new Intl.DisplayNames([t(lang).dates.intlLocale], { type: "language" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function paramText(p: Param, lang: Lang): string {
  const d = t(lang);
  const year = (y: number): string => {
    try {
      return formatFiscalYear(y, d.chartText.year);
    } catch {
      return String(y); // an old version may hold a year out of range
    }
  };
  if (typeof p === "string" || typeof p === "number") return String(p);
  if ("year" in p) return year(p.year);
  if ("period" in p)
    return p.period.from === p.period.to
      ? year(p.period.from)
      : fmt(d.dates.periodRange, { from: year(p.period.from), to: year(p.period.to) });
  if ("figure" in p) return Number.isFinite(p.figure.value) ? formatValue(p.figure, p.unit) : "?";
  if ("status" in p) return d.progress.labels[p.status];
  if ("action" in p) return circled(p.action);
  if ("section" in p) return d.history.sections[p.section];
  if ("word" in p) return d.history.words[p.word];
  return languageName(p.language, lang);
}

/** The sentence for one change. */
export function changeText(c: Change, lang: Lang): string {
  const vars = Object.fromEntries(Object.entries(c.params ?? {}).map(([k, p]) => [k, paramText(p, lang)]));
  return fmt(t(lang).history.changes[c.key], vars);
}

/** What a file is, as a heading: 基本施策 6-1-1 / Measure 6-1-1. */
export function subjectText(s: Subject, lang: Lang): string {
  return fmt(t(lang).history.subjects[s.kind], { name: s.name ?? "" });
}
