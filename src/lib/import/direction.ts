// Which way is better for an imported めざそう値 row, decided from its figures, never from its
// wording: a target below the baseline (結核による新規登録患者数 6件 → 2件) means lower is better,
// above means higher is better, equal means keeping a level. The decision is reported so that
// staff can check it; the rules are in docs/kpi-progress.md, the validator enforces them.
import type { Kpi, Value } from "../types.ts";
import { formatValue } from "../kpi.ts";
import type { Report } from "./report.ts";

type Direction = NonNullable<Kpi["direction"]>;

export function decideDirection(
  kpi: { id: string; unit: string; actuals: Value[]; target: Value },
  line: number,
  report: Report,
): Direction {
  const baseline = kpi.actuals[0];
  if (!baseline) {
    report.warn(
      line,
      `めざそう値 ${kpi.id}: 基準値がないため、増やす指標か減らす指標かを判断できません。increase としました。基準値を入力し、direction を確認してください / KPI ${kpi.id}: no baseline, so which way is better cannot be told; wrote increase: add the baseline and check direction`,
    );
    return "increase";
  }
  const b = formatValue(baseline, kpi.unit);
  const t = formatValue(kpi.target, kpi.unit);
  if (kpi.target.value !== baseline.value) {
    const up = kpi.target.value > baseline.value;
    report.info(
      line,
      up
        ? `めざそう値 ${kpi.id}: 目標値 ${t} が基準値 ${b} より大きいため direction: increase(高いほど良い)としました / KPI ${kpi.id}: target ${t} above baseline ${b}: direction increase (higher is better)`
        : `めざそう値 ${kpi.id}: 目標値 ${t} が基準値 ${b} より小さいため direction: decrease(低いほど良い)としました / KPI ${kpi.id}: target ${t} below baseline ${b}: direction decrease (lower is better)`,
    );
    return up ? "increase" : "decrease";
  }
  // A level of 0 can only be kept from above going down (0件、0人): any other level may be a
  // floor (a rate to keep) or a ceiling, which only a person can tell.
  const direction: Direction = baseline.value === 0 ? "maintain-or-lower" : "maintain";
  report.warn(
    line,
    direction === "maintain"
      ? `めざそう値 ${kpi.id}: 目標値が基準値と同じ ${t} のため、維持する指標(direction: maintain、${t}以上を保つ)としました。低いほど良い指標なら maintain-or-lower にしてください / KPI ${kpi.id}: target equals baseline (${t}): direction maintain (keep at or above it); write maintain-or-lower if lower is better`
      : `めざそう値 ${kpi.id}: 目標値が基準値と同じ ${t} のため、維持する指標(direction: maintain-or-lower、${t}以下を保つ)としました / KPI ${kpi.id}: target equals baseline (${t}): direction maintain-or-lower (keep it at or below ${t})`,
  );
  return direction;
}
