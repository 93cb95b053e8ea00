// What changed in a measure file (基本施策), compared on the Japanese alone (texts.ts): its title,
// sections, each KPI (めざそう値) figure by fiscal year, and each action (取り組み事項) by number.
import type { Value } from "../types.ts";
import type { Change, Data } from "./change.ts";
import { change, list, matchBy, otherChanges, record, same, sectionChanges, str } from "./change.ts";

const SECTIONS = [
  ["situation", "situation"],
  ["direction", "direction"],
  ["relatedPlans", "relatedPlans"],
  ["strategyRefs", "strategyRefs"],
  ["notes", "notes"],
] as const;
const KNOWN = new Set(["kind", "number", "title", "titleMissing", "kpis", "actions", ...SECTIONS.map(([f]) => f)]);

/** Set, changed or removed title of a numbered thing (measure 6-1-3, policy 6-1). */
export function titleChange(
  before: unknown,
  after: unknown,
  keys: { set: Change["key"]; changed: Change["key"]; removed: Change["key"] },
  params: Change["params"],
): Change[] {
  if (same(before, after)) return [];
  if (before === undefined) return [change(keys.set, params)];
  if (after === undefined) return [change(keys.removed, params)];
  return [change(keys.changed, params)];
}

const figure = (v: Data, unit: string) => ({ figure: { value: Number(v.value), decimals: v.decimals } as Value, unit });

/** Figures by fiscal year: the first one of a KPI is its baseline (基準値), the rest actuals (実績値). */
function actualChanges(kpi: string, before: Data, after: Data): Change[] {
  const out: Change[] = [];
  const unit = str(after.unit) ?? str(before.unit) ?? "";
  const years = (k: Data) =>
    new Map(
      list(k.actuals)
        .map(record)
        .map((v) => [Number(v.fiscalYear), v]),
    );
  const [b, a] = [years(before), years(after)];
  const kind = (m: Map<number, Data>, year: number) =>
    ({ word: year === Math.min(...m.keys()) ? "baseline" : "actual" }) as const;
  for (const [year, v] of b)
    if (!a.has(year))
      out.push(change("kpiValueRemoved", { kpi, kind: kind(b, year), year: { year }, value: figure(v, unit) }));
  for (const [year, v] of a) {
    const old = b.get(year);
    if (!old) out.push(change("kpiValueAdded", { kpi, kind: kind(a, year), year: { year }, value: figure(v, unit) }));
    else if (!same(old, v))
      out.push(
        change("kpiValueChanged", {
          kpi,
          kind: kind(a, year),
          year: { year },
          from: figure(old, unit),
          to: figure(v, unit),
        }),
      );
  }
  return out;
}

function kpiChanges(before: Data, after: Data, kpi: string): Change[] {
  const out = actualChanges(kpi, before, after);
  const [tb, ta] = [record(before.target), record(after.target)];
  if (!same(tb, ta)) {
    const unit = str(after.unit) ?? "";
    out.push(
      change("kpiTargetChanged", {
        kpi,
        from: figure(tb, str(before.unit) ?? unit),
        fromYear: { year: Number(tb.fiscalYear) },
        to: figure(ta, unit),
        toYear: { year: Number(ta.fiscalYear) },
      }),
    );
  }
  if (!same(before.label, after.label)) out.push(change("kpiLabelChanged", { kpi }));
  if (!same(before.unit, after.unit))
    out.push(change("kpiUnitChanged", { kpi, from: str(before.unit) ?? "", to: str(after.unit) ?? "" }));
  if (!same(before.source, after.source)) out.push(change("kpiSourceChanged", { kpi }));
  const rest = (k: Data) =>
    Object.fromEntries(
      Object.entries(k).filter(([f]) => !["id", "actuals", "target", "label", "unit", "source"].includes(f)),
    );
  if (!same(rest(before), rest(after))) out.push(change("kpiOtherChanged", { kpi }));
  return out;
}

function actionChanges(before: Data, after: Data, action: { action: number }): Change[] {
  const out: Change[] = [];
  if (!same(before.title, after.title)) out.push(change("actionTitleChanged", { action }));
  if (!same(before.description, after.description)) out.push(change("actionChanged", { action }));
  if (!same(before.mainProjects, after.mainProjects)) out.push(change("actionProjectsChanged", { action }));
  return out;
}

/** Changes between two versions of a measure (Japanese only; translations are counted apart). */
export function measureChanges(before: Data, after: Data): Change[] {
  const measure = str(after.number) ?? str(before.number) ?? "";
  const out = titleChange(
    before.title,
    after.title,
    { set: "measureTitleSet", changed: "measureTitleChanged", removed: "measureTitleRemoved" },
    { measure },
  );
  out.push(...sectionChanges(before, after, SECTIONS.slice(0, 2)));
  matchBy(before.kpis, after.kpis, (k) => str(k.id), {
    added: (_, kpi) => out.push(change("kpiAdded", { kpi })),
    removed: (_, kpi) => out.push(change("kpiRemoved", { kpi })),
    both: (b, a, kpi) => out.push(...kpiChanges(b, a, kpi)),
  });
  matchBy(before.actions, after.actions, (a) => str(a.number), {
    added: (_, n) => out.push(change("actionAdded", { action: { action: Number(n) } })),
    removed: (_, n) => out.push(change("actionRemoved", { action: { action: Number(n) } })),
    both: (b, a, n) => out.push(...actionChanges(b, a, { action: Number(n) })),
  });
  out.push(...sectionChanges(before, after, SECTIONS.slice(2)), ...otherChanges(before, after, KNOWN));
  return out;
}
