// Layout of a roadmap course (ロードマップ) as a grid of fiscal-year columns, for the visual
// timeline, and as a plain table, for screen readers and print. Both come from one pass over
// the data so that they never disagree.
//
// Out-of-range data does not throw: the page should still render what it can, and the
// validator or build can turn `problems` into warnings. Each problem says what happened:
//   activity-outside-years   wholly outside the shown years: left out of the layout
//   activity-clipped         partly outside: shown for the years in range, cut ends flagged
//   activity-period-reversed period.from after period.to: left out
//   unknown-phase            activity.phase names no phase of the course: shown anyway
//   phase-outside-years / phase-clipped / phase-period-reversed   the same for phase bands
// An invalid `years` argument is a programming error and throws.
import type { Activity, Course, Item, Period, Phase, Text } from "./types.ts";

export interface ActivityCell {
  kind: "activity";
  activity: Activity;
  /** Column index of the first year shown (0 = years.from). */
  startCol: number;
  /** Number of year columns covered. */
  span: number;
  /** The activity starts before the first column (draw an open start). */
  clippedStart: boolean;
  /** The activity ends after the last column (draw an open end). */
  clippedEnd: boolean;
}

export interface EmptyCell {
  kind: "empty";
  col: number;
}

export type TimelineCell = ActivityCell | EmptyCell;

export interface PhaseBand {
  phaseId: string;
  name: Text;
  startCol: number;
  span: number;
}

/**
 * One lane of an item. An item whose activities overlap in time gets several lanes, in
 * consecutive rows with the same item; lane 0 carries the item's heading (rowspan = laneCount).
 * Every lane's cells cover each column exactly once, left to right.
 */
export interface TimelineRow {
  item: Item;
  lane: number;
  laneCount: number;
  cells: TimelineCell[];
}

export type TimelineProblemCode =
  | "activity-outside-years"
  | "activity-clipped"
  | "activity-period-reversed"
  | "unknown-phase"
  | "phase-outside-years"
  | "phase-clipped"
  | "phase-period-reversed";

export interface TimelineProblem {
  code: TimelineProblemCode;
  itemNumber?: number;
  /** Index in item.activities. */
  activityIndex?: number;
  phaseId?: string;
  /** Japanese and English in one message. */
  message: string;
}

export interface CourseLayout {
  columns: number[];
  phaseBands: PhaseBand[];
  rows: TimelineRow[];
  problems: TimelineProblem[];
}

export interface TableColumn {
  year: number;
  /** Phases covering this year (normally one). */
  phases: Phase[];
}

export interface TableEntry {
  activity: Activity;
  /** True when the activity began in an earlier year (the cell continues it). */
  continued: boolean;
}

export interface TableRow {
  item: Item;
  /** One cell per column, in column order. */
  cells: Array<{ year: number; entries: TableEntry[] }>;
}

export interface CourseTable {
  columns: TableColumn[];
  rows: TableRow[];
  problems: TimelineProblem[];
}

