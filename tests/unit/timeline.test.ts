import { describe, expect, it } from "vitest";
import type { Activity, Course, Item, Period } from "../../src/lib/types.ts";
import { layoutCourse, tableRows } from "../../src/lib/timeline.ts";
import type { TimelineRow } from "../../src/lib/timeline.ts";

const act = (ja: string, from: number, to = from, phase?: string): Activity => ({
  text: { ja },
  period: { from, to },
  ...(phase ? { phase } : {}),
});
const item = (number: number, ja: string, activities: Activity[]): Item => ({
  number,
  title: { ja },
  activities,
});

// After Ⅰ 2024コース of 住民自治リフレッシュプロジェクト ロードマップ2023.
function course(items: Item[], phases?: Course["phases"]): Course {
  return {
    id: "course-2024",
    numeral: "Ⅰ",
    name: { ja: "2024コース" },
    deadline: 2024,
    phases: phases ?? [
      {
        id: "takeoff",
        name: { ja: "離陸期", en: "Take-off" },
        period: { from: 2023, to: 2023 },
      },
      {
        id: "acceleration",
        name: { ja: "加速期", en: "Acceleration" },
        period: { from: 2024, to: 2024 },
      },
      {
        id: "landing",
        name: { ja: "着陸期", en: "Landing" },
        period: { from: 2025, to: 2025 },
      },
    ],
    items: items as Course["items"],
  };
}

const wg = act("WGでの検討・方針決定 (住民自治活動PR支援)", 2023, 2023, "takeoff");
const pr = act("住民自治活動PR事業の実施", 2024, 2025);
const madoguchi = act("労務管理相談窓口の開設", 2024);
const seedCourse = course([
  item(1, "住民自治協議会に関する市民への周知", [wg, pr]),
  item(3, "労務管理", [madoguchi]),
  item(9, "未定の項目", []),
]);
const years: Period = { from: 2023, to: 2025 };

/** Columns covered by a row's cells, in order; each column must appear exactly once. */
function coveredColumns(row: TimelineRow): number[] {
  return row.cells.flatMap((c) =>
    c.kind === "empty" ? [c.col] : Array.from({ length: c.span }, (_, i) => c.startCol + i),
  );
}

