import { describe, expect, it } from "vitest";
import type { Kpi, Value } from "../../src/lib/types.ts";
import { chartModel } from "../../src/lib/kpi-chart.ts";
import { kpiTextAlternative as textAlternative } from "../../src/i18n/index.ts";

const v = (fiscalYear: number, value: number, decimals?: number): Value =>
  decimals === undefined ? { fiscalYear, value } : { fiscalYear, value, decimals };

function kpi(actuals: Value[], target: Value, extra: Partial<Kpi> = {}): Kpi {
  return {
    id: "t-1",
    label: { ja: "テスト指標" },
    unit: "%",
    actuals: actuals as Kpi["actuals"],
    target,
    ...extra,
  };
}

// 6-1-1 of 第6次相生市総合計画.
const kpi611 = kpi([v(2020, 70.0, 1), v(2024, 65.9, 1)], v(2030, 73), {
  id: "6-1-1-1",
  label: {
    ja: "相生市に住み続けたいと思う人の割合",
    en: "Share of people who want to keep living in Aioi",
  },
});
const size = { width: 400, height: 240 }; // default margins → plot x 48–376, y 16–204

describe("chartModel", () => {
  const m = chartModel(kpi611, size);

  it("lays the plot inside the margins", () => {
    expect(m.width).toBe(400);
    expect(m.height).toBe(240);
    expect(m.plot).toEqual({ left: 48, top: 16, right: 376, bottom: 204 });
  });

  it("runs the year axis from baseline to target", () => {
    expect(m.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(m.xTicks).toHaveLength(11);
    expect(m.xTicks[0]).toEqual({
      fiscalYear: 2020,
      x: 48,
      labelled: true,
      label: "2020",
      eraLabel: "R2",
    });
    expect(m.xTicks[4]).toEqual({
      fiscalYear: 2024,
      x: 179.2,
      labelled: true,
      label: "2024",
      eraLabel: "R6",
    });
    expect(m.xTicks[10]).toEqual({
      fiscalYear: 2030,
      x: 376,
      labelled: true,
      label: "2030",
      eraLabel: "R12",
    });
    expect(m.xTicks.filter((t) => t.labelled).map((t) => t.fiscalYear)).toEqual([2020, 2024, 2030]);
  });

  it("pads the value range and rounds it to tick steps", () => {
    // Figures 65.9–73: padded by 0.71 each side, step 2 → 64–74.
    expect(m.yDomain).toEqual({ min: 64, max: 74 });
    expect(m.yTicks.map((t) => [t.value, t.y, t.label])).toEqual([
      [64, 204, "64"],
      [66, 166.4, "66"],
      [68, 128.8, "68"],
      [70, 91.2, "70"],
      [72, 53.6, "72"],
      [74, 16, "74"],
    ]);
  });

  it("places actuals and the flagged target", () => {
    expect(m.points).toEqual([
      {
        fiscalYear: 2020,
        value: 70,
        x: 48,
        y: 91.2,
        kind: "baseline",
        isTarget: false,
        label: "70.0%",
      },
      {
        fiscalYear: 2024,
        value: 65.9,
        x: 179.2,
        y: 168.28,
        kind: "actual",
        isTarget: false,
        label: "65.9%",
      },
      {
        fiscalYear: 2030,
        value: 73,
        x: 376,
        y: 34.8,
        kind: "target",
        isTarget: true,
        label: "73%",
      },
    ]);
    expect(m.actualLine).toEqual([
      { x: 48, y: 91.2 },
      { x: 179.2, y: 168.28 },
    ]);
    expect(m.guideLine).toEqual({
      from: { x: 48, y: 91.2 },
      to: { x: 376, y: 34.8 },
    });
    expect(m.status).toBe("moving-away");
  });

  it("keeps every y inside the plot", () => {
    for (const pt of m.points) {
      expect(pt.y).toBeGreaterThanOrEqual(m.plot.top);
      expect(pt.y).toBeLessThanOrEqual(m.plot.bottom);
    }
  });

  it("does not go below 0 or above 100% for percentages", () => {
    const low = chartModel(kpi([v(2020, 1), v(2024, 3)], v(2030, 10)), size);
    expect(low.yDomain.min).toBe(0);
    const high = chartModel(kpi([v(2020, 90), v(2024, 95)], v(2030, 99.5)), size);
    expect(high.yDomain.max).toBe(100);
    // Other units may go past 100.
    const count = chartModel(kpi([v(2020, 90), v(2024, 95)], v(2030, 99.5), { unit: "件" }), size);
    expect(count.yDomain.max).toBeGreaterThan(100);
  });

  it("uses decimal ticks for small ranges", () => {
    const m2 = chartModel(kpi([v(2020, 1.2), v(2024, 1.35)], v(2030, 1.5), { unit: "人" }), size);
    // Spread 0.3 → step 0.1; padded 1.17–1.53 → 1.1–1.6.
    expect(m2.yDomain).toEqual({ min: 1.1, max: 1.6 });
    expect(m2.yTicks.map((t) => t.label)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]);
    const m3 = chartModel(kpi([v(2020, 0.12), v(2024, 0.135)], v(2030, 0.15), { unit: "t" }), size);
    expect(m3.yDomain).toEqual({ min: 0.11, max: 0.16 });
    expect(m3.yTicks.map((t) => t.label)).toEqual(["0.11", "0.12", "0.13", "0.14", "0.15", "0.16"]);
    expect(m3.yTicks.at(-1)!.y).toBe(16);
    expect(m3.yTicks[0].y).toBe(204);
  });

  it("copes with a flat series", () => {
    const flat = chartModel(kpi([v(2020, 80), v(2024, 80)], v(2030, 80)), size);
    expect(flat.yDomain).toEqual({ min: 60, max: 100 });
    expect(flat.points.every((pt) => pt.y === 110)).toBe(true);
  });

  it("centres a single-year axis", () => {
    const one = chartModel(kpi([v(2024, 10)], v(2024, 20)), size);
    expect(one.years).toEqual([2024]);
    expect(one.points.map((pt) => pt.x)).toEqual([212, 212]);
    expect(one.status).toBe("no-data");
  });

  it("widens the axis for an actual after the target year", () => {
    expect(chartModel(kpi([v(2020, 10), v(2031, 30)], v(2030, 20)), size).years.at(-1)).toBe(2031);
  });

  it("thins year labels that would collide, keeping the target year", () => {
    // Plot 100 px over 10 years = 10 px a year; gap 36 px.
    const narrow = chartModel(kpi([v(2020, 1), v(2022, 2), v(2024, 3), v(2029, 4)], v(2030, 5)), {
      width: 172,
      height: 240,
    });
    expect(narrow.xTicks.filter((t) => t.labelled).map((t) => t.fiscalYear)).toEqual([2020, 2024, 2030]);
  });

  it("accepts custom margins and rejects sizes with no room", () => {
    const custom = chartModel(kpi611, {
      ...size,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    expect(custom.plot).toEqual({ left: 0, top: 0, right: 400, bottom: 240 });
    expect(() => chartModel(kpi611, { width: 60, height: 240 })).toThrow(/Chart size 60×240/);
  });
});

describe("textAlternative", () => {
  it("describes 6-1-1 in Japanese", () => {
    expect(textAlternative(kpi611, "ja")).toBe(
      "相生市に住み続けたいと思う人の割合: 基準値 70.0%（令和2年度）、最新値 65.9%（令和6年度）、目標値 73%（令和12年度）。状況: 悪化。",
    );
  });

  it("describes 6-1-1 in English", () => {
    expect(textAlternative(kpi611, "en")).toBe(
      "Share of people who want to keep living in Aioi: baseline 70.0% (FY2020), latest 65.9% (FY2024), target 73% (FY2030). Status: moving away.",
    );
  });

  it("gives the pace while on the way", () => {
    const k = kpi([v(2020, 47.8, 1), v(2024, 50.2, 1)], v(2030, 54), {
      label: { ja: "市役所満足度" },
    });
    expect(textAlternative(k, "ja")).toBe(
      "市役所満足度: 基準値 47.8%（令和2年度）、最新値 50.2%（令和6年度）、目標値 54%（令和12年度）。目標までの道のりの39%を進みました（期間の経過は40%）。状況: 順調。",
    );
    // No English label: falls back to the Japanese one.
    expect(textAlternative(k, "en")).toBe(
      "市役所満足度: baseline 47.8% (FY2020), latest 50.2% (FY2024), target 54% (FY2030). 39% of the way to the target, with 40% of the period elapsed. Status: on track.",
    );
  });

  it("says when only the baseline exists", () => {
    const k = kpi([v(2020, 25.0, 1)], v(2030, 34));
    expect(textAlternative(k, "ja")).toBe(
      "テスト指標: 基準値 25.0%（令和2年度）、目標値 34%（令和12年度）。基準値の後の実績はまだありません。状況: 実績なし。",
    );
    expect(textAlternative(k, "en")).toBe(
      "テスト指標: baseline 25.0% (FY2020), target 34% (FY2030). No figures since the baseline yet. Status: no data yet.",
    );
  });

  it.each([
    [
      "a maintain KPI: the level it keeps, no pace",
      kpi([v(2020, 80), v(2024, 78)], v(2030, 80), { direction: "maintain", label: { ja: "自治会への加入率" } }),
      "ja",
      "自治会への加入率（80%以上を保つ指標）: 基準値 80%（令和2年度）、最新値 78%（令和6年度）、目標値 80%（令和12年度）。状況: 悪化。",
    ],
    [
      "a maintain-or-lower KPI",
      kpi([v(2020, 0), v(2024, 0)], v(2030, 0), {
        unit: "件",
        direction: "maintain-or-lower",
        label: { ja: "食中毒の発生件数", en: "Food poisoning cases" },
      }),
      "en",
      "Food poisoning cases (to keep at or below 0件): baseline 0件 (FY2020), latest 0件 (FY2024), target 0件 (FY2030). Status: achieved.",
    ],
    [
      "a decrease KPI half the way: 6件 → 4件 aiming at 2件",
      kpi([v(2020, 6), v(2024, 4)], v(2030, 2), {
        unit: "件",
        direction: "decrease",
        label: { ja: "結核による新規登録患者数" },
      }),
      "ja",
      "結核による新規登録患者数（低いほど良い指標）: 基準値 6件（令和2年度）、最新値 4件（令和6年度）、目標値 2件（令和12年度）。目標までの道のりの50%を進みました（期間の経過は40%）。状況: 順調。",
    ],
  ])("notes which way is better: %s", (_name, k, lang, text) => {
    expect(textAlternative(k, lang)).toBe(text);
  });

  it("notes decrease KPIs and leaves out the pace once achieved", () => {
    const k = kpi([v(2020, 20), v(2024, 0)], v(2030, 0), {
      unit: "人",
      direction: "decrease",
      label: { ja: "待機児童数", en: "Children on waiting lists" },
    });
    expect(textAlternative(k, "ja")).toBe(
      "待機児童数（低いほど良い指標）: 基準値 20人（令和2年度）、最新値 0人（令和6年度）、目標値 0人（令和12年度）。状況: 達成。",
    );
    expect(textAlternative(k, "en")).toBe(
      "Children on waiting lists (lower is better): baseline 20人 (FY2020), latest 0人 (FY2024), target 0人 (FY2030). Status: achieved.",
    );
  });
});