const fy = (p: Period): string => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`);

function checkYears(years: Period): number[] {
  if (!Number.isInteger(years.from) || !Number.isInteger(years.to) || years.from > years.to) {
    throw new Error(
      `表示年度が正しくありません: ${years.from}〜${years.to} / Invalid year range: ${years.from}–${years.to}`,
    );
  }
  return Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i);
}

type Fit = { kind: "reversed" } | { kind: "outside" } | { kind: "inside" | "clipped"; from: number; to: number };

/** Where a period falls against the shown years. */
function fit(period: Period, years: Period): Fit {
  if (period.from > period.to) return { kind: "reversed" };
  if (period.to < years.from || period.from > years.to) return { kind: "outside" };
  const from = Math.max(period.from, years.from);
  const to = Math.min(period.to, years.to);
  return {
    kind: from === period.from && to === period.to ? "inside" : "clipped",
    from,
    to,
  };
}

interface Placed {
  activity: Activity;
  from: number;
  to: number;
}

/** Activities of each item that can be shown, plus the problems met on the way. */
function placeActivities(course: Course, years: Period): { placed: Placed[][]; problems: TimelineProblem[] } {
  const problems: TimelineProblem[] = [];
  const phaseIds = new Set(course.phases.map((p) => p.id));
  const placed = course.items.map((item) =>
    item.activities.flatMap((activity, activityIndex): Placed[] => {
      const where = `見直し項目 ${item.number} の取組「${activity.text.ja}」（${fy(activity.period)}年度）`;
      const whereEn = `Item ${item.number}, activity "${activity.text.ja}" (FY${fy(activity.period)})`;
      const at = { itemNumber: item.number, activityIndex };
      if (activity.phase !== undefined && !phaseIds.has(activity.phase)) {
        problems.push({
          code: "unknown-phase",
          ...at,
          phaseId: activity.phase,
          message: `${where}の期「${activity.phase}」はこのコースにありません / ${whereEn}: phase "${activity.phase}" is not a phase of this course`,
        });
      }
      const f = fit(activity.period, years);
      if (f.kind === "reversed") {
        problems.push({
          code: "activity-period-reversed",
          ...at,
          message: `${where}は開始年度が終了年度より後です / ${whereEn}: starts after it ends`,
        });
        return [];
      }
      if (f.kind === "outside") {
        problems.push({
          code: "activity-outside-years",
          ...at,
          message: `${where}は表示年度 ${fy(years)} の外にあり、表示されません / ${whereEn} lies outside the shown years FY${fy(years)} and is not shown`,
        });
        return [];
      }
      if (f.kind === "clipped") {
        problems.push({
          code: "activity-clipped",
          ...at,
          message: `${where}は表示年度 ${fy(years)} からはみ出し、範囲内だけを表示します / ${whereEn} runs past the shown years FY${fy(years)}; only the years in range are shown`,
        });
      }
      return [{ activity, from: f.from, to: f.to }];
    }),
  );
  return { placed, problems };
}

function phaseProblems(course: Course, years: Period): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  for (const phase of course.phases) {
    const f = fit(phase.period, years);
    const where = `期「${phase.name.ja}」（${fy(phase.period)}年度）`;
    const whereEn = `Phase "${phase.name.ja}" (FY${fy(phase.period)})`;
    if (f.kind === "reversed") {
      problems.push({
        code: "phase-period-reversed",
        phaseId: phase.id,
        message: `${where}は開始年度が終了年度より後です / ${whereEn} starts after it ends`,
      });
    } else if (f.kind === "outside") {
      problems.push({
        code: "phase-outside-years",
        phaseId: phase.id,
        message: `${where}は表示年度 ${fy(years)} の外にあり、表示されません / ${whereEn} lies outside the shown years FY${fy(years)} and is not shown`,
      });
    } else if (f.kind === "clipped") {
      problems.push({
        code: "phase-clipped",
        phaseId: phase.id,
        message: `${where}は表示年度 ${fy(years)} からはみ出し、範囲内だけを表示します / ${whereEn} runs past the shown years FY${fy(years)}; only the years in range are shown`,
      });
    }
  }
  return problems;
}

/** The course as a grid: year columns, phase bands, and one or more lanes per item. */
export function layoutCourse(course: Course, years: Period): CourseLayout {
  const columns = checkYears(years);
  const { placed, problems } = placeActivities(course, years);

  const phaseBands: PhaseBand[] = course.phases.flatMap((phase) => {
    const f = fit(phase.period, years);
    if (f.kind === "reversed" || f.kind === "outside") return [];
    return [
      {
        phaseId: phase.id,
        name: phase.name,
        startCol: f.from - years.from,
        span: f.to - f.from + 1,
      },
    ];
  });

  const rows: TimelineRow[] = course.items.flatMap((item, i) => {
    // Greedy interval partitioning, earliest start first: each activity goes into the first
    // lane that is free by its start year, so overlaps stack and nothing is dropped.
    const sorted = [...placed[i]].sort((a, b) => a.from - b.from);
    const lanes: Placed[][] = [];
    for (const p of sorted) {
      const lane = lanes.find((l) => l[l.length - 1].to < p.from);
      if (lane) lane.push(p);
      else lanes.push([p]);
    }
    if (lanes.length === 0) lanes.push([]);

    return lanes.map((lane, laneIndex): TimelineRow => {
      const cells: TimelineCell[] = [];
      let col = 0;
      for (const p of lane) {
        const startCol = p.from - years.from;
        for (; col < startCol; col++) cells.push({ kind: "empty", col });
        const span = p.to - p.from + 1;
        cells.push({
          kind: "activity",
          activity: p.activity,
          startCol,
          span,
          clippedStart: p.activity.period.from < years.from,
          clippedEnd: p.activity.period.to > years.to,
        });
        col += span;
      }
      for (; col < columns.length; col++) cells.push({ kind: "empty", col });
      return { item, lane: laneIndex, laneCount: lanes.length, cells };
    });
  });

  return {
    columns,
    phaseBands,
    rows,
    problems: [...phaseProblems(course, years), ...problems],
  };
}

/** The course as a plain table: one row per item, one cell per year listing what runs then. */
export function tableRows(course: Course, years: Period): CourseTable {
  const columnYears = checkYears(years);
  const { placed, problems } = placeActivities(course, years);
  const columns = columnYears.map((year) => ({
    year,
    phases: course.phases.filter((p) => p.period.from <= year && year <= p.period.to),
  }));
  const rows = course.items.map((item, i) => ({
    item,
    cells: columnYears.map((year) => ({
      year,
      // In the item's own order, which is how the source lists them.
      entries: placed[i]
        .filter((p) => p.from <= year && year <= p.to)
        .map((p) => ({
          activity: p.activity,
          continued: year > p.activity.period.from,
        })),
    })),
  }));
  return {
    columns,
    rows,
    problems: [...phaseProblems(course, years), ...problems],
  };
}
