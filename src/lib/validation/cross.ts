// Cross-document checks over the whole content set: what one file's schema
// cannot see (ids across files, listings, references, fiscal-year logic).
import type { Measure, Strategy } from "../types.ts";
import type { ContentSet, Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding } from "./finding.ts";
import { checkMarkup } from "./cross-text.ts";
import { checkMeasureNumber, checkPlanStructure } from "./cross-plan.ts";
import { checkKpis, checkRelatedPlans, checkStrategyRefs } from "./cross-measure.ts";
import { checkProject } from "./cross-project.ts";
import { checkUnique } from "./periods.ts";

export function crossCheck(content: ContentSet): Finding[] {
  const out: Finding[] = [];
  checkIds(content, out);
  for (const set of content.plans) {
    checkPlanStructure(set, out);
    const period = set.plan.data?.period ?? null;
    for (const [name, m] of set.measures) {
      checkMeasureNumber(name, m, out);
      checkKpis(m, period, out);
      checkRelatedPlans(m, out);
      checkStrategyRefs(m, set.strategy, out);
    }
    checkKpiIds([...set.measures.values()], out);
    checkStrategyEntries(set.strategy, out);
  }
  for (const p of content.projects) checkProject(p.project, out);
  for (const doc of allDocuments(content)) checkMarkup(doc, out);
  return out;
}

function allDocuments(content: ContentSet): Loaded<unknown>[] {
  const docs: Loaded<unknown>[] = [];
  for (const set of content.plans) {
    docs.push(set.plan, ...(set.strategy ? [set.strategy] : []), ...set.measures.values());
  }
  for (const p of content.projects) docs.push(p.project);
  return docs;
}

/** Plan and project ids share the top level of the site's URLs, so they must be unique together and match their folder. */
function checkIds(content: ContentSet, out: Finding[]): void {
  const docs: Array<{ folder: string; doc: Loaded<{ id: string }> }> = [
    ...content.plans.map((s) => ({ folder: s.folder, doc: s.plan })),
    ...content.projects.map((s) => ({ folder: s.folder, doc: s.project })),
  ].filter((x) => x.doc.data);
  for (const { folder, doc } of docs) {
    const id = doc.data!.id;
    if (id !== folder)
      out.push(
        findingAt(doc.parsed, ["id"], {
          ja: `id「${id}」がフォルダ名「${folder}」と違います。同じにしてください`,
          en: `id "${id}" must equal the folder name "${folder}"`,
        }),
      );
  }
  checkUnique(
    docs,
    (x) => x.doc.data!.id,
    (i, id) =>
      out.push(
        findingAt(docs[i].doc.parsed, ["id"], {
          ja: `id「${id}」が他の計画・プロジェクトと重複しています`,
          en: `duplicate id "${id}" (plan and project ids must be unique)`,
        }),
      ),
  );
}

/** KPI ids are unique across the whole plan, since pages and charts link to them. */
function checkKpiIds(measures: Loaded<Measure>[], out: Finding[]): void {
  const seen = new Set<string>();
  for (const m of measures) {
    m.data?.kpis.forEach((kpi, k) => {
      if (seen.has(kpi.id))
        out.push(
          findingAt(m.parsed, ["kpis", k, "id"], {
            ja: `めざそう値のid「${kpi.id}」が計画の中で重複しています`,
            en: `duplicate KPI id "${kpi.id}" in this plan`,
          }),
        );
      seen.add(kpi.id);
    });
  }
}

function checkStrategyEntries(strategy: Loaded<Strategy> | undefined, out: Finding[]): void {
  const entries = strategy?.data?.measures ?? [];
  checkUnique(
    entries,
    (e) => `${e.goal}-${e.measure}`,
    (i) =>
      out.push(
        findingAt(strategy!.parsed, ["measures", i], {
          ja: `戦略目標${entries[i].goal} 施策${entries[i].measure} が重複しています`,
          en: `duplicate strategy goal ${entries[i].goal} measure ${entries[i].measure}`,
        }),
      ),
  );
}
