// Lookup tables over the loaded site: plan order, neighbours, strategy titles, KPI groups.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeSite } from "./site-helpers.ts";
import {
  goalSummaries,
  goalSummary,
  groupByStatus,
  isSmallPlan,
  kpiRows,
  overviewPageOf,
  overviewPages,
  SMALL_PLAN_MEASURES,
  statusCounts,
} from "../../src/lib/site-index.ts";

const site = routeSite(path.resolve(import.meta.dirname, "../../content"));
const aioi = site.plans.find((p) => p.plan.plan.id === "aioi")!;

describe("planIndex", () => {
  const index = aioi;

  it("lists measures in plan order with their goal and policy", () => {
    expect(index.entries.map((e) => e.measure.number)).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
    const e = index.byNumber.get("6-1-2")!;
    expect(e.goal.number).toBe(6);
    expect(e.policy.number).toBe("6-1");
    expect(e.file).toBe("content/aioi/measures/6-1-2.yaml");
  });

  it("links only the neighbours", () => {
    expect(index.byNumber.get("6-1-1")!.prev).toBeUndefined();
    expect(index.byNumber.get("6-1-1")!.next!.number).toBe("6-1-2");
    expect(index.byNumber.get("6-1-3")!.prev!.number).toBe("6-1-2");
    expect(index.byNumber.get("6-1-3")!.next).toBeUndefined();
  });

  it("resolves strategy references", () => {
    expect(index.strategyTitle({ goal: 2, measure: 1 })!.ja).toBe("あいおい暮らしサポート");
    expect(index.strategyTitle({ goal: 9, measure: 9 })).toBeUndefined();
  });
});

describe("KPI grouping", () => {
  it("groups by status, worst first, then by number", () => {
    const rows = kpiRows(aioi);
    const groups = groupByStatus(rows);
    expect(groups.map((g) => [g.status, g.rows.map((r) => r.entry.measure.number)])).toEqual([
      ["moving-away", ["6-1-1"]],
      ["behind", ["6-1-3"]],
      ["on-track", ["6-1-2"]],
      ["achieved", []],
      ["no-data", []],
    ]);
    expect(statusCounts(rows)).toEqual({ "moving-away": 1, behind: 1, "on-track": 1, achieved: 0, "no-data": 0 });
  });
});

describe("goal summaries and small plans", () => {
  const index = aioi;

  it("groups the measures and KPIs of each goal, with counts per policy", () => {
    const goals = goalSummaries(index);
    expect(goals.map((g) => g.goal.number)).toEqual([6]);
    const [g] = goals;
    expect(g.entries.map((e) => e.measure.number)).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
    expect(g.first).toBe("6-1-1");
    expect(g.last).toBe("6-1-3");
    expect(g.rows).toHaveLength(kpiRows(index).length);
    expect(g.counts).toEqual(statusCounts(kpiRows(index)));
    expect(g.policies.map((p) => p.policy.number)).toEqual(["6-1"]);
    expect(g.policies[0].counts).toEqual(g.counts);
    expect(g.policies[0].kpiCount).toBe(g.rows.length);
    expect(goalSummaries(index)).toBe(goals);
    expect(goalSummary(index, 6)).toBe(g);
    expect(goalSummary(index, 99)).toBeUndefined();
  });

  it("orders the number range numerically", () => {
    const entries = ["1-1-10", "1-1-9", "1-1-2"].map((number, i) => ({
      ...index.entries[0],
      index: i,
      measure: { ...index.entries[0].measure, number, kpis: [] },
      goal: index.entries[0].goal,
      policy: index.entries[0].policy,
    }));
    const fake = { ...index, entries };
    const [g] = goalSummaries(fake);
    expect(g.first).toBe("1-1-2");
    expect(g.last).toBe("1-1-10");
    expect(g.rows).toEqual([]);
  });

  it("treats a plan as small up to SMALL_PLAN_MEASURES measures", () => {
    expect(SMALL_PLAN_MEASURES).toBeGreaterThan(0);
    expect(isSmallPlan(index)).toBe(true);
    expect(isSmallPlan(index, 3)).toBe(true);
    expect(isSmallPlan(index, 2)).toBe(false);
  });
});

describe("pages of the plan overview", () => {
  it("keeps a plan of a few goals on one page", () => {
    expect(overviewPages(aioi).map((p) => p.map((g) => g.goal.number))).toEqual([[6]]);
    expect(overviewPageOf(aioi, 6)).toBe(1);
  });

  it("splits the goals into pages in plan order and finds the page of a goal", () => {
    const goal = aioi.plan.plan.goals[0];
    const goals = [1, 2, 3, 4, 5].map((number) => ({ ...goal, number })) as typeof aioi.plan.plan.goals;
    const big = { ...aioi, plan: { ...aioi.plan, plan: { ...aioi.plan.plan, goals } } };
    expect(overviewPages(big, 2).map((p) => p.map((g) => g.goal.number))).toEqual([[1, 2], [3, 4], [5]]);
    expect([1, 2, 3, 4, 5].map((n) => overviewPageOf(big, n, 2))).toEqual([1, 1, 2, 2, 3]);
    expect(overviewPageOf(big, 99, 2)).toBe(1);
  });
});
