// The content of the "fallback" build (global-setup.ts): a copy of content/ made into its own git
// repository with two commits, so that its pages show
//   - the fallbacks of a third locale (ko, tests/fixtures/locales) and of a measure without English;
//   - every KPI direction × status (measure 6-1-4 from tests/fixtures/kpi-directions);
//   - roadmap progress as of a pinned build date (statuses on course Ⅰ, PROGRESS below), the
//     categories (公助 / 互助・共助 / 自助) of some items of course Ⅰ (CATEGORIES below) and an
//     item with its own contact (ITEM_CONTACT);
//   - a history page built from git: the second commit adds a KPI actual and changes an action;
//   - a related plan with the address of its page (RELATED_PLAN_URL: the seeds give none).
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { commitAll, initRepo } from "../fixtures/git-repo.ts";
import type { Activity, Item, Project, RoadmapStatus } from "../../src/lib/types.ts";
import {
  KOREAN_TITLE,
  KPI_SAMPLES_MEASURE,
  kpiSamples,
  RELATED_PLAN_URL,
  root,
  UNTRANSLATED_MEASURE,
} from "./paths.ts";

/** Dates of the two commits. */
export const FIRST_COMMIT_DATE = "2025-04-01";
export const SECOND_COMMIT_DATE = "2025-06-30";

/** Reported progress added to course Ⅰ: [item number, activity index or "row", status, asOf?, note?]. */
export const PROGRESS: ReadonlyArray<
  readonly [item: number, at: number | "row", status: RoadmapStatus, asOf?: string, note?: { ja: string; en: string }]
> = [
  [1, 0, "done", "2024-03-29"],
  [1, 1, "done", "2025-03-31"],
  [2, 0, "done"],
  [
    2,
    1,
    "in-progress",
    "2025-09-30",
    { ja: "12地区のうち6地区で実施しました", en: "Carried out in 6 of the 12 districts" },
  ],
  [
    3,
    0,
    "delayed",
    "2025-09-30",
    { ja: "相談員の確保が遅れています", en: "Recruiting advisers is taking longer than planned" },
  ],
  [
    4,
    "row",
    "revised",
    "2025-06-30",
    { ja: "方針を見直し、令和8年度に再検討します", en: "The policy was revised; to be reconsidered in FY2026" },
  ],
  [5, 0, "done"],
  [5, 1, "done"],
  [5, 2, "planned"],
  [6, 1, "cancelled"],
];

/** Categories recorded for items of course Ⅰ: [item number, legend ids]. */
export const CATEGORIES: ReadonlyArray<readonly [item: number, ids: string[]]> = [
  [1, ["category-1"]],
  [2, ["category-2", "category-3"]],
  [3, ["category-3"]],
];

/** Replaces `find` in a file, failing loudly when the text is no longer there. */
function edit(file: string, find: string, replace: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(find)) throw new Error(`fallback-content: "${find.slice(0, 40)}" not found in ${file}`);
  writeFileSync(file, text.replace(find, replace));
}

/** Removes every English translation and its review status from a YAML document (the Japanese stays). */
function stripEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEnglish);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "en" && k !== "review")
        .map(([k, v]) => [k, stripEnglish(v)]),
    );
  }
  return value;
}

function addProgress(file: string): void {
  const project = parse(readFileSync(file, "utf8")) as Project;
  const items = project.roadmap.courses[0].items;
  for (const [number, at, status, asOf, note] of PROGRESS) {
    const item = items.find((i) => i.number === number)!;
    const target: Item | Activity = at === "row" ? item : item.activities[at];
    target.status = status;
    if (asOf) target.asOf = asOf;
    if (note) target.statusNote = { ...note, review: { en: "provisional" } };
  }
  for (const [number, ids] of CATEGORIES) items.find((i) => i.number === number)!.categories = ids;
  writeFileSync(file, stringify(project));
}

/** Course Ⅰ item 1 names its own department (fictitious number; city.test.ts). */
export const ITEM_CONTACT = { department: { ja: "地域活動支援課", en: "Community Support Division" }, phone: "0000-00-0002" };

function addItemContact(file: string): void {
  const project = parse(readFileSync(file, "utf8")) as Project;
  project.roadmap.courses[0].items[0].contact = ITEM_CONTACT;
  writeFileSync(file, stringify(project));
}

/** Adds the KPI samples as measure 6-1-4, listed after 6-1-3 in plan.yaml. */
function addKpiSamples(dir: string): void {
  cpSync(kpiSamples, path.join(dir, "aioi", "measures", `${KPI_SAMPLES_MEASURE}.yaml`));
  const plan = path.join(dir, "aioi", "plan.yaml");
  const text = readFileSync(plan, "utf8");
  const listed = text.replace(/^( +)- 6-1-3\n/m, `$&$1- ${KPI_SAMPLES_MEASURE}\n`);
  if (listed === text) throw new Error("fallback-content: measure 6-1-3 is not listed where expected in plan.yaml");
  writeFileSync(plan, listed);
}

/** Makes `dir` from content/ (and the KPI samples): first commit as it is, second commit with the edits above. */
export function makeFallbackContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, "content"), dir, { recursive: true });
  addKpiSamples(dir);
  edit(
    path.join(dir, "aioi", "measures", "6-1-2.yaml"),
    "  - name:\n      ja: 第7次定員適正化計画\n",
    `  - url: ${RELATED_PLAN_URL}\n    name:\n      ja: 第7次定員適正化計画\n`,
  );
  addItemContact(path.join(dir, "jumin-jichi-refresh", "project.yaml"));
  initRepo(dir);
  commitAll(dir, "Content as published", FIRST_COMMIT_DATE);

  const untranslated = path.join(dir, "aioi", "measures", `${UNTRANSLATED_MEASURE}.yaml`);
  writeFileSync(untranslated, stringify(stripEnglish(parse(readFileSync(untranslated, "utf8")))));
  const first = path.join(dir, "aioi", "measures", "6-1-1.yaml");
  edit(
    first,
    "  en: Encouraging settlement and growing the number of people with ties to the city (kankei jinkō)\n  review:\n    en: provisional\n",
    `  en: Encouraging settlement and growing the number of people with ties to the city (kankei jinkō)\n  ko: ${KOREAN_TITLE}\n  review:\n    en: provisional\n    ko: provisional\n`,
  );
  // A KPI figure of FY2025 (令和7年度) and a changed description of action ②.
  edit(
    first,
    "      - fiscalYear: 2024\n        value: 65.9\n        decimals: 1\n",
    "      - fiscalYear: 2024\n        value: 65.9\n        decimals: 1\n      - fiscalYear: 2025\n        value: 66.4\n        decimals: 1\n",
  );
  edit(
    first,
    "市民総ぐるみのあいさつ運動などを展開することで、",
    "市民総ぐるみのあいさつ運動や地域行事への参加の呼びかけなどを展開することで、",
  );
  addProgress(path.join(dir, "jumin-jichi-refresh", "project.yaml"));
  commitAll(dir, "Korean title, FY2025 figure, action 2, roadmap progress", SECOND_COMMIT_DATE);
}
