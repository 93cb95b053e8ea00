// Roadmap progress as of a date: the fiscal year of the build date, each item's status, the course
// summaries and the activities that need a report. Statuses are only ever what was reported.
import { describe, expect, it } from "vitest";
import { buildDate, fiscalYearOf } from "../../src/lib/build-date.ts";
import {
  activityStatus,
  courseProgress,
  itemStatus,
  needingReport,
  projectProgress,
  projectNeedingReport,
} from "../../src/lib/roadmap-status.ts";
import type { Activity, Course, Item, Project, RoadmapStatus } from "../../src/lib/types.ts";

const activity = (from: number, to: number, status?: RoadmapStatus): Activity => ({
  text: { ja: `取組 ${from}-${to}` },
  period: { from, to },
  ...(status && { status }),
});
const item = (number: number, activities: Activity[], status?: RoadmapStatus): Item => ({
  number,
  title: { ja: `項目 ${number}` },
  activities,
  ...(status && { status }),
});
const course = (items: Item[]): Course => ({
  id: "course-1",
  numeral: "Ⅰ",
  name: { ja: "2024コース" },
  deadline: 2024,
  phases: [{ id: "takeoff", name: { ja: "離陸期" }, period: { from: 2023, to: 2025 } }],
  items: items as Course["items"],
});

describe("build date", () => {
  it("fiscal years run April to March", () => {
    expect(fiscalYearOf("2026-03-31")).toBe(2025);
    expect(fiscalYearOf("2026-04-01")).toBe(2026);
    expect(fiscalYearOf("2025-12-31")).toBe(2025);
    expect(fiscalYearOf("2026-01-01")).toBe(2025);
  });

  it("is BUILD_DATE when given, else today in Japan", () => {
    expect(buildDate("2025-10-01", new Date("2030-01-01T00:00:00Z"))).toBe("2025-10-01");
    // 15:30 UTC on 31 March is already 1 April in Japan: a new fiscal year.
    expect(buildDate(undefined, new Date("2026-03-31T15:30:00Z"))).toBe("2026-04-01");
    expect(buildDate(undefined, new Date("2026-03-31T14:59:00Z"))).toBe("2026-03-31");
  });

  it("refuses a date that is not a real YYYY-MM-DD, in both languages", () => {
    for (const bad of ["2025/10/01", "2025-02-30", "令和7年10月1日", "2025-10"])
      expect(() => buildDate(bad, new Date())).toThrow(
        /BUILD_DATE は「2026-04-01」.*BUILD_DATE must be a date as YYYY-MM-DD/,
      );
  });
});

describe("item status", () => {
  it("is the row's own status when the source gives one", () => {
    expect(itemStatus(item(1, [activity(2023, 2023, "done"), activity(2024, 2024)], "revised"), 2024)).toBe("revised");
  });

  it("otherwise is the report of the activity it is at: the last one begun by now", () => {
    const it = item(1, [activity(2023, 2023, "done"), activity(2024, 2025, "in-progress"), activity(2026, 2026)]);
    expect(itemStatus(it, 2023)).toBe("done");
    expect(itemStatus(it, 2025)).toBe("in-progress");
    // The 2026 activity has begun and has no report: not reported, not guessed from the others.
    expect(itemStatus(it, 2026)).toBe("not-reported");
    // Before anything has begun: the first activity's report.
    expect(itemStatus(item(2, [activity(2025, 2025, "planned")]), 2023)).toBe("planned");
    expect(itemStatus(item(3, []), 2025)).toBe("not-reported");
  });

  it("an activity without a status takes its row's status, else is not reported", () => {
    const a = activity(2023, 2023);
    expect(activityStatus(a, item(1, [a], "cancelled"))).toBe("cancelled");
    expect(activityStatus(a, item(1, [a]))).toBe("not-reported");
    expect(activityStatus(activity(2023, 2023, "delayed"), item(1, [], "done"))).toBe("delayed");
  });
});

describe("course summary and what needs a report", () => {
  const c = course([
    item(1, [activity(2023, 2023, "done"), activity(2024, 2024, "done")]),
    item(2, [activity(2023, 2023, "done"), activity(2024, 2025, "in-progress")]),
    item(3, [activity(2024, 2024, "delayed")]),
    item(4, [activity(2023, 2023), activity(2024, 2024)], "revised"),
    item(5, [activity(2023, 2023), activity(2025, 2025, "planned")]),
    item(6, [activity(2023, 2023, "cancelled")]),
    item(7, [activity(2023, 2023), activity(2024, 2024)]),
  ]);

  it("counts items per status, every status present", () => {
    expect(courseProgress(c, 2025)).toEqual({
      items: 7,
      counts: { done: 1, "in-progress": 1, planned: 1, delayed: 1, revised: 1, cancelled: 1, "not-reported": 1 },
    });
  });

  it("lists the activities whose period has passed without done, cancelled or revised", () => {
    const list = needingReport(c, 2025).map((n) => [n.item.number, n.activity.period.from, n.status]);
    expect(list).toEqual([
      [3, 2024, "delayed"],
      [5, 2023, "not-reported"],
      [7, 2023, "not-reported"],
      [7, 2024, "not-reported"],
    ]);
    // An activity still running (2024–2025 in 2025) does not need a report yet; in 2026 it does.
    expect(needingReport(c, 2026).some((n) => n.item.number === 2)).toBe(true);
    expect(needingReport(c, 2023)).toEqual([]);
  });

  it("adds the courses up for a project", () => {
    const project = { roadmap: { courses: [c, course([item(1, [activity(2023, 2023)])])] } } as unknown as Project;
    expect(projectProgress(project, 2025).items).toBe(8);
    expect(projectProgress(project, 2025).counts["not-reported"]).toBe(2);
    expect(projectNeedingReport(project, 2025)).toBe(5);
  });
});
