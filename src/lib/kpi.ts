// KPI (めざそう値) progress: how far a measure has come from its baseline towards its target,
// judged against how much of the plan period has passed. Pages show the status in words, so the
// rules below must match docs/kpi-progress.md, which explains them to staff and residents.
//
// Direction (kpi.direction, increase when left out) says which way is better. increase and
// decrease aim at a target above or below the baseline; maintain and maintain-or-lower aim to
// keep a level (the target, normally equal to the baseline): at or above it, or at or below it.
// The validator rejects a direction the baseline and target contradict (src/lib/validation/
// kpi-direction.ts), so "better" below always points from the baseline towards the target.
//
// Rules for increase and decrease, applied in this order (latest = the last actual, baseline = the first):
//   1. no-data      only the baseline has been measured. ratio is null.
//   2. achieved     latest has reached or passed the target in the good direction
//                   (increase: latest >= target; decrease: latest <= target).
//   3. moving-away  latest is worse than the baseline (strictly).
//   4. behind       the target year has come (latest year >= target year) without achieving it.
//   5. on-track     ratio >= expectedRatio × ON_TRACK_TOLERANCE (0.9): within a tenth of the
//                   pace a straight line from baseline to target would need.
//   6. behind       otherwise.
// Rules for maintain and maintain-or-lower (the level = the target value):
//   1. no-data      only the baseline has been measured.
//   2. achieved     latest is not worse than the level (maintain: latest >= level;
//                   maintain-or-lower: latest <= level), whenever it was measured.
//   3. moving-away  otherwise: latest is worse than the level. Keeping a level has no pace,
//                   so these KPIs are never on-track or behind, and their ratio is null.
// ratio = (latest − baseline) / (target − baseline). Because numerator and denominator share
// the sign of the direction, it reads the same for increase and decrease KPIs; it is not
// clamped (over 1 when beyond target, negative when moving away). It is null with no data, for
// maintain KPIs and when target equals baseline.
// expectedRatio = (latest year − baseline year) / (target year − baseline year), clamped to
// 0–1; 1 when the target year is not after the baseline year.
import type { Kpi, Value } from "./types.ts";

export type KpiStatus = "achieved" | "on-track" | "behind" | "moving-away" | "no-data";

/** Which way is better: kpi.direction, increase when it is left out. */
export type KpiDirection = NonNullable<Kpi["direction"]>;

export function directionOf(kpi: Pick<Kpi, "direction">): KpiDirection {
  return kpi.direction ?? "increase";
}

/** maintain and maintain-or-lower: KPIs that aim to keep a level rather than reach a new one. */
export function keepsLevel(direction: KpiDirection): boolean {
  return direction === "maintain" || direction === "maintain-or-lower";
}

/** +1 when a higher figure is better (or not worse), −1 when a lower one is. */
export function betterSign(direction: KpiDirection): 1 | -1 {
  return direction === "decrease" || direction === "maintain-or-lower" ? -1 : 1;
}

export interface KpiProgress {
  baseline: Value;
  latest: Value;
  target: Value;
  ratio: number | null;
  expectedRatio: number;
  status: KpiStatus;
}

/** Share of the expected pace that still counts as on track. */
export const ON_TRACK_TOLERANCE = 0.9;
// Guards the ratio comparison against floating-point noise from the subtractions.
const EPSILON = 1e-9;

export function progress(kpi: Kpi): KpiProgress {
  const { actuals, target } = kpi;
  for (let i = 1; i < actuals.length; i++) {
    // A wrong order would silently pick the wrong latest figure; fail loudly instead.
    if (actuals[i].fiscalYear <= actuals[i - 1].fiscalYear) {
      throw new Error(
        `めざそう値 ${kpi.id} の実績値が年度順ではありません / ` +
          `KPI ${kpi.id}: actuals are not in ascending fiscal-year order`,
      );
    }
  }
  const baseline = actuals[0];
  const latest = actuals[actuals.length - 1];
  const direction = directionOf(kpi);
  const sign = betterSign(direction);

  const yearSpan = target.fiscalYear - baseline.fiscalYear;
  const expectedRatio =
    yearSpan <= 0 ? 1 : Math.min(1, Math.max(0, (latest.fiscalYear - baseline.fiscalYear) / yearSpan));

  if (actuals.length === 1) {
    return {
      baseline,
      latest,
      target,
      ratio: null,
      expectedRatio,
      status: "no-data",
    };
  }
  if (keepsLevel(direction)) {
    const kept = sign * (latest.value - target.value) >= 0;
    return { baseline, latest, target, ratio: null, expectedRatio, status: kept ? "achieved" : "moving-away" };
  }
  const ratio =
    target.value === baseline.value ? null : (latest.value - baseline.value) / (target.value - baseline.value);

  let status: KpiStatus;
  if (sign * (latest.value - target.value) >= 0) status = "achieved";
  else if (sign * (latest.value - baseline.value) < 0) status = "moving-away";
  else if (latest.fiscalYear >= target.fiscalYear) status = "behind";
  else if (ratio !== null && ratio + EPSILON >= expectedRatio * ON_TRACK_TOLERANCE) status = "on-track";
  else status = "behind";

  return { baseline, latest, target, ratio, expectedRatio, status };
}

// Creating an Intl.NumberFormat is slow (it dominated the build profile of a 10 000-measure
// site), so one formatter per number of decimals is kept.
const formatters = new Map<number | undefined, Intl.NumberFormat>();
function formatterFor(decimals: number | undefined): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (!format) {
    format =
      decimals === undefined
        ? new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 })
        : new Intl.NumberFormat("en-US", {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          });
    formatters.set(decimals, format);
  }
  return format;
}

/** Formats a figure with its decimals (70 with decimals 1 → "70.0") and unit ("70.0%"). */
export function formatValue(v: Value, unit: string): string {
  // Intl rounds the decimal as written (1.005 → "1.01"), unlike toFixed, and groups thousands.
  const number = formatterFor(v.decimals).format(v.value);
  // Latin units read better apart (12.5 km); symbols and Japanese units attach (70.0%, 120人).
  return /^[A-Za-z]/.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}
