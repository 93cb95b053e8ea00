// Roadmap progress as the municipality reported it (status, asOf, statusNote on activities and
// items), read against a fiscal year ("now", from the build date). Nothing is guessed: a missing
// status is "not-reported". Pure functions; the pages, the summaries and the tests share them.
import type { Activity, Course, Item, Project, RoadmapStatus } from "./types.ts";

export type ReportedStatus = RoadmapStatus | "not-reported";

/** Order of statuses in summaries and legends: finished, under way, planned, then what needs a look. */
export const PROGRESS_ORDER: readonly ReportedStatus[] = [
  "done",
  "in-progress",
  "planned",
  "delayed",
  "revised",
  "cancelled",
  "not-reported",
];

/** Statuses that close an activity: once its period has passed, nothing more needs reporting. */
const SETTLED: ReadonlySet<ReportedStatus> = new Set(["done", "cancelled", "revised"]);

/** An activity's status: its own report, else its item's (one status for the row), else none. */
export function activityStatus(activity: Activity, item: Item): ReportedStatus {
  return activity.status ?? item.status ?? "not-reported";
}

/**
 * Where an item stands in fiscal year `now`: its own row status when the source gives one; else the
 * report of the activity it is at (the last one begun by `now`, or its first if none has begun).
 */
export function itemStatus(item: Item, now: number): ReportedStatus {
  if (item.status) return item.status;
  const begun = item.activities.filter((a) => a.period.from <= now);
  const current =
    begun.length > 0 ? begun.reduce((a, b) => (b.period.from >= a.period.from ? b : a)) : item.activities[0];
  return current?.status ?? "not-reported";
}

export interface ProgressSummary {
  /** Number of items counted. */
  items: number;
  /** Items per status; every status is present (0 when none). */
  counts: Record<ReportedStatus, number>;
}

function summarize(items: readonly Item[], now: number): ProgressSummary {
  const counts = Object.fromEntries(PROGRESS_ORDER.map((s) => [s, 0])) as Record<ReportedStatus, number>;
  for (const item of items) counts[itemStatus(item, now)]++;
  return { items: items.length, counts };
}

/** "8 項目中 完了 3・実施中 4・未報告 1" for one course. */
export function courseProgress(course: Course, now: number): ProgressSummary {
  return summarize(course.items, now);
}

/** The same over every course of a project (home page). */
export function projectProgress(project: Project, now: number): ProgressSummary {
  return summarize(
    project.roadmap.courses.flatMap((c) => c.items),
    now,
  );
}

export interface NeedsReport {
  item: Item;
  activity: Activity;
  status: ReportedStatus;
}

/**
 * Activities whose period ended before fiscal year `now` without a report that closes them
 * (done, cancelled or revised), in item order: the ones a reader would ask about.
 */
export function needingReport(course: Course, now: number): NeedsReport[] {
  return course.items.flatMap((item) =>
    item.activities
      .filter((a) => a.period.to < now && !SETTLED.has(activityStatus(a, item)))
      .map((activity) => ({ item, activity, status: activityStatus(activity, item) })),
  );
}

/** Number of activities needing a report over a whole project. */
export function projectNeedingReport(project: Project, now: number): number {
  return project.roadmap.courses.reduce((n, c) => n + needingReport(c, now).length, 0);
}
