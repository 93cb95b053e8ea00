// What changed in plan.yaml (the plan's outline: goals → policies → listed measures) and in
// strategy.yaml, compared on the Japanese alone.
import type { Change, Data } from "./change.ts";
import { change, list, matchBy, otherChanges, same, sectionChanges, str } from "./change.ts";
import { titleChange } from "./measure.ts";

const SECTIONS = [
  ["municipality", "municipality"],
  ["summary", "summary"],
  ["period", "planPeriod"],
  ["source", "source"],
] as const;
const KNOWN = new Set(["id", "kind", "title", "goals", ...SECTIONS.map(([f]) => f)]);

function policyChanges(before: Data, after: Data, policy: string): Change[] {
  const out = titleChange(
    before.title,
    after.title,
    { set: "policyTitleSet", changed: "policyTitleChanged", removed: "policyTitleRemoved" },
    { policy },
  );
  const [b, a] = [list(before.measures).map(String), list(after.measures).map(String)];
  for (const m of a) if (!b.includes(m)) out.push(change("measureListed", { measure: m }));
  for (const m of b) if (!a.includes(m)) out.push(change("measureUnlisted", { measure: m }));
  return out;
}

function goalChanges(before: Data, after: Data, goal: string): Change[] {
  const out: Change[] = same(before.title, after.title) ? [] : [change("goalTitleChanged", { goal })];
  matchBy(before.policies, after.policies, (p) => str(p.number), {
    added: (_, policy) => out.push(change("policyAdded", { policy })),
    removed: (_, policy) => out.push(change("policyRemoved", { policy })),
    both: (b, a, policy) => out.push(...policyChanges(b, a, policy)),
  });
  return out;
}

/** Changes between two versions of plan.yaml. */
export function planChanges(before: Data, after: Data): Change[] {
  const out: Change[] = same(before.title, after.title) ? [] : [change("documentTitleChanged")];
  out.push(...sectionChanges(before, after, SECTIONS));
  matchBy(before.goals, after.goals, (g) => str(g.number), {
    added: (_, goal) => out.push(change("goalAdded", { goal })),
    removed: (_, goal) => out.push(change("goalRemoved", { goal })),
    both: (b, a, goal) => out.push(...goalChanges(b, a, goal)),
  });
  out.push(...otherChanges(before, after, KNOWN));
  return out;
}

/** Changes between two versions of strategy.yaml: the catalogue as one section. */
export function strategyChanges(before: Data, after: Data): Change[] {
  return [
    ...(same(before.title, after.title) ? [] : [change("documentTitleChanged")]),
    ...sectionChanges(before, after, [["measures", "strategyMeasures"]]),
    ...otherChanges(before, after, new Set(["id", "kind", "title", "measures"])),
  ];
}
