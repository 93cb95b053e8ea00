// Does a KPI's direction agree with its figures? The importer decides it from them (target below
// the baseline → decrease, above → increase, equal → maintain), but staff may edit either, and a
// wrong direction turns the status on the page upside down: 6件 → 4件 aiming at 2件, read as
// increase, was shown as achieved. So a contradiction is an error on the direction field, and a
// direction the figures cannot confirm is a warning. The rules are in docs/kpi-progress.md.
import type { Kpi, Measure } from "../types.ts";
import { directionOf, formatValue, keepsLevel } from "../kpi.ts";
import type { Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding, Message, Segment, Severity } from "./finding.ts";

/** `at` is the KPI's path, e.g. ["kpis", 0]; findings point at its direction (or the KPI when it is left out). */
export function checkKpiDirection(doc: Loaded<Measure>, kpi: Kpi, at: Segment[], out: Finding[]): void {
  const problem = directionProblem(kpi);
  if (problem) out.push(findingAt(doc.parsed, [...at, "direction"], problem.message, problem.severity));
}

function directionProblem(kpi: Kpi): { severity: Severity; message: Message } | null {
  const direction = directionOf(kpi);
  const b = kpi.actuals[0].value;
  const t = kpi.target.value;
  const show = (value: number) => formatValue({ fiscalYear: 0, value }, kpi.unit);
  // Without a direction field, increase is assumed: say so, since the person sees no such word.
  const assumed =
    kpi.direction === undefined
      ? {
          ja: "（direction を書いていないため increase とみなしています）",
          en: " (without direction, increase is assumed)",
        }
      : { ja: "", en: "" };
  const error = (ja: string, en: string) => ({
    severity: "error" as const,
    message: { ja: ja + assumed.ja, en: en + assumed.en },
  });

  if (keepsLevel(direction)) {
    if (t !== b) {
      const up = t > b;
      return {
        severity: "warning",
        message: {
          ja: `維持（${direction}）の指標ですが、目標値（${show(t)}）が基準値（${show(b)}）と違います。目標値の水準を保っているかで判定します。目標値まで${up ? "増やす" : "減らす"}指標なら direction を ${up ? "increase" : "decrease"} にしてください`,
          en: `a ${direction} KPI whose target (${show(t)}) differs from its baseline (${show(b)}): it is judged by whether the latest figure keeps the target level; if the aim is to ${up ? "raise" : "lower"} it to the target, write direction: ${up ? "increase" : "decrease"}`,
        },
      };
    }
    if (direction === "maintain" && t === 0) {
      return {
        severity: "warning",
        message: {
          ja: `maintain は目標値（${show(t)}）以上を保つ指標なので、0 以上の値はすべて「達成」になります。0件・0人を保つ指標なら direction を maintain-or-lower にしてください`,
          en: `maintain keeps a figure at or above the target (${show(t)}), so every figure from 0 up counts as achieved; for a count that should stay at 0, write direction: maintain-or-lower`,
        },
      };
    }
    return null;
  }
  if (t === b) {
    return error(
      `目標値が基準値（${show(b)}）と同じなので、水準を保つ（維持する）指標です。direction を maintain（${show(b)}以上を保つ）か maintain-or-lower（${show(b)}以下を保つ）にしてください`,
      `the target equals the baseline (${show(b)}), so this KPI keeps a level: write direction: maintain (keep at or above ${show(b)}) or maintain-or-lower (keep at or below it)`,
    );
  }
  if (direction === "increase" && t < b) {
    return error(
      `目標値（${show(t)}）が基準値（${show(b)}）より小さいので、低いほど良い指標です。direction を decrease にしてください`,
      `the target (${show(t)}) is below the baseline (${show(b)}), so lower is better for this KPI: write direction: decrease`,
    );
  }
  if (direction === "decrease" && t > b) {
    return error(
      `目標値（${show(t)}）が基準値（${show(b)}）より大きいので、高いほど良い指標です。direction を increase にしてください`,
      `the target (${show(t)}) is above the baseline (${show(b)}), so higher is better for this KPI: write direction: increase`,
    );
  }
  return null;
}
