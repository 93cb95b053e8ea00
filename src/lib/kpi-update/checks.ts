// Whether a spreadsheet row's figure can be right for its KPI: a target inside the plan period
// (and changed only when --targets says so); an actual of the baseline's own year, or after it,
// of a fiscal year that has begun, inside the plan period and not after the target year (the
// target year's own figure says whether the target was met).
import { formatValue } from "../kpi.ts";
import type { Value } from "../types.ts";
import type { Message } from "../validation/finding.ts";
import { fiscalYearOf, toWareki } from "../wareki.ts";
import type { KpiHome } from "./homes.ts";
import type { FigureRow, Place } from "./rows.ts";

type Bad = (at: Place, m: Message) => void;

/** A fiscal year in messages: 令和7年度（2025） / FY2025. */
export const year = (fy: number): Message => ({ ja: `${toWareki(fy).label}（${fy}）`, en: `FY${fy}` });

/** A target row that differs from the KPI's target: may it replace it? */
export function targetAccepted(home: KpiHome, row: FigureRow, targets: boolean, bad: Bad): boolean {
  const { period } = home;
  const current = home.kpi.target;
  if (row.fiscalYear < period.from || row.fiscalYear > period.to) {
    bad(row.at.year, {
      ja: `目標値の年度（${year(row.fiscalYear).ja}）が計画期間（${period.from}〜${period.to}年度）の外です`,
      en: `the target year ${year(row.fiscalYear).en} is outside the plan period FY${period.from}–FY${period.to}`,
    });
    return false;
  }
  if (!targets) {
    const now = formatValue(current, home.kpi.unit);
    bad(row.at.value, {
      ja: `目標値（めざそう値）は、--targets を付けたときだけ変えます（いまの目標値: ${now}（${year(current.fiscalYear).ja}））。変えるつもりがなければ、この行をいまの目標値に戻してください`,
      en: `targets change only with --targets (the target is ${now} in ${year(current.fiscalYear).en}); otherwise put the current target back in this row`,
    });
    return false;
  }
  return true;
}

/** Whether an actual's (or the baseline's) fiscal year can be right, given the KPI's target. */
export function actualYearAccepted(home: KpiHome, row: FigureRow, target: Value, today: Date, bad: Bad): boolean {
  const fy = row.fiscalYear;
  const baseline = home.kpi.actuals[0].fiscalYear;
  const current = fiscalYearOf(today);
  const { period } = home;
  const refuse = (ja: string, en: string) => (bad(row.at.year, { ja, en }), false);
  if (row.kind === "baseline" && fy !== baseline)
    return refuse(
      `基準値の年度は ${year(baseline).ja} です（この行: ${year(fy).ja}）。基準値の年度はここでは変えられません。実績値なら kind を actual にしてください`,
      `the baseline is from ${year(baseline).en}, not ${year(fy).en}; the baseline year cannot be changed here (for an actual, write kind actual)`,
    );
  if (row.kind === "actual" && fy <= baseline)
    return refuse(
      `実績値の年度（${year(fy).ja}）が基準値の年度（${year(baseline).ja}）より後ではありません。基準値なら kind を baseline にしてください`,
      `the actual's year ${year(fy).en} is not after the baseline year ${year(baseline).en} (for the baseline, write kind baseline)`,
    );
  if (fy > period.to)
    return refuse(
      `実績値の年度（${year(fy).ja}）が計画期間（${period.from}〜${period.to}年度）より後です`,
      `the actual's year ${year(fy).en} is after the plan period FY${period.from}–FY${period.to}`,
    );
  if (fy > current)
    return refuse(
      `${year(fy).ja}はまだ始まっていません（今日は${year(current).ja}）。年度を確認してください`,
      `${year(fy).en} has not begun yet (today is in ${year(current).en}): check the year`,
    );
  if (fy > target.fiscalYear)
    return refuse(
      `実績値の年度（${year(fy).ja}）が目標値の年度（${year(target.fiscalYear).ja}）より後です`,
      `the actual's year ${year(fy).en} is after the target year ${year(target.fiscalYear).en}`,
    );
  return true;
}
