// Checks that tie plan.yaml, its measure files and strategy.yaml together:
// numbering, every listed measure has a file and every file is listed, titles.
import type { Measure, Plan } from "../types.ts";
import type { Loaded, PlanSet } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding } from "./finding.ts";
import { checkPeriod, checkUnique } from "./periods.ts";
import { checkTitle } from "./cross-text.ts";

/** Numbers of the measures listed in plan.yaml, in plan order. */
export function listedMeasures(plan: Plan): string[] {
  return plan.goals.flatMap((g) => g.policies.flatMap((p) => p.measures));
}

export function checkPlanStructure(set: PlanSet, out: Finding[]): void {
  const doc = set.plan;
  const plan = doc.data;
  if (!plan) return;
  checkPeriod(doc, ["period"], plan.period, out);
  checkUnique(
    plan.goals,
    (g) => g.number,
    (i, n) => out.push(findingAt(doc.parsed, ["goals", i, "number"], dup(`目標番号「${n}」`, `goal number ${n}`))),
  );
  const policies = plan.goals.flatMap((g, gi) => g.policies.map((p, pi) => ({ p, at: ["goals", gi, "policies", pi] })));
  checkUnique(
    policies,
    (x) => x.p.number,
    (i, n) =>
      out.push(findingAt(doc.parsed, [...policies[i].at, "number"], dup(`施策番号「${n}」`, `policy number ${n}`))),
  );
  plan.goals.forEach((goal, gi) =>
    goal.policies.forEach((policy, pi) => {
      const at = ["goals", gi, "policies", pi];
      checkTitle(doc, at, policy, out);
      if (!policy.number.startsWith(`${goal.number}-`)) {
        out.push(
          findingAt(
            doc.parsed,
            [...at, "number"],
            prefixMessage("施策", "policy", policy.number, "目標", "goal", String(goal.number)),
          ),
        );
      }
      policy.measures.forEach((m, mi) => {
        if (!m.startsWith(`${policy.number}-`)) {
          out.push(
            findingAt(
              doc.parsed,
              [...at, "measures", mi],
              prefixMessage("基本施策", "measure", m, "施策", "policy", policy.number),
            ),
          );
        }
      });
    }),
  );
  checkListing(set, plan, out);
}

function dup(ja: string, en: string) {
  return { ja: `${ja}が重複しています`, en: `duplicate ${en}` };
}

function prefixMessage(
  kindJa: string,
  kindEn: string,
  num: string,
  parentJa: string,
  parentEn: string,
  parent: string,
) {
  return {
    ja: `${kindJa}番号「${num}」が${parentJa}番号「${parent}」で始まっていません（例: ${parent}-1）`,
    en: `${kindEn} number ${num} does not start with its ${parentEn} number ${parent} (e.g. ${parent}-1)`,
  };
}

/** Every measure listed in plan.yaml has a file, once; every measure file is listed. */
function checkListing(set: PlanSet, plan: Plan, out: Finding[]): void {
  const doc = set.plan;
  const seen = new Set<string>();
  plan.goals.forEach((g, gi) =>
    g.policies.forEach((p, pi) =>
      p.measures.forEach((m, mi) => {
        const at = ["goals", gi, "policies", pi, "measures", mi];
        if (seen.has(m)) out.push(findingAt(doc.parsed, at, dup(`基本施策「${m}」`, `measure ${m}`)));
        else if (!set.measures.has(m)) out.push(findingAt(doc.parsed, at, missingFile(m)));
        seen.add(m);
      }),
    ),
  );
  for (const [name, measure] of set.measures) {
    if (!seen.has(name)) out.push(findingAt(measure.parsed, measure.data ? ["number"] : [], notListed(name)));
  }
}

function missingFile(m: string) {
  return {
    ja: `基本施策「${m}」のファイル measures/${m}.yaml がありません`,
    en: `measure ${m} is listed but measures/${m}.yaml does not exist`,
  };
}

function notListed(name: string) {
  return {
    ja: `基本施策「${name}」が plan.yaml の goals → policies → measures に載っていません`,
    en: `measure ${name} is not listed in plan.yaml (goals → policies → measures)`,
  };
}

/** A measure file's number must equal its file name, so that links and the listing agree. */
export function checkMeasureNumber(name: string, doc: Loaded<Measure>, out: Finding[]): void {
  const m = doc.data;
  if (!m) return;
  if (m.number !== name) {
    out.push(
      findingAt(doc.parsed, ["number"], {
        ja: `番号「${m.number}」がファイル名「${name}.yaml」と違います。同じにしてください`,
        en: `number ${m.number} does not match the file name ${name}.yaml`,
      }),
    );
  }
  checkTitle(doc, [], m, out);
}
