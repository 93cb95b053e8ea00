// What changed between two versions of a content file, in words a citizen understands: the diff
// of the parsed YAML (src/lib/history/) and its wording from the dictionaries, in ja and en.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeFileChange } from "../../src/lib/history/describe.ts";
import type { Version } from "../../src/lib/history/describe.ts";
import type { SubjectKind } from "../../src/lib/history/subject.ts";
import { subjectOf } from "../../src/lib/history/subject.ts";
import { changeText, subjectText } from "../../src/lib/history/wording.ts";
import { parseYamlText } from "../../src/lib/validation/parse.ts";

const valid = path.resolve(import.meta.dirname, "../fixtures/valid");
const MEASURE = readFileSync(path.join(valid, "sample-plan/measures/6-1-1.yaml"), "utf8");
const PLAN = readFileSync(path.join(valid, "sample-plan/plan.yaml"), "utf8");
const PROJECT = readFileSync(path.join(valid, "sample-project/project.yaml"), "utf8");

const version = (text: string): Version => {
  const data = parseYamlText(text);
  return data === undefined ? "unreadable" : { data };
};

/** `text` with each [find, replace] applied once; a find that is not there fails the test. */
function edited(text: string, ...edits: Array<[string, string]>): string {
  return edits.reduce((t, [find, replace]) => {
    expect(t, `"${find}" not in the fixture`).toContain(find);
    return t.replace(find, replace);
  }, text);
}

/** The change sentences between two versions, in a language. */
function changes(kind: SubjectKind, before: string, after: string, lang = "ja"): string[] {
  return describeFileChange(kind, version(before), version(after)).map((c) => changeText(c, lang));
}

describe("measure", () => {
  it("a new KPI actual: めざそう値 … に令和7年度の実績値 66.4% を追加", () => {
    const after = edited(MEASURE, [
      "        value: 65.9\n",
      "        value: 65.9\n      - fiscalYear: 2025\n        value: 66.4\n",
    ]);
    expect(changes("measure", MEASURE, after)).toEqual(["めざそう値 6-1-1-1 に令和7年度の実績値 66.4% を追加"]);
    expect(changes("measure", MEASURE, after, "en")).toEqual(["KPI 6-1-1-1: actual value for FY2025, 66.4%, added"]);
  });

  it("a corrected figure keeps its decimals, and the first figure is the baseline", () => {
    const after = edited(MEASURE, ["value: 70.0\n", "value: 69.5\n"], ["value: 65.9\n", "value: 66\n"]);
    expect(changes("measure", MEASURE, after)).toEqual([
      "めざそう値 6-1-1-1 の令和2年度の基準値を 70.0% から 69.5% に変更",
      "めざそう値 6-1-1-1 の令和6年度の実績値を 65.9% から 66% に変更",
    ]);
  });

  it("a removed figure and a changed target", () => {
    const after = edited(
      MEASURE,
      ["      - fiscalYear: 2024\n        value: 65.9\n", ""],
      ["      fiscalYear: 2030\n      value: 73\n", "      fiscalYear: 2031\n      value: 75\n"],
    );
    expect(changes("measure", MEASURE, after)).toEqual([
      "めざそう値 6-1-1-1 の令和6年度の実績値 65.9% を削除",
      "めざそう値 6-1-1-1 の目標値を 73%（令和12年度）から 75%（令和13年度）に変更",
    ]);
  });

  it("an action's content, title and main projects: 取り組み事項①の内容を変更", () => {
    const after = edited(
      MEASURE,
      ["シティプロモーションを展開します。", "戦略的なシティプロモーションを展開します。"],
      ["まちの認知度の向上を図る", "まちの魅力を伝える"],
      ["      - ja: シティプロモーション事業\n", "      - ja: シティプロモーション事業\n      - ja: 広報事業\n"],
    );
    expect(changes("measure", MEASURE, after)).toEqual([
      "取り組み事項①のタイトルを変更",
      "取り組み事項①の内容を変更",
      "取り組み事項①の主な事業を変更",
    ]);
    expect(changes("measure", MEASURE, after, "en")).toEqual([
      "Action ①: title changed",
      "Action ①: content changed",
      "Action ①: main projects changed",
    ]);
  });

  it("a title set where it was missing: 基本施策 6-1-3 のタイトルを設定", () => {
    const missing = edited(MEASURE, [
      "number: 6-1-1\ntitle:\n  ja: 定住の促進と関係人口の拡大\n",
      "number: 6-1-3\ntitleMissing: true\n",
    ]);
    const set = edited(missing, ["titleMissing: true\n", "title:\n  ja: 健全な財政運営\n"]);
    expect(changes("measure", missing, set)).toEqual(["基本施策 6-1-3 のタイトルを設定"]);
    expect(changes("measure", missing, set, "en")).toEqual(["Title of measure 6-1-3 set"]);
  });

  it("sections, KPIs and actions added or removed, and fields it does not know", () => {
    const after = edited(
      MEASURE,
      [
        "  - ja: 「選ばれるまち」を目指します。\n",
        "  - ja: 「選ばれるまち」を目指します。\n  - ja: 魅力を発信します。\n",
      ],
      ["relatedPlans: none\n", "relatedPlans: none\nnotes:\n  - ja: 注記です。\n"],
    ).replace(/kpis:\n[\s\S]*?actions:\n/, "kpis: []\nactions:\n");
    expect(changes("measure", MEASURE, after)).toEqual(["基本方針を変更", "めざそう値 6-1-1-1 を削除", "注記を追加"]);
    const unknown = { data: { ...(version(MEASURE) as { data: object }).data, futureField: 1 } };
    expect(describeFileChange("measure", version(MEASURE), unknown).map((c) => changeText(c, "ja"))).toEqual([
      "その他の項目を変更",
    ]);
  });
});