describe("layoutCourse", () => {
  const layout = layoutCourse(seedCourse, years);

  it("has one column per fiscal year", () => {
    expect(layout.columns).toEqual([2023, 2024, 2025]);
  });

  it("maps phases to bands", () => {
    expect(layout.phaseBands).toEqual([
      {
        phaseId: "takeoff",
        name: { ja: "離陸期", en: "Take-off" },
        startCol: 0,
        span: 1,
      },
      {
        phaseId: "acceleration",
        name: { ja: "加速期", en: "Acceleration" },
        startCol: 1,
        span: 1,
      },
      {
        phaseId: "landing",
        name: { ja: "着陸期", en: "Landing" },
        startCol: 2,
        span: 1,
      },
    ]);
  });

  it("places a 2023-only activity at column 0 and a 2024–2025 one across two columns", () => {
    const row = layout.rows[0];
    expect(row.item.number).toBe(1);
    expect(row.lane).toBe(0);
    expect(row.laneCount).toBe(1);
    expect(row.cells).toEqual([
      {
        kind: "activity",
        activity: wg,
        startCol: 0,
        span: 1,
        clippedStart: false,
        clippedEnd: false,
      },
      {
        kind: "activity",
        activity: pr,
        startCol: 1,
        span: 2,
        clippedStart: false,
        clippedEnd: false,
      },
    ]);
  });

  it("makes gaps explicit empty cells", () => {
    expect(layout.rows[1].cells).toEqual([
      { kind: "empty", col: 0 },
      {
        kind: "activity",
        activity: madoguchi,
        startCol: 1,
        span: 1,
        clippedStart: false,
        clippedEnd: false,
      },
      { kind: "empty", col: 2 },
    ]);
    // An item with no activities still gets a row.
    expect(layout.rows[2]).toEqual({
      item: seedCourse.items[2],
      lane: 0,
      laneCount: 1,
      cells: [
        { kind: "empty", col: 0 },
        { kind: "empty", col: 1 },
        { kind: "empty", col: 2 },
      ],
    });
    expect(layout.problems).toEqual([]);
  });

  it("stacks overlapping activities in lanes without losing any", () => {
    const long = act("長期の取組", 2023, 2025);
    const a = act("A", 2023, 2024);
    const b = act("B", 2024, 2025);
    const c = act("C", 2025);
    const l = layoutCourse(course([item(1, "重なり", [long, a, b, c])]), years);
    expect(l.rows.map((r) => [r.item.number, r.lane, r.laneCount])).toEqual([
      [1, 0, 3],
      [1, 1, 3],
      [1, 2, 3],
    ]);
    const shown = (r: TimelineRow): string[] =>
      r.cells.map((cell) => (cell.kind === "empty" ? "-" : `${cell.activity.text.ja}@${cell.startCol}+${cell.span}`));
    expect(l.rows.map(shown)).toEqual([
      ["長期の取組@0+3"],
      // C (2025) reuses A's lane: A ends in 2024.
      ["A@0+2", "C@2+1"],
      ["-", "B@1+2"],
    ]);
    const allActivities = l.rows.flatMap((r) =>
      r.cells.flatMap((cell) => (cell.kind === "activity" ? [cell.activity] : [])),
    );
    expect(allActivities).toHaveLength(4);
    for (const r of l.rows) expect(coveredColumns(r)).toEqual([0, 1, 2]);
  });

  it("reports and leaves out activities wholly outside the years", () => {
    const later = act("2026年度の取組", 2026);
    const l = layoutCourse(course([item(4, "範囲外", [wg, later])]), years);
    expect(l.rows).toHaveLength(1);
    expect(l.rows[0].cells.map((c) => c.kind)).toEqual(["activity", "empty", "empty"]);
    expect(l.problems).toEqual([
      {
        code: "activity-outside-years",
        itemNumber: 4,
        activityIndex: 1,
        message:
          "見直し項目 4 の取組「2026年度の取組」（2026年度）は表示年度 2023–2025 の外にあり、表示されません / " +
          'Item 4, activity "2026年度の取組" (FY2026) lies outside the shown years FY2023–2025 and is not shown',
      },
    ]);
  });

  it("clips activities that run past the years, flagging the cut ends", () => {
    const early = act("前年度からの継続", 2022, 2023);
    const late = act("次年度へ続く", 2025, 2027);
    const l = layoutCourse(course([item(5, "はみ出し", [early, late])]), years);
    expect(l.rows[0].cells).toEqual([
      {
        kind: "activity",
        activity: early,
        startCol: 0,
        span: 1,
        clippedStart: true,
        clippedEnd: false,
      },
      { kind: "empty", col: 1 },
      {
        kind: "activity",
        activity: late,
        startCol: 2,
        span: 1,
        clippedStart: false,
        clippedEnd: true,
      },
    ]);
    expect(l.problems.map((p) => [p.code, p.itemNumber, p.activityIndex])).toEqual([
      ["activity-clipped", 5, 0],
      ["activity-clipped", 5, 1],
    ]);
  });

  it("reports reversed periods and unknown phases", () => {
    const reversed = act("逆転", 2025, 2023);
    const stray = act("不明な期", 2024, 2024, "cruise");
    const l = layoutCourse(course([item(6, "不正", [reversed, stray])]), years);
    expect(l.rows[0].cells.map((c) => c.kind)).toEqual(["empty", "activity", "empty"]);
    expect(l.problems.map((p) => [p.code, p.activityIndex, p.phaseId])).toEqual([
      ["activity-period-reversed", 0, undefined],
      ["unknown-phase", 1, "cruise"],
    ]);
    expect(l.problems[1].message).toMatch(
      /期「cruise」はこのコースにありません.*phase "cruise" is not a phase of this course/,
    );
  });

  it("clips or drops phase bands outside the years and reports them", () => {
    const l = layoutCourse(
      course(
        [item(1, "x", [])],
        [
          {
            id: "early",
            name: { ja: "準備期" },
            period: { from: 2021, to: 2023 },
          },
          {
            id: "main",
            name: { ja: "本期" },
            period: { from: 2024, to: 2025 },
          },
          {
            id: "later",
            name: { ja: "次期" },
            period: { from: 2026, to: 2027 },
          },
        ],
      ),
      years,
    );
    expect(l.phaseBands.map((b) => [b.phaseId, b.startCol, b.span])).toEqual([
      ["early", 0, 1],
      ["main", 1, 2],
    ]);
    expect(l.problems.map((p) => [p.code, p.phaseId])).toEqual([
      ["phase-clipped", "early"],
      ["phase-outside-years", "later"],
    ]);
  });

  it("works over the wider 2023–2026 columns of the 2026 course", () => {
    const l = layoutCourse(seedCourse, { from: 2023, to: 2026 });
    expect(l.columns).toEqual([2023, 2024, 2025, 2026]);
    expect(l.rows[0].cells.at(-1)).toEqual({ kind: "empty", col: 3 });
    for (const r of l.rows) expect(coveredColumns(r)).toEqual([0, 1, 2, 3]);
  });

  it("throws on an invalid year range", () => {
    expect(() => layoutCourse(seedCourse, { from: 2025, to: 2023 })).toThrow(
      /表示年度が正しくありません.*Invalid year range: 2025–2023/,
    );
    expect(() => tableRows(seedCourse, { from: 2023.5, to: 2025 })).toThrow(/Invalid year range/);
  });
});

