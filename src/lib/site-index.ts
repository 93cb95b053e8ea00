// Lookup tables over a plan's entries for the listing pages (overview, goals, numbers, KPI
// dashboards), built once per route by src/lib/content/site.ts. A measure page never needs them:
// its entry already holds its goal, policy and neighbours.
import type { Goal, Policy, StrategyRef } from "./types.generated.ts";
import type { Kpi, Text } from "./types.ts";
import type { MeasureEntry, PlanEntry } from "./content/entries.ts";
import { progress } from "./kpi.ts";
import type { KpiProgress, KpiStatus } from "./kpi.ts";

export type { Goal, Policy, StrategyRef };

// The one order for plan numbers; exported from here too for pages that import it from this module.
import { compareNumbers } from "./numbers.ts";
export { compareNumbers };

export type { MeasureEntry, MeasureLink } from "./content/entries.ts";

export interface PlanIndex {
  plan: PlanEntry;
  /** Measures in plan order (goal → policy → measure). */
  entries: MeasureEntry[];
  byNumber: Map<string, MeasureEntry>;
  /** Title of a 地域創生総合戦略 measure, if the strategy catalogue lists it. */
  strategyTitle(ref: StrategyRef): Text | undefined;
}

/** The lookup tables of a plan, from its entries (measures in any order). */
export function planIndex(plan: PlanEntry, measures: readonly MeasureEntry[]): PlanIndex {
  const entries = [...measures].sort((a, b) => a.index - b.index);
  const strategies = new Map((plan.strategy?.strategy.measures ?? []).map((s) => [`${s.goal}-${s.measure}`, s.title]));
  return {
    plan,
    entries,
    byNumber: new Map(entries.map((e) => [e.measure.number, e])),
    strategyTitle: (ref) => strategies.get(`${ref.goal}-${ref.measure}`),
  };
}

/** One KPI with its measure and progress, for the dashboard and the CSV. */
export interface KpiRow {
  entry: MeasureEntry;
  kpi: Kpi;
  progress: KpiProgress;
}

/** Order of the status groups on the dashboard: what needs attention first. */
export const STATUS_ORDER: readonly KpiStatus[] = ["moving-away", "behind", "on-track", "achieved", "no-data"];

/** Every KPI of a plan, in plan order. */
export function kpiRows(index: PlanIndex): KpiRow[] {
  return index.entries.flatMap((entry) => entry.measure.kpis.map((kpi) => ({ entry, kpi, progress: progress(kpi) })));
}

/** KPIs grouped by status (STATUS_ORDER), each group sorted by measure number then KPI id. */
export function groupByStatus(rows: readonly KpiRow[]): Array<{ status: KpiStatus; rows: KpiRow[] }> {
  return STATUS_ORDER.map((status) => ({
    status,
    rows: rows
      .filter((r) => r.progress.status === status)
      .sort(
        (a, b) => compareNumbers(a.entry.measure.number, b.entry.measure.number) || compareNumbers(a.kpi.id, b.kpi.id),
      ),
  }));
}

/** Count of KPIs per status, for "at a glance" summaries. */
export function statusCounts(rows: readonly KpiRow[]): Record<KpiStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<KpiStatus, number>;
  for (const r of rows) counts[r.progress.status]++;
  return counts;
}

/**
 * Listing pages (plan overview, KPI dashboard, number list) list every measure only while the
 * plan has at most this many; above it they summarise per goal and link to the goal pages
 * (/<plan>/goals/<n>/, /<plan>/kpi/<n>/), so that no page grows with the size of the plan
 * beyond one goal. 200 measures keep the largest listing (the English KPI dashboard) near
 * 350 KB of HTML. See docs/performance.md.
 */
export const SMALL_PLAN_MEASURES = 200;

/** Whether the listing pages of this plan list every measure (see SMALL_PLAN_MEASURES). */
export function isSmallPlan(index: PlanIndex, limit: number = SMALL_PLAN_MEASURES): boolean {
  return index.entries.length <= limit;
}

/** A policy of a goal with its measures and the count of their KPIs per status. */
export interface PolicySummary {
  policy: Policy;
  entries: MeasureEntry[];
  counts: Record<KpiStatus, number>;
  kpiCount: number;
}

/** A goal with its measures (plan order), KPIs and counts: what the goal pages and summaries show. */
export interface GoalSummary {
  goal: Goal;
  policies: PolicySummary[];
  entries: MeasureEntry[];
  rows: KpiRow[];
  counts: Record<KpiStatus, number>;
  /** Lowest and highest measure number of the goal (number order), if it has measures. */
  first?: string;
  last?: string;
}

const goalCache = new WeakMap<PlanIndex, GoalSummary[]>();

/** Every goal of a plan in plan order, with its policies, measures and KPI counts. Memoized. */
export function goalSummaries(index: PlanIndex): GoalSummary[] {
  const hit = goalCache.get(index);
  if (hit) return hit;
  const byPolicy = new Map<Policy, MeasureEntry[]>();
  for (const e of index.entries) {
    const list = byPolicy.get(e.policy);
    if (list) list.push(e);
    else byPolicy.set(e.policy, [e]);
  }
  const summaries = index.plan.plan.goals.map((goal): GoalSummary => {
    const policies = goal.policies.map((policy): PolicySummary => {
      const entries = byPolicy.get(policy) ?? [];
      const rows = kpiRows({ ...index, entries });
      return { policy, entries, counts: statusCounts(rows), kpiCount: rows.length };
    });
    const entries = policies.flatMap((p) => p.entries);
    const rows = kpiRows({ ...index, entries });
    const numbers = entries.map((e) => e.measure.number).sort(compareNumbers);
    return { goal, policies, entries, rows, counts: statusCounts(rows), first: numbers[0], last: numbers.at(-1) };
  });
  goalCache.set(index, summaries);
  return summaries;
}

/**
 * The plan overview lists at most this many goals on a page; a plan with more (a synthetic
 * 10 000-measure plan has 200) continues on /<plan>/page/2/ and on, so that the overview stays
 * near 130 KB of HTML however many goals there are. Real plans (5–10 goals) have one page.
 * See docs/performance.md.
 */
const GOALS_PER_PAGE = 40;

/** The goals of each page of the plan overview, in plan order (at least one page). */
export function overviewPages(index: PlanIndex, perPage: number = GOALS_PER_PAGE): GoalSummary[][] {
  const goals = goalSummaries(index);
  const pages: GoalSummary[][] = [];
  for (let i = 0; i < goals.length; i += perPage) pages.push(goals.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

/** The page of the plan overview (1-based) that lists a goal. */
export function overviewPageOf(index: PlanIndex, goalNumber: number, perPage: number = GOALS_PER_PAGE): number {
  const at = goalSummaries(index).findIndex((g) => g.goal.number === goalNumber);
  return at < 0 ? 1 : Math.floor(at / perPage) + 1;
}

/** The summary of one goal by its number, or undefined. */
export function goalSummary(index: PlanIndex, goalNumber: number): GoalSummary | undefined {
  return goalSummaries(index).find((g) => g.goal.number === goalNumber);
}
