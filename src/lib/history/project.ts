// What changed in project.yaml: its sections, and in the roadmap each course, item and activity,
// including reported progress (status, asOf, statusNote). Compared on the Japanese alone.
import type { Period } from "../types.ts";
import type { ReportedStatus } from "../roadmap-status.ts";
import type { Change, Data, Param } from "./change.ts";
import { change, list, matchBy, otherChanges, record, same, sectionChanges, str } from "./change.ts";

const SECTIONS = [
  ["municipality", "municipality"],
  ["summary", "summary"],
  ["source", "source"],
  ["purpose", "purpose"],
  ["basicPolicies", "basicPolicies"],
  ["principles", "principles"],
  ["undertakings", "undertakings"],
  ["approach", "approach"],
  ["continuingIssues", "continuingIssues"],
] as const;
const ROADMAP_SECTIONS = [
  ["title", "roadmapTitle"],
  ["subtitle", "roadmapSubtitle"],
  ["fiscalYears", "roadmapYears"],
  ["parties", "parties"],
  ["legend", "legend"],
] as const;
const COURSE_SECTIONS = [
  ["name", "courseName"],
  ["aim", "aim"],
  ["deadline", "deadline"],
  ["phases", "phases"],
  ["interpretation", "interpretation"],
  ["goalImages", "goalImages"],
  ["footnotes", "footnotes"],
] as const;
const STATUS_FIELDS = ["status", "asOf", "statusNote"];

const statusOf = (r: Data): { status: ReportedStatus } => ({
  status: (str(r.status) ?? "not-reported") as ReportedStatus,
});

/** A reported status set, changed or cleared; or only its date or note changed. */
function statusChanges(
  before: Data,
  after: Data,
  params: Record<string, Param>,
  prefix: "item" | "activity",
): Change[] {
  if (!same(before.status, after.status)) {
    if (before.status === undefined) return [change(`${prefix}StatusSet`, { ...params, status: statusOf(after) })];
    if (after.status === undefined) return [change(`${prefix}StatusCleared`, params)];
    return [change(`${prefix}StatusChanged`, { ...params, from: statusOf(before), to: statusOf(after) })];
  }
  return same(before.asOf, after.asOf) && same(before.statusNote, after.statusNote)
    ? []
    : [change(`${prefix}ReportChanged`, params)];
}

const without = (r: Data, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !fields.includes(k)));
const periodOf = (a: Data): { period: Period } => {
  const p = record(a.period);
  return { period: { from: Number(p.from), to: Number(p.to) } };
};

function activityChanges(before: unknown, after: unknown, at: Record<string, Param>): Change[] {
  const out: Change[] = [];
  const [b, a] = [list(before).map(record), list(after).map(record)];
  // Activities have no id: matched by position, and named by their years.
  for (let i = 0; i < Math.max(b.length, a.length); i++) {
    if (!b[i]) out.push(change("activityAdded", { ...at, period: periodOf(a[i]) }));
    else if (!a[i]) out.push(change("activityRemoved", { ...at, period: periodOf(b[i]) }));
    else {
      const params = { ...at, period: periodOf(a[i]) };
      if (!same(without(b[i], STATUS_FIELDS), without(a[i], STATUS_FIELDS)))
        out.push(change("activityChanged", params));
      out.push(...statusChanges(b[i], a[i], params, "activity"));
    }
  }
  return out;
}

function itemChanges(before: Data, after: Data, at: Record<string, Param>): Change[] {
  const out: Change[] = same(before.title, after.title) ? [] : [change("itemTitleChanged", at)];
  if (
    !same(
      without(before, ["number", "title", "activities", ...STATUS_FIELDS]),
      without(after, ["number", "title", "activities", ...STATUS_FIELDS]),
    )
  )
    out.push(change("itemChanged", at));
  out.push(...statusChanges(before, after, at, "item"), ...activityChanges(before.activities, after.activities, at));
  return out;
}

function courseChanges(before: Data, after: Data, course: string): Change[] {
  const out: Change[] = [];
  for (const [field, section] of COURSE_SECTIONS)
    if (!same(before[field], after[field])) out.push(change("courseChanged", { course, section: { section } }));
  matchBy(before.items, after.items, (it) => str(it.number), {
    added: (_, item) => out.push(change("itemAdded", { course, item })),
    removed: (_, item) => out.push(change("itemRemoved", { course, item })),
    both: (b, a, item) => out.push(...itemChanges(b, a, { course, item })),
  });
  return out;
}

/** Changes between two versions of project.yaml. */
export function projectChanges(before: Data, after: Data): Change[] {
  const out: Change[] = same(before.title, after.title) ? [] : [change("documentTitleChanged")];
  out.push(...sectionChanges(before, after, SECTIONS));
  const [rb, ra] = [record(before.roadmap), record(after.roadmap)];
  out.push(...sectionChanges(rb, ra, ROADMAP_SECTIONS));
  const numeral = (c: Data) => str(c.numeral) ?? str(c.id) ?? "";
  matchBy(rb.courses, ra.courses, (c) => str(c.id), {
    added: (c) => out.push(change("courseAdded", { course: numeral(c) })),
    removed: (c) => out.push(change("courseRemoved", { course: numeral(c) })),
    both: (b, a) => out.push(...courseChanges(b, a, numeral(a))),
  });
  out.push(...otherChanges(before, after, new Set(["id", "kind", "title", "roadmap", ...SECTIONS.map(([f]) => f)])));
  out.push(...otherChanges(rb, ra, new Set(["courses", ...ROADMAP_SECTIONS.map(([f]) => f)])));
  return out;
}