describe("tableRows", () => {
  const table = tableRows(seedCourse, years);

  it("has a column per year with its phase", () => {
    expect(table.columns.map((c) => [c.year, c.phases.map((p) => p.id)])).toEqual([
      [2023, ["takeoff"]],
      [2024, ["acceleration"]],
      [2025, ["landing"]],
    ]);
  });

  it("lists the activities running in each year, marking continuations", () => {
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toEqual({
      item: seedCourse.items[0],
      cells: [
        { year: 2023, entries: [{ activity: wg, continued: false }] },
        { year: 2024, entries: [{ activity: pr, continued: false }] },
        { year: 2025, entries: [{ activity: pr, continued: true }] },
      ],
    });
    expect(table.rows[1].cells.map((c) => c.entries.map((e) => e.activity.text.ja))).toEqual([
      [],
      ["労務管理相談窓口の開設"],
      [],
    ]);
    expect(table.rows[2].cells.every((c) => c.entries.length === 0)).toBe(true);
    expect(table.problems).toEqual([]);
  });

  it("lists overlapping activities together in source order", () => {
    const long = act("長期の取組", 2023, 2025);
    const b = act("B", 2024);
    const t = tableRows(course([item(1, "重なり", [long, b])]), years);
    expect(t.rows[0].cells[1].entries).toEqual([
      { activity: long, continued: true },
      { activity: b, continued: false },
    ]);
  });

  it("shows clipped activities in range as continued and reports the same problems as the layout", () => {
    const early = act("前年度からの継続", 2022, 2023);
    const later = act("2026年度の取組", 2026);
    const c = course([item(5, "はみ出し", [early, later])]);
    const t = tableRows(c, years);
    expect(t.rows[0].cells.map((cell) => cell.entries)).toEqual([[{ activity: early, continued: true }], [], []]);
    expect(t.problems).toEqual(layoutCourse(c, years).problems);
    expect(t.problems.map((p) => p.code)).toEqual(["activity-clipped", "activity-outside-years"]);
  });
});
