// Japanese era (和暦) names for fiscal years. Plans print years as 令和6 or R6, while the data
// stores the Gregorian year a fiscal year starts in (令和6年度 = 2024), so pages convert both ways.
// Only 平成 and 令和 are needed: municipal plans in scope start no earlier than 1989.
import { fmt } from "./fmt.ts";

export type Era = "平成" | "令和";

export interface Wareki {
  era: Era;
  /** Year within the era; 1 is written 元. */
  year: number;
  /** e.g. 令和6年度, 令和元年度. */
  label: string;
}

/** Supported fiscal years, both ends included. */
const MIN_FISCAL_YEAR = 1989;
const MAX_FISCAL_YEAR = 2100;

interface EraDef {
  name: Era;
  romaji: "Heisei" | "Reiwa";
  /** Gregorian fiscal year of the era's year 1. */
  start: number;
  /** Last year number that may be written in this era. */
  maxYear: number;
}

// 令和 began on 1 May 2019, inside FY2019, so FY2019 is both 平成31年度 and 令和元年度.
// We write 令和元年度 (the name in use for most of that year) but still accept 平成31.
const REIWA: EraDef = {
  name: "令和",
  romaji: "Reiwa",
  start: 2019,
  maxYear: MAX_FISCAL_YEAR - 2018,
};
const HEISEI: EraDef = {
  name: "平成",
  romaji: "Heisei",
  start: 1989,
  maxYear: 31,
};

function eraOf(fiscalYear: number): EraDef {
  return fiscalYear >= REIWA.start ? REIWA : HEISEI;
}

function checkRange(fiscalYear: number, shown: string): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
    throw new Error(
      `年度が範囲外です（${MIN_FISCAL_YEAR}〜${MAX_FISCAL_YEAR}年度、平成元年度〜令和${REIWA.maxYear}年度に対応）: ${shown} / ` +
        `Fiscal year out of range (supported: ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}, Heisei 1 to Reiwa ${REIWA.maxYear}): ${shown}`,
    );
  }
}

/** 2024 → { era: "令和", year: 6, label: "令和6年度" }; 2019 → 令和元年度. */
export function toWareki(fiscalYear: number): Wareki {
  checkRange(fiscalYear, String(fiscalYear));
  const era = eraOf(fiscalYear);
  const year = fiscalYear - era.start + 1;
  return {
    era: era.name,
    year,
    label: `${era.name}${year === 1 ? "元" : year}年度`,
  };
}

// Accepts 令和6, 令和6年度, 令和６ (full-width), R6, r6, Ｒ６, H29, Reiwa 6, 令和元.
const PATTERN = /^(令和|平成|reiwa|heisei|r|h)(元|\d+)(年度|年)?$/i;

/** "令和6" / "R6" / "令和６" → 2024; "平成29" → 2017. Throws on anything else. */
export function fromWareki(text: string): number {
  // NFKC folds full-width digits and letters (６, Ｒ) to ASCII.
  const normalized = text.normalize("NFKC").replace(/\s+/g, "");
  const match = PATTERN.exec(normalized);
  if (!match) {
    throw new Error(
      `和暦の年度として読み取れません（例: 令和6、R6、平成29）: "${text}" / ` +
        `Cannot read a Japanese era year (e.g. 令和6, R6, 平成29): "${text}"`,
    );
  }
  const prefix = match[1].toLowerCase();
  const era = prefix === "令和" || prefix === "reiwa" || prefix === "r" ? REIWA : HEISEI;
  const year = match[2] === "元" ? 1 : Number(match[2]);
  if (year === 0) {
    throw new Error(
      `${era.name}0年はありません（最初の年は元年です）: "${text}" / ` +
        `There is no year 0 of ${era.romaji} (the first year is 元年, year 1): "${text}"`,
    );
  }
  if (era === HEISEI && year > HEISEI.maxYear) {
    throw new Error(`平成は31年度（2019年度）までです: "${text}" / Heisei ends at year 31 (FY2019): "${text}"`);
  }
  const fiscalYear = era.start + year - 1;
  checkRange(fiscalYear, `"${text}"`);
  return fiscalYear;
}

/**
 * A fiscal year through a template with {wareki} (令和6年度), {year} (2024), {era} (Reiwa) and
 * {eraYear} (6): "{wareki} ({year})" → "令和6年度 (2024)"; "FY{year} ({era} {eraYear})" → "FY2024 (Reiwa 6)".
 * The templates live in the locale dictionaries (dates.fiscalYear).
 */
export function formatFiscalYear(fiscalYear: number, template: string): string {
  const w = toWareki(fiscalYear);
  const vars: Record<string, string> = {
    wareki: w.label,
    year: String(fiscalYear),
    era: eraOf(fiscalYear).romaji,
    eraYear: String(w.year),
  };
  return fmt(template, vars);
}

/** The fiscal year a day falls in, as the Japanese calendar counts it (April to March, Japan time): 2026-03-31 → 2025. */
export function fiscalYearOf(day: Date): number {
  const japan = new Date(day.getTime() + 9 * 3600 * 1000);
  return japan.getUTCMonth() >= 3 ? japan.getUTCFullYear() : japan.getUTCFullYear() - 1;
}
