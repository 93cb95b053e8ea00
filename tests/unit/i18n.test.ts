// Interface dictionaries and the formatting helpers in src/i18n.
import { describe, expect, it } from "vitest";
import { ja } from "../../src/i18n/ja.ts";
import { en } from "../../src/i18n/en.ts";
import { fmt, formatDate, formatPercent, formatPeriod, numberedLabel, t } from "../../src/i18n/index.ts";

/** Dotted key paths of an object; arrays count as leaves but must match in length. */
function keys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [value as string];
}

describe("dictionaries", () => {
  it("ja and en have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort());
  });

  it("have no empty text", () => {
    for (const d of [ja, en]) for (const s of leaves(d)) expect(typeof s === "string" && s.trim() !== "").toBe(true);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (d: unknown) => {
      const out: Record<string, string> = {};
      const walk = (v: unknown, p: string) => {
        if (typeof v === "string")
          out[p] = [...v.matchAll(/\{(\w+)\}/g)]
            .map((m) => m[1])
            .sort()
            .join(",");
        else if (v && typeof v === "object") for (const [k, c] of Object.entries(v)) walk(c, `${p}.${k}`);
      };
      walk(d, "");
      return out;
    };
    expect(placeholders(en)).toEqual(placeholders(ja));
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
