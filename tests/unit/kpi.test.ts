import { describe, expect, it } from "vitest";
import type { Kpi, Value } from "../../src/lib/types.ts";
import { betterSign, directionOf, formatValue, keepsLevel, progress, ON_TRACK_TOLERANCE } from "../../src/lib/kpi.ts";
import type { KpiStatus } from "../../src/lib/kpi.ts";
import { kpiDirectionNote, kpiStatusSentence, statusLabel } from "../../src/i18n/index.ts";

const v = (fiscalYear: number, value: number, decimals?: number): Value =>
  decimals === undefined ? { fiscalYear, value } : { fiscalYear, value, decimals };

function kpi(actuals: Value[], target: Value, direction?: Kpi["direction"]): Kpi {
  return {
    id: "t-1",
    label: { ja: "テスト" },
    unit: "%",
    ...(direction ? { direction } : {}),
    actuals: actuals as Kpi["actuals"],
    target,
  };
}

// The three めざそう値 of 第6次相生市総合計画 (令和2 → 令和6 → 令和12).
const kpi611 = kpi([v(2020, 70.0, 1), v(2024, 65.9, 1)], v(2030, 73));
const kpi612 = kpi([v(2020, 47.8, 1), v(2024, 50.2, 1)], v(2030, 54));
const kpi613 = kpi([v(2020, 25.0, 1), v(2024, 27.1, 1)], v(2030, 34));

describe("progress with the seed KPIs", () => {
  it("6-1-1 fell below its baseline: moving away", () => {
    const p = progress(kpi611);
    expect(p.status).toBe("moving-away");
    expect(p.baseline).toEqual(v(2020, 70.0, 1));
    expect(p.latest).toEqual(v(2024, 65.9, 1));
    expect(p.target).toEqual(v(2030, 73));
    expect(p.ratio).toBeCloseTo(-4.1 / 3, 10);
    expect(p.expectedRatio).toBeCloseTo(0.4, 10);
  });

  it("6-1-2 covers 38.7% of the way at 40% of the time: on track within the tolerance", () => {
    const p = progress(kpi612);
    expect(p.ratio).toBeCloseTo(2.4 / 6.2, 10);
    expect(p.ratio).toBeCloseTo(0.387, 3);
    expect(p.expectedRatio).toBeCloseTo(0.4, 10);
    expect(p.ratio!).toBeLessThan(p.expectedRatio);
    expect(p.ratio!).toBeGreaterThanOrEqual(p.expectedRatio * ON_TRACK_TOLERANCE);
    expect(p.status).toBe("on-track");
  });

  it("6-1-3 covers 23.3% of the way at 40% of the time: behind", () => {
    const p = progress(kpi613);
    expect(p.ratio).toBeCloseTo(2.1 / 9, 10);
    expect(p.ratio).toBeCloseTo(0.233, 3);
    expect(p.expectedRatio).toBeCloseTo(0.4, 10);
    expect(p.status).toBe("behind");
  });
});

