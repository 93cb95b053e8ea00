// Checks inside one measure that need the plan around it: KPI fiscal years
// against the plan period, strategy references against strategy.yaml.
import type { Kpi, Measure, Period, Strategy } from "../types.ts";
import type { Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding, Segment } from "./finding.ts";
import { checkKpiDirection } from "./kpi-direction.ts";
import { checkPeriod, fy } from "./periods.ts";

/**
 * KPI years: actuals strictly increasing and not after the plan; target inside the plan and not
 * before the latest actual (the target year's own figure is the one that says whether it was met). And a direction that agrees with the baseline and target (kpi-direction.ts).
 */
export function checkKpis(doc: Loaded<Measure>, plan: Period | null, out: Finding[]): void {
  doc.data?.kpis.forEach((kpi, k) => checkKpi(doc, kpi, ["kpis", k], plan, out));
}

function checkKpi(doc: Loaded<Measure>, kpi: Kpi, at: Segment[], plan: Period | null, out: Finding[]): void {
  const push = (segments: Segment[], ja: string, en: string) => out.push(findingAt(doc.parsed, segments, { ja, en }));
  kpi.actuals.forEach((a, i) => {
    const here = [...at, "actuals", i, "fiscalYear"];
    const prev = i > 0 ? kpi.actuals[i - 1].fiscalYear : -Infinity;
    if (a.fiscalYear <= prev)
      push(
        here,
        `実績値は年度の古い順に、同じ年度を重ねずに書いてください（${prev}年度の次が${a.fiscalYear}年度になっています）`,
        `actual values must be in increasing fiscal-year order (FY${a.fiscalYear} comes after FY${prev})`,
      );
    if (plan && a.fiscalYear > plan.to)
      push(
        here,
        `実績値の年度（${a.fiscalYear}年度）が計画期間（${fy.ja(plan)}）より後です`,
        `actual value year FY${a.fiscalYear} is after the plan period ${fy.en(plan)}`,
      );
  });
  const t = kpi.target.fiscalYear;
  const here = [...at, "target", "fiscalYear"];
  if (plan && (t < plan.from || t > plan.to))
    push(
      here,
      `めざそう値の年度（${t}年度）が計画期間（${fy.ja(plan)}）の外です`,
      `target year FY${t} is outside the plan period ${fy.en(plan)}`,
    );
  const latest = Math.max(...kpi.actuals.map((a) => a.fiscalYear));
  if (t < latest)
    push(
      here,
      `めざそう値の年度（${t}年度）は最新の実績値の年度（${latest}年度）より前にはできません`,
      `target year FY${t} must not be before the latest actual year FY${latest}`,
    );
  checkKpiDirection(doc, kpi, at, out);
}

export function checkRelatedPlans(doc: Loaded<Measure>, out: Finding[]): void {
  const rp = doc.data?.relatedPlans;
  if (Array.isArray(rp)) rp.forEach((p, i) => checkPeriod(doc, ["relatedPlans", i, "period"], p.period, out));
}

/** Each 戦略目標 n 施策 m a measure refers to must be listed in strategy.yaml. */
export function checkStrategyRefs(doc: Loaded<Measure>, strategy: Loaded<Strategy> | undefined, out: Finding[]): void {
  const refs = doc.data?.strategyRefs ?? [];
  if (refs.length === 0 || (strategy && !strategy.data)) return; // an invalid strategy.yaml is reported on its own
  const known = new Set(strategy?.data?.measures.map((s) => `${s.goal}-${s.measure}`));
  refs.forEach((r, i) => {
    if (known.has(`${r.goal}-${r.measure}`)) return;
    const name = { ja: `戦略目標${r.goal} 施策${r.measure}`, en: `strategy goal ${r.goal} measure ${r.measure}` };
    out.push(
      findingAt(
        doc.parsed,
        ["strategyRefs", i],
        strategy
          ? {
              ja: `「${name.ja}」が strategy.yaml にありません。番号を確認するか strategy.yaml に追加してください`,
              en: `${name.en} (戦略目標${r.goal} 施策${r.measure}) is not in strategy.yaml; check the numbers or add it there`,
            }
          : {
              ja: `「${name.ja}」を参照していますが、この計画には strategy.yaml がありません`,
              en: `refers to ${name.en} but this plan has no strategy.yaml`,
            },
      ),
    );
  });
}
