import { describe, expect, it } from "vitest";
import { formatFiscalYear, fromWareki, toWareki } from "../../src/lib/wareki.ts";

// Years that occur in the seed documents, both directions.
const table: Array<[string, number, string, number]> = [
  ["平成29", 2017, "平成", 29],
  ["令和2", 2020, "令和", 2],
  ["令和6", 2024, "令和", 6],
  ["令和8", 2026, "令和", 8],
  ["令和12", 2030, "令和", 12],
  ["令和28", 2046, "令和", 28],
];

describe("fromWareki", () => {
  it.each(table)("%s → %i", (text, year) => {
    expect(fromWareki(text)).toBe(year);
  });

  it.each([
    ["R6", 2024],
    ["r6", 2024],
    ["令和６", 2024],
    ["Ｒ６", 2024],
    ["令和6年度", 2024],
    ["令和 6 年度", 2024],
    ["H29", 2017],
    ["Reiwa 6", 2024],
    ["平成元", 1989],
    ["平成元年度", 1989],
    ["平成31", 2019],
    ["令和元", 2019],
    ["R1", 2019],
    ["令和82", 2100],
  ])("accepts %s → %i", (text, year) => {
    expect(fromWareki(text)).toBe(year);
  });

  it.each([
    ["令和0", /令和0年はありません.*There is no year 0 of Reiwa/],
    ["平成0", /平成0年はありません.*There is no year 0 of Heisei/],
    ["平成32", /平成は31年度.*Heisei ends at year 31/],
    ["令和83", /年度が範囲外.*Fiscal year out of range/],
    ["昭和60", /読み取れません.*Cannot read/],
    ["2024", /読み取れません.*Cannot read/],
    ["", /読み取れません.*Cannot read/],
    ["令和六", /読み取れません.*Cannot read/],
    ["令和6.5", /読み取れません.*Cannot read/],
  ])("rejects %s", (text, message) => {
    expect(() => fromWareki(text)).toThrow(message);
  });
});

describe("toWareki", () => {
  it.each(table)("%s ← %i", (text, year, era, n) => {
    expect(toWareki(year)).toEqual({ era, year: n, label: `${text}年度` });
  });

  it("writes 元 for the first year of an era", () => {
    expect(toWareki(1989)).toEqual({
      era: "平成",
      year: 1,
      label: "平成元年度",
    });
    // FY2019 is also 平成31年度; we show 令和元年度.
    expect(toWareki(2019)).toEqual({
      era: "令和",
      year: 1,
      label: "令和元年度",
    });
    expect(toWareki(2018)).toEqual({
      era: "平成",
      year: 30,
      label: "平成30年度",
    });
  });

  it("round-trips every supported year", () => {
    for (let y = 1989; y <= 2100; y++) {
      const w = toWareki(y);
      expect(fromWareki(`${w.era}${w.year}`)).toBe(y);
      expect(fromWareki(w.label)).toBe(y);
    }
  });

  it.each([1988, 2101, 2024.5, Number.NaN])("rejects %s", (year) => {
    expect(() => toWareki(year)).toThrow(/年度が範囲外.*Fiscal year out of range/);
  });
});

describe("formatFiscalYear", () => {
  it("formats in Japanese with the Gregorian year", () => {
    expect(formatFiscalYear(2024, "{wareki} ({year})")).toBe("令和6年度 (2024)");
    expect(formatFiscalYear(2019, "{wareki} ({year})")).toBe("令和元年度 (2019)");
    expect(formatFiscalYear(2017, "{wareki} ({year})")).toBe("平成29年度 (2017)");
  });

  it("formats in English with the era", () => {
    expect(formatFiscalYear(2024, "FY{year} ({era} {eraYear})")).toBe("FY2024 (Reiwa 6)");
    expect(formatFiscalYear(2019, "FY{year} ({era} {eraYear})")).toBe("FY2019 (Reiwa 1)");
    expect(formatFiscalYear(2017, "FY{year} ({era} {eraYear})")).toBe("FY2017 (Heisei 29)");
  });

  it("throws out of range", () => {
    expect(() => formatFiscalYear(1900, "FY{year} ({era} {eraYear})")).toThrow(/Fiscal year out of range/);
  });
});