describe("progress rules", () => {
  it("achieved when the target is reached, even early; ratio not clamped", () => {
    const exact = progress(kpi([v(2020, 47.8), v(2024, 54)], v(2030, 54)));
    expect(exact.status).toBe("achieved");
    expect(exact.ratio).toBeCloseTo(1, 10);
    const beyond = progress(kpi([v(2020, 47.8), v(2024, 60)], v(2030, 54)));
    expect(beyond.status).toBe("achieved");
    expect(beyond.ratio).toBeCloseTo(12.2 / 6.2, 10);
  });

  it("decrease KPIs: lower is better", () => {
    // e.g. 待機児童数 20 → 12 → 0: 40% of the way at 40% of the time.
    const onTrack = progress(kpi([v(2020, 20), v(2024, 12)], v(2030, 0), "decrease"));
    expect(onTrack.ratio).toBeCloseTo(0.4, 10);
    expect(onTrack.status).toBe("on-track");
    expect(progress(kpi([v(2020, 20), v(2024, 18)], v(2030, 0), "decrease")).status).toBe("behind");
    expect(progress(kpi([v(2020, 20), v(2024, 25)], v(2030, 0), "decrease")).status).toBe("moving-away");
    expect(progress(kpi([v(2020, 20), v(2024, 0)], v(2030, 0), "decrease")).status).toBe("achieved");
    // The same rise to 25 achieves an increase KPI aiming at 25.
    expect(progress(kpi([v(2020, 20), v(2024, 25)], v(2030, 25))).status).toBe("achieved");
  });

  it("no data when only the baseline exists", () => {
    const p = progress(kpi([v(2020, 70.0, 1)], v(2030, 73)));
    expect(p).toEqual({
      baseline: v(2020, 70.0, 1),
      latest: v(2020, 70.0, 1),
      target: v(2030, 73),
      ratio: null,
      expectedRatio: 0,
      status: "no-data",
    });
  });

  it("tolerance boundary: 0.9 × expected is on track, below is behind", () => {
    // expected 0.4 → threshold 0.36; baseline 0, target 100.
    expect(progress(kpi([v(2020, 0), v(2024, 36)], v(2030, 100))).status).toBe("on-track");
    expect(progress(kpi([v(2020, 0), v(2024, 35.9)], v(2030, 100))).status).toBe("behind");
  });

  it("no change from the baseline is behind, not moving away", () => {
    const p = progress(kpi([v(2020, 50), v(2024, 50)], v(2030, 60)));
    expect(p.ratio).toBe(0);
    expect(p.status).toBe("behind");
  });

  it("behind once the target year has come without achieving it, however close", () => {
    const p = progress(kpi([v(2020, 0), v(2030, 95)], v(2030, 100)));
    expect(p.expectedRatio).toBe(1);
    expect(p.ratio).toBeCloseTo(0.95, 10);
    expect(p.status).toBe("behind");
    // Measured after the target year: expected ratio stays at 1.
    expect(progress(kpi([v(2020, 0), v(2032, 95)], v(2030, 100))).expectedRatio).toBe(1);
  });

  it("target equal to baseline on an increase KPI (the validator refuses it): ratio null", () => {
    const kept = progress(kpi([v(2020, 80), v(2024, 80)], v(2030, 80)));
    expect(kept.ratio).toBeNull();
    expect(kept.status).toBe("achieved");
    expect(progress(kpi([v(2020, 80), v(2024, 79)], v(2030, 80))).status).toBe("moving-away");
  });

  it("target year not after the baseline year: expected ratio 1", () => {
    expect(progress(kpi([v(2020, 0), v(2021, 50)], v(2020, 100))).expectedRatio).toBe(1);
  });

  it("uses the last of several actuals as latest", () => {
    const p = progress(kpi([v(2020, 10), v(2022, 30), v(2024, 20)], v(2030, 60)));
    expect(p.latest).toEqual(v(2024, 20));
    expect(p.ratio).toBeCloseTo(0.2, 10);
    expect(p.status).toBe("behind");
  });

  it("rejects actuals out of fiscal-year order", () => {
    expect(() => progress(kpi([v(2024, 10), v(2020, 30)], v(2030, 60)))).toThrow(
      /年度順ではありません.*not in ascending fiscal-year order/,
    );
    expect(() => progress(kpi([v(2020, 10), v(2020, 30)], v(2030, 60)))).toThrow(/t-1/);
  });
});

