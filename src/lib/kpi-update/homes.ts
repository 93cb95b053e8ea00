// Which KPI a spreadsheet row is about: its kpi_id, in the plan of its plan column when it has
// one, and of the measure of its measure_number column when it has one.
import type { Kpi, Period, SiteData } from "../types.ts";
import type { Message } from "../validation/finding.ts";
import type { FigureRow, Place } from "./rows.ts";

/** Where a KPI lives. */
export interface KpiHome {
  planId: string;
  period: Period;
  measure: string;
  /** The measure's YAML file as the site names it (repo-relative, or absolute outside the repository). */
  file: string;
  kpi: Kpi;
}

export function kpiHomes(site: SiteData): KpiHome[] {
  return site.plans.flatMap((p) =>
    p.measures.flatMap(({ measure, file }) =>
      measure.kpis.map((kpi) => ({
        planId: p.plan.id,
        period: p.plan.period,
        measure: measure.number,
        file: file.path,
        kpi,
      })),
    ),
  );
}

/** The row's KPI, or null after reporting why there is none. */
export function findHome(
  row: FigureRow,
  homes: readonly KpiHome[],
  bad: (at: Place, m: Message) => void,
): KpiHome | null {
  const plans = [...new Set(homes.map((h) => h.planId))];
  if (row.plan && row.at.plan && !plans.includes(row.plan)) {
    bad(row.at.plan, {
      ja: `計画「${row.plan}」はありません（あるのは ${plans.join("、")}）`,
      en: `there is no plan "${row.plan}" (there is ${plans.join(", ")})`,
    });
    return null;
  }
  const found = homes.filter((h) => h.kpi.id === row.kpiId && (!row.plan || h.planId === row.plan));
  if (found.length === 0) {
    bad(row.at.kpiId, {
      ja: `めざそう値「${row.kpiId}」はありません。kpi_id を確認してください（新しいめざそう値は基本施策の YAML に加えます）`,
      en: `there is no KPI "${row.kpiId}": check kpi_id (a new KPI is added in the measure's YAML)`,
    });
    return null;
  }
  if (found.length > 1) {
    bad(row.at.kpiId, {
      ja: `めざそう値「${row.kpiId}」は複数の計画にあります。plan の列に計画IDを書いてください`,
      en: `KPI "${row.kpiId}" exists in several plans: write the plan id in the plan column`,
    });
    return null;
  }
  const home = found[0];
  if (row.measure && row.at.measure && row.measure !== home.measure) {
    bad(row.at.measure, {
      ja: `めざそう値「${row.kpiId}」は基本施策 ${home.measure} のものです（この行: ${row.measure}）。kpi_id か measure_number を確認してください`,
      en: `KPI "${row.kpiId}" belongs to measure ${home.measure}, not ${row.measure}: check kpi_id or measure_number`,
    });
    return null;
  }
  return home;
}
