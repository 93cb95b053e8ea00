// What a KPI spreadsheet asks to change, checked against the content: which rows add or change
// an actual (or, only when asked with --targets, a target), which say what the YAML already
// says (no-ops), and which cannot be right (unknown KPI, a year outside the plan period or not
// yet begun, two rows for one figure with different values, …: homes.ts, checks.ts). Nothing is
// written here.
import type { SiteData, Value } from "../types.ts";
import type { Finding, Message } from "../validation/finding.ts";
import { actualYearAccepted, targetAccepted, year } from "./checks.ts";
import type { KpiHome } from "./homes.ts";
import { findHome, kpiHomes } from "./homes.ts";
import type { FigureRow, Place } from "./rows.ts";
import { cellFinding } from "./rows.ts";

export interface FigureChange {
  kind: "actual" | "target";
  before: Value | null;
  after: Value;
  /** The number to write into the YAML, with its decimals: "68.40". */
  text: string;
  /** CSV line that asked for it. */
  line: number;
}

export interface KpiUpdate {
  home: KpiHome;
  changes: FigureChange[];
}

export interface UpdatePlan {
  updates: KpiUpdate[];
  /** Rows that say what the YAML already says. */
  unchanged: number;
  problems: Finding[];
}

export interface PlanOptions {
  /** Allow target rows to change targets (npm run kpi:update -- --targets). */
  targets: boolean;
  /** Today: actuals of a fiscal year that has not begun are refused. */
  today: Date;
}

export function planChanges(
  rows: readonly FigureRow[],
  site: SiteData,
  options: PlanOptions,
  file: string,
): UpdatePlan {
  const problems: Finding[] = [];
  const bad = (at: Place, message: Message) => problems.push(cellFinding(file, at, message));
  const homes = kpiHomes(site);
  const seen = new Map<string, FigureRow>();
  const byKpi = new Map<KpiHome, FigureRow[]>();
  let unchanged = 0;

  for (const row of rows) {
    const home = findHome(row, homes, bad);
    if (!home) continue;
    const key = `${home.planId}|${home.kpi.id}|${row.kind === "target" ? "target" : row.fiscalYear}`;
    const first = seen.get(key);
    if (first) {
      if (first.figure.value === row.figure.value && first.fiscalYear === row.fiscalYear) unchanged++;
      else
        bad(row.at.value, {
          ja: `同じめざそう値（${home.kpi.id}）の同じ${row.kind === "target" ? "目標値" : `年度（${year(row.fiscalYear).ja}）`}が ${first.line} 行目にもあり、値が違います。どちらかの行を消してください`,
          en: `line ${first.line} gives the same KPI (${home.kpi.id}) a different ${row.kind === "target" ? "target" : `figure for ${year(row.fiscalYear).en}`}: delete one of the two rows`,
        });
      continue;
    }
    seen.set(key, row);
    byKpi.set(home, [...(byKpi.get(home) ?? []), row]);
  }

  const updates: KpiUpdate[] = [];
  for (const [home, kpiRows] of byKpi) {
    const changes: FigureChange[] = [];
    const count = problems.length;
    let target = home.kpi.target;
    const targetRow = kpiRows.find((r) => r.kind === "target");
    if (targetRow && targetRow.fiscalYear === target.fiscalYear && targetRow.figure.value === target.value) unchanged++;
    else if (targetRow && targetAccepted(home, targetRow, options.targets, bad)) {
      target = figureValue(targetRow, target);
      changes.push(change("target", home.kpi.target, target, targetRow));
    }
    for (const row of kpiRows) {
      if (row.kind === "target" || !actualYearAccepted(home, row, target, options.today, bad)) continue;
      const before = home.kpi.actuals.find((a) => a.fiscalYear === row.fiscalYear) ?? null;
      if (before && before.value === row.figure.value) {
        unchanged++;
        continue;
      }
      const neighbour = before ?? [...home.kpi.actuals].reverse().find((a) => a.fiscalYear < row.fiscalYear)!;
      changes.push(change("actual", before, figureValue(row, neighbour), row));
    }
    if (problems.length === count && changes.length > 0) updates.push({ home, changes });
  }
  return { updates, unchanged, problems };
}

function change(kind: FigureChange["kind"], before: Value | null, after: Value, row: FigureRow): FigureChange {
  const [whole, fraction = ""] = row.figure.text.split(".");
  const text = after.decimals ? `${whole}.${fraction.padEnd(after.decimals, "0")}` : whole;
  return { kind, before, after, text, line: row.line };
}

/**
 * The new figure, with at least as many decimals as the figure it replaces or follows: a
 * spreadsheet shows 68.0 as 68, and the KPI should keep reading 68.0 like its other figures.
 */
function figureValue(row: FigureRow, neighbour: Value): Value {
  const decimals = Math.max(row.figure.decimals, neighbour.decimals ?? 0);
  const v: Value = { fiscalYear: row.fiscalYear, value: row.figure.value };
  if (decimals > 0 || neighbour.decimals !== undefined) v.decimals = decimals;
  return v;
}