describe("translations, form and files", () => {
  it("counts translations per language, apart from the content", () => {
    const after = edited(
      MEASURE,
      ["  ja: 定住の促進と関係人口の拡大\n", "  ja: 定住の促進と関係人口の拡大\n  en: Settlement\n  ko: 정주\n"],
      [
        "  - ja: 人口減少社会において、定住人口の維持が重要です。\n",
        "  - ja: 人口減少社会において、定住人口の維持が重要です。\n    en: Keeping the population matters.\n",
      ],
    );
    expect(changes("measure", MEASURE, after)).toEqual(["英語の訳を 2 件追加", "韓国語の訳を 1 件追加"]);
    expect(changes("measure", MEASURE, after, "en")).toEqual([
      "English translations added: 2",
      "Korean translations added: 1",
    ]);
    const reviewed = edited(after, ["  en: Settlement\n", "  en: Settlement\n  review:\n    en: reviewed\n"]);
    expect(changes("measure", after, reviewed)).toEqual(["英語の訳 1 件を確認済みに変更"]);
  });

  it("a change of form only (comments, quotes, the enStatus → review migration) says so", () => {
    const a = "title:\n  ja: 定住\n  en: Settlement\n  enStatus: provisional\n";
    const b = "# 注記\ntitle:\n  ja: '定住'\n  en: Settlement\n  review:\n    en: provisional\n";
    expect(changes("measure", a, b)).toEqual(["書き方だけを変更（内容は同じ）"]);
  });

  it("added, removed and unreadable versions", () => {
    const k = "measure" as const;
    expect(describeFileChange(k, undefined, version(MEASURE)).map((c) => changeText(c, "ja"))).toEqual(["新たに掲載"]);
    expect(describeFileChange(k, version(MEASURE), undefined).map((c) => changeText(c, "en"))).toEqual(["Removed"]);
    expect(changes(k, MEASURE, "title: [unclosed")).toEqual([
      "内容を変更（この版のファイルは読み取れないため、詳しい内容は表示できません）",
    ]);
  });

  it("names files by their path in the document folder", () => {
    expect(subjectText(subjectOf("measures/6-1-3.yaml"), "ja")).toBe("基本施策 6-1-3");
    expect(subjectText(subjectOf("plan.yaml"), "en")).toBe("Plan outline");
    expect(subjectText(subjectOf("notes/readme.yaml"), "ja")).toBe("ファイル notes/readme.yaml");
  });
});

describe("plan", () => {
  it("a policy title set, a measure listed, the period changed", () => {
    const missing = edited(PLAN, [
      "        title:\n          ja: 持続可能な行政運営\n",
      "        titleMissing: true\n",
    ]);
    const after = edited(
      missing,
      ["        titleMissing: true\n", "        title:\n          ja: 持続可能な行政運営\n"],
      ["          - 6-1-2", "          - 6-1-2\n          - 6-1-3"],
      ["  to: 2030\n", "  to: 2031\n"],
    );
    expect(changes("plan", missing, after)).toEqual([
      "計画期間を変更",
      "施策 6-1 のタイトルを設定",
      "基本施策 6-1-3 を計画の体系に追加",
    ]);
  });
});

describe("project roadmap", () => {
  it("reported progress of an activity: set, changed, its date or note, cleared", () => {
    const before = PROJECT;
    const changed = edited(before, ["status: in-progress\n", "status: done\n"]);
    expect(changes("project", before, changed)).toEqual([
      "コースⅡの見直し項目 1 の取組（令和5年度～令和6年度）の進み具合を「実施中」から「完了」に変更",
    ]);
    expect(changes("project", before, changed, "en")).toEqual([
      "Course Ⅱ, item 1: progress of the activity (FY2023 to FY2024) changed from “In progress” to “Done”",
    ]);
    const dated = edited(before, ["asOf: 2024-09-30\n", "asOf: 2024-10-31\n"]);
    expect(changes("project", before, dated)).toEqual([
      "コースⅡの見直し項目 1 の取組（令和5年度～令和6年度）の進み具合の日付・補足を変更",
    ]);
    const set = edited(before, [
      "              phase: takeoff\n    - id: course-2",
      "              phase: takeoff\n              status: done\n    - id: course-2",
    ]);
    expect(changes("project", before, set)).toEqual([
      "コースⅠの見直し項目 1 の取組（令和5年度）の進み具合を「完了」と報告",
    ]);
    const cleared = edited(before, [
      "              status: in-progress\n              asOf: 2024-09-30\n              statusNote:\n                ja: 半数の地区で検討を終えました\n",
      "",
    ]);
    expect(changes("project", before, cleared)).toEqual([
      "コースⅡの見直し項目 1 の取組（令和5年度～令和6年度）の進み具合の報告を削除",
    ]);
  });

  it("an item's row status, its activities and the course", () => {
    const after = edited(
      PROJECT,
      ["            ja: 市民への周知\n", "            ja: 市民への周知\n          status: delayed\n"],
      ["                ja: 方針決定\n", "                ja: 方針決定と周知\n"],
      ["      deadline: 2024\n", "      deadline: 2025\n"],
    );
    expect(changes("project", PROJECT, after)).toEqual([
      "コースⅠの実現・方針決定の目標年度を変更",
      "コースⅠの見直し項目 1 の進み具合を「遅れ」と報告",
      "コースⅠの見直し項目 1 の取組（令和5年度）の内容を変更",
    ]);
  });
});
