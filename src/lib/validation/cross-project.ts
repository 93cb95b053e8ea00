// Roadmap checks: every period well formed and inside the roadmap's years,
// activities inside their phase, ids unique, responsible parties and item categories defined.
import type { Course, Item, Period, Project } from "../types.ts";
import type { Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding, Segment } from "./finding.ts";
import { checkInside, checkPeriod, checkUnique } from "./periods.ts";

const ROADMAP_YEARS = {
  ja: "ロードマップの年度 roadmap.fiscalYears",
  en: "the roadmap's fiscal years (roadmap.fiscalYears)",
};

export function checkProject(doc: Loaded<Project>, out: Finding[]): void {
  const roadmap = doc.data?.roadmap;
  if (!roadmap) return;
  const years = checkPeriod(doc, ["roadmap", "fiscalYears"], roadmap.fiscalYears, out) ? roadmap.fiscalYears : null;
  const dup = (at: Segment[], ja: string, en: string) =>
    out.push(findingAt(doc.parsed, at, { ja: `${ja}が重複しています`, en: `duplicate ${en}` }));
  checkUnique(
    roadmap.parties,
    (p) => p.id,
    (i, id) => dup(["roadmap", "parties", i, "id"], `担当のid「${id}」`, `party id ${id}`),
  );
  checkUnique(
    roadmap.courses,
    (c) => c.id,
    (i, id) => dup(["roadmap", "courses", i, "id"], `コースのid「${id}」`, `course id ${id}`),
  );
  const legend = (roadmap.legend ?? []).flatMap((e, i) => (e.id === undefined ? [] : [{ id: e.id, i }]));
  checkUnique(
    legend,
    (e) => e.id,
    (j, id) => dup(["roadmap", "legend", legend[j].i, "id"], `凡例のid「${id}」`, `legend id ${id}`),
  );
  const defined: Defined = {
    parties: new Set(roadmap.parties.map((p) => p.id)),
    categories: new Set(legend.map((e) => e.id)),
  };
  roadmap.courses.forEach((course, c) => checkCourse(doc, course, ["roadmap", "courses", c], years, defined, out));
}

/** The ids an item may refer to: parties (responsible) and legend entries (categories). */
interface Defined {
  parties: Set<string>;
  categories: Set<string>;
}

const listed = (ids: Set<string>, none: string) => [...ids].join(", ") || none;

function checkCourse(
  doc: Loaded<Project>,
  course: Course,
  at: Segment[],
  years: Period | null,
  defined: Defined,
  out: Finding[],
): void {
  const dup = (seg: Segment[], ja: string, en: string) =>
    out.push(findingAt(doc.parsed, seg, { ja: `${ja}が重複しています`, en: `duplicate ${en}` }));
  checkUnique(
    course.phases,
    (p) => p.id,
    (i, id) => dup([...at, "phases", i, "id"], `フェーズのid「${id}」`, `phase id ${id}`),
  );
  checkUnique(
    course.items,
    (it) => it.number,
    (i, n) => dup([...at, "items", i, "number"], `見直し項目の番号「${n}」`, `item number ${n}`),
  );
  // Only well-formed phases are used to check activities, so one mistake gives one message.
  const phases = new Map<string, Period | null>();
  course.phases.forEach((ph, i) => {
    const seg = [...at, "phases", i, "period"];
    const ok = checkPeriod(doc, seg, ph.period, out);
    phases.set(ph.id, ok ? ph.period : null);
    if (!ok) return;
    if (years)
      checkInside(
        doc,
        seg,
        ph.period,
        years,
        { inner: { ja: `フェーズ「${ph.id}」`, en: `phase ${ph.id}` }, outer: ROADMAP_YEARS },
        out,
      );
  });
  course.items.forEach((item, i) => checkItem(doc, item, [...at, "items", i], years, phases, defined, out));
}

function checkItem(
  doc: Loaded<Project>,
  item: Item,
  at: Segment[],
  years: Period | null,
  phases: Map<string, Period | null>,
  { parties, categories }: Defined,
  out: Finding[],
): void {
  item.responsible?.forEach((id, r) => {
    if (parties.has(id)) return;
    out.push(
      findingAt(doc.parsed, [...at, "responsible", r], {
        ja: `担当「${id}」が roadmap.parties にありません（あるもの: ${listed(parties, "なし")}）`,
        en: `responsible party "${id}" is not in roadmap.parties (defined: ${listed(parties, "none")})`,
      }),
    );
  });
  item.categories?.forEach((id, k) => {
    if (categories.has(id)) return;
    out.push(
      findingAt(doc.parsed, [...at, "categories", k], {
        ja: `区分「${id}」が roadmap.legend の id にありません（あるもの: ${listed(categories, "なし")}）`,
        en: `category "${id}" is not an id in roadmap.legend (defined: ${listed(categories, "none")})`,
      }),
    );
  });
  item.activities.forEach((act, a) => {
    const seg = [...at, "activities", a, "period"];
    if (!checkPeriod(doc, seg, act.period, out)) return;
    const what = { ja: "活動", en: "activity" };
    if (years && !checkInside(doc, seg, act.period, years, { inner: what, outer: ROADMAP_YEARS }, out)) return;
    if (act.phase === undefined) return;
    const phase = phases.get(act.phase);
    if (phase === null) return; // its own period is wrong and already reported
    if (phase)
      checkInside(
        doc,
        seg,
        act.period,
        phase,
        { inner: what, outer: { ja: `フェーズ「${act.phase}」の期間`, en: `phase ${act.phase}` } },
        out,
      );
    else
      out.push(
        findingAt(doc.parsed, [...at, "activities", a, "phase"], {
          ja: `フェーズ「${act.phase}」はこのコースの phases にありません（あるもの: ${[...phases.keys()].join(", ")}）`,
          en: `phase "${act.phase}" is not among this course's phases (defined: ${[...phases.keys()].join(", ")})`,
        }),
      );
  });
}
