// Interface dictionaries (src/i18n/*.json) and the formatting helpers in src/i18n.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaryProblems } from "../../src/lib/config/dictionary.ts";
import { fmt, formatDate, formatPercent, formatPeriod, numberedLabel, t } from "../../src/i18n/index.ts";

const i18nDir = path.resolve(import.meta.dirname, "../../src/i18n");
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(i18nDir, name), "utf8"));
const ja = read("ja.json");
const shipped = readdirSync(i18nDir).filter((n) => n.endsWith(".json") && n !== "ja.json");

/** Dotted key paths of an object; arrays count as leaves. */
function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("dictionaries", () => {
  it.each(shipped)("%s has every key of ja.json, no other, no empty text and the same placeholders", (name) => {
    const d = read(name);
    expect(dictionaryProblems(d, ja)).toEqual([]);
    expect(keys(d).sort()).toEqual(keys(ja).sort());
  });

  it("reports unknown keys, empty text and changed placeholders of a dictionary", () => {
    const bad = { siteName: "", nav: { hom: "Home" }, plan: { goal: "Goal {x}" } };
    expect(dictionaryProblems(bad, ja)).toEqual([
      "siteName: must be a non-empty text",
      "nav.hom: unknown key",
      "plan.goal: placeholders must be {n}",
    ]);
  });

  it("t() picks the language", () => {
    expect(t("ja").measure.kpis).toBe("めざそう値");
    expect(t("en").measure.kpis).toBe("KPI targets");
    expect(t("en").text.notTranslated).toBe("Not yet translated — shown in Japanese");
  });
});

describe("formatting", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(fmt("施策 {n}", { n: "6-1" })).toBe("施策 6-1");
    expect(fmt("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("percentages use a true minus sign", () => {
    expect(formatPercent(-1.3666)).toBe("\u2212137%");
    expect(formatPercent(0.3871)).toBe("39%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("periods in both calendars", () => {
    expect(formatPeriod({ from: 2026, to: 2030 }, "ja")).toBe("令和8年度 (2026)～令和12年度 (2030)");
    expect(formatPeriod({ from: 2024, to: 2024 }, "ja")).toBe("令和6年度 (2024)");
    expect(formatPeriod({ from: 2017, to: 2046 }, "en")).toBe("FY2017 (Heisei 29) to FY2046 (Reiwa 28)");
  });

  it("dates", () => {
    expect(formatDate("2025-04-01", "ja")).toBe("2025年4月1日");
    expect(formatDate("2025-04-01", "en")).toBe("1 April 2025");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });

  it("numbered labels mark missing titles and untranslated ones", () => {
    expect(numberedLabel("6-1-3", undefined, "ja")).toEqual({ label: "6-1-3 タイトル未設定", labelLang: "ja" });
    expect(numberedLabel("6-1-3", undefined, "en")).toEqual({ label: "6-1-3 Title not yet set", labelLang: "en" });
    expect(numberedLabel("6-1-1", { ja: "定住" }, "en")).toEqual({ label: "6-1-1 定住", labelLang: "ja" });
    expect(numberedLabel("6-1-1", { ja: "定住", en: "Settlement" }, "en")).toEqual({
      label: "6-1-1 Settlement",
      labelLang: "en",
    });
  });
});
