import { describe, expect, it } from "vitest";
import type { Kpi, Value } from "../../src/lib/types.ts";
import { formatValue, progress, ON_TRACK_TOLERANCE } from "../../src/lib/kpi.ts";
import { statusLabel } from "../../src/i18n/index.ts";

const v = (fiscalYear: number, value: number, decimals?: number): Value =>
  decimals === undefined ? { fiscalYear, value } : { fiscalYear, value, decimals };

function kpi(actuals: Value[], target: Value, direction?: "increase" | "decrease"): Kpi {
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

  it("target equal to baseline (keep the level): ratio null, judged by direction only", () => {
    const kept = progress(kpi([v(2020, 80), v(2024, 80)], v(2030, 80)));
    expect(kept.ratio).toBeNull();
    expect(kept.status).toBe("achieved");
    expect(progress(kpi([v(2020, 80), v(2024, 81)], v(2030, 80))).status).toBe("achieved");
    const dropped = progress(kpi([v(2020, 80), v(2024, 79)], v(2030, 80)));
    expect(dropped.ratio).toBeNull();
    expect(dropped.status).toBe("moving-away");
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