describe("every direction × status", () => {
  // [direction, baseline, latest (null: none yet), target, status]; FY2020 → FY2024 → FY2030.
  const cases: Array<[Kpi["direction"], number, number | null, number, KpiStatus]> = [
    [undefined, 50, 62, 60, "achieved"],
    ["increase", 50, 60, 60, "achieved"],
    ["increase", 50, 54, 60, "on-track"],
    ["increase", -120, -60, 0, "on-track"],
    ["increase", 50, 52, 60, "behind"],
    ["increase", 50, 48, 60, "moving-away"],
    ["increase", 50, null, 60, "no-data"],
    ["decrease", 6, 2, 2, "achieved"],
    ["decrease", 6, 1, 2, "achieved"],
    ["decrease", 6, 4, 2, "on-track"], // 結核による新規登録患者数 6件 → 4件 → 2件
    ["decrease", 20, 18, 0, "behind"],
    ["decrease", 20, 25, 0, "moving-away"],
    ["decrease", 20, null, 0, "no-data"],
    ["maintain", 80, 80, 80, "achieved"],
    ["maintain", 80, 95, 80, "achieved"],
    ["maintain", 80, 79.9, 80, "moving-away"],
    ["maintain", 80, null, 80, "no-data"],
    ["maintain-or-lower", 0, 0, 0, "achieved"],
    ["maintain-or-lower", 3, 1, 3, "achieved"],
    ["maintain-or-lower", 0, 2, 0, "moving-away"],
    ["maintain-or-lower", 0, null, 0, "no-data"],
  ];
  it.each(cases)("%s %d → %s aiming at %d: %s", (direction, baseline, latest, target, status) => {
    const actuals = latest === null ? [v(2020, baseline)] : [v(2020, baseline), v(2024, latest)];
    expect(progress(kpi(actuals, v(2030, target), direction)).status).toBe(status);
  });

  it("the issue's row 6件 → 4件 aiming at 2件: half the way, on track, not achieved", () => {
    const p = progress(kpi([v(2020, 6), v(2024, 4)], v(2030, 2), "decrease"));
    expect(p.ratio).toBeCloseTo(0.5, 10);
    expect(p.status).toBe("on-track");
    // Read the wrong way round, as the importer used to write it, it claimed the target was reached.
    expect(progress(kpi([v(2020, 6), v(2024, 4)], v(2030, 2), "increase")).status).toBe("achieved");
  });

  it("a KPI that keeps a level has no pace: never on track or behind, whatever the year, ratio null", () => {
    for (const direction of ["maintain", "maintain-or-lower"] as const)
      for (const latest of [0, 40, 79, 80, 81, 200])
        for (const year of [2021, 2024, 2029]) {
          const p = progress(kpi([v(2020, 80), v(year, latest)], v(2030, 80), direction));
          expect(["achieved", "moving-away"]).toContain(p.status);
          expect(p.ratio).toBeNull();
          const kept = direction === "maintain" ? latest >= 80 : latest <= 80;
          expect(p.status).toBe(kept ? "achieved" : "moving-away");
        }
  });

  it("a maintain KPI whose target differs from its baseline (warned about) keeps the target level", () => {
    expect(progress(kpi([v(2020, 78), v(2024, 79)], v(2030, 80), "maintain")).status).toBe("moving-away");
    expect(progress(kpi([v(2020, 78), v(2024, 80)], v(2030, 80), "maintain")).status).toBe("achieved");
  });

  it("directionOf, keepsLevel and betterSign", () => {
    expect(directionOf({})).toBe("increase");
    expect(directionOf({ direction: "maintain-or-lower" })).toBe("maintain-or-lower");
    expect((["increase", "decrease", "maintain", "maintain-or-lower"] as const).map(keepsLevel)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect((["increase", "decrease", "maintain", "maintain-or-lower"] as const).map(betterSign)).toEqual([
      1, -1, 1, -1,
    ]);
  });
});

describe("the words for a KPI's direction and status", () => {
  const k = (direction: Kpi["direction"], target = 80) =>
    kpi([v(2020, target), v(2024, target)], v(2030, target), direction);

  it("notes which way is better, except for the usual increase", () => {
    expect(kpiDirectionNote(k(undefined), "ja")).toBe("");
    expect(kpiDirectionNote(k("increase"), "en")).toBe("");
    expect(kpiDirectionNote(k("decrease"), "ja")).toBe("低いほど良い指標です。");
    expect(kpiDirectionNote(k("maintain"), "ja")).toBe("目標値（80%）以上を保つことを目指す指標です。");
    expect(kpiDirectionNote(k("maintain-or-lower", 0), "ja")).toBe("目標値（0%）以下を保つことを目指す指標です。");
    expect(kpiDirectionNote(k("maintain"), "en")).toBe("The aim is to keep this figure at or above the target (80%).");
  });

  it("explains achieved and moving away in a KPI that keeps a level in its own words", () => {
    expect(kpiStatusSentence(k("maintain"), "achieved", "ja")).toBe("保つべき水準（目標値）を保っています。");
    expect(kpiStatusSentence(k("maintain-or-lower"), "moving-away", "en")).toBe(
      "The latest figure is worse than the level it should keep (the target).",
    );
    expect(kpiStatusSentence(k("maintain"), "no-data", "ja")).toBe("基準値の後の実績値がまだありません。");
    expect(kpiStatusSentence(k("decrease"), "achieved", "ja")).toBe("目標値に届いています。");
  });
});

describe("formatValue", () => {
  it.each([
    [v(2020, 70, 1), "%", "70.0%"],
    [v(2020, 70.0, 1), "", "70.0"],
    [v(2024, 65.9, 1), "%", "65.9%"],
    [v(2030, 73), "%", "73%"],
    [v(2030, 73, 0), "%", "73%"],
    [v(2030, 65.9), "%", "65.9%"],
    [v(2030, 1.005, 2), "%", "1.01%"],
    [v(2030, 0.5, 2), "%", "0.50%"],
    [v(2030, 12345), "人", "12,345人"],
    [v(2030, -3.5), "件", "-3.5件"],
    [v(2030, 12.5, 1), "km", "12.5 km"],
  ])("%o %s → %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe("statusLabel", () => {
  it("has plain words in both languages", () => {
    const statuses = ["achieved", "on-track", "behind", "moving-away", "no-data"] as const;
    expect(statuses.map((s) => statusLabel(s, "ja"))).toEqual(["達成", "順調", "遅れ", "悪化", "実績なし"]);
    expect(statuses.map((s) => statusLabel(s, "en"))).toEqual([
      "achieved",
      "on track",
      "behind",
      "moving away",
      "no data yet",
    ]);
  });
});
