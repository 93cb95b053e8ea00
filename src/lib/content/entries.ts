// The entries the content loader stores, derived from the validated site in one pass (pure), so
// that a page gets everything it shows from its own entry: a measure page never walks the plan.
import type { Goal, Policy } from "../types.generated.ts";
import type { LoadedPlan, LoadedProject, Measure, Plan, SiteData, Strategy, Text } from "../types.ts";

/** Just enough of a measure to link to it. */
export interface MeasureLink {
  number: string;
  title?: Text;
}

/** A plan without its measures (they are entries of their own). */
export interface PlanEntry {
  plan: Plan;
  /** Repository-relative path of plan.yaml. */
  file: string;
  strategy?: { strategy: Strategy; file: string };
  /** Number of measures, for cards and summaries. */
  measureCount: number;
}

/** One 基本施策 with where it sits in its plan. Entry id: "<plan id>/<measure number>". */
export interface MeasureEntry {
  planId: string;
  measure: Measure;
  /** Repository-relative path of the YAML file. */
  file: string;
  goal: Goal;
  policy: Policy;
  /** Position in plan order (goal → policy → measure). */
  index: number;
  prev?: MeasureLink;
  next?: MeasureLink;
}

export type ProjectEntry = LoadedProject;

export interface ContentEntries {
  plans: Array<{ id: string; data: PlanEntry }>;
  measures: Array<{ id: string; data: MeasureEntry }>;
  projects: Array<{ id: string; data: ProjectEntry }>;
}

const measureId = (planId: string, number: string): string => `${planId}/${number}`;

const linkOf = (m: Measure): MeasureLink => (m.title ? { number: m.number, title: m.title } : { number: m.number });

/** The measures of a plan in plan order, with goal, policy and neighbours. */
function measureEntries(loaded: LoadedPlan): MeasureEntry[] {
  const files = new Map(loaded.measures.map((m) => [m.measure.number, m]));
  const out: MeasureEntry[] = [];
  for (const goal of loaded.plan.goals) {
    for (const policy of goal.policies) {
      for (const number of policy.measures) {
        const m = files.get(number);
        // The validator reports listed measures without a file; the site just skips them.
        if (!m) continue;
        out.push({ planId: loaded.plan.id, measure: m.measure, file: m.file.path, goal, policy, index: out.length });
      }
    }
  }
  out.forEach((e, i) => {
    if (i > 0) e.prev = linkOf(out[i - 1].measure);
    if (i < out.length - 1) e.next = linkOf(out[i + 1].measure);
  });
  return out;
}

export function contentEntries(site: SiteData): ContentEntries {
  return {
    plans: site.plans.map((p) => {
      const data: PlanEntry = { plan: p.plan, file: p.file.path, measureCount: p.measures.length };
      if (p.strategy) data.strategy = { strategy: p.strategy.strategy, file: p.strategy.file.path };
      return { id: p.plan.id, data };
    }),
    measures: site.plans.flatMap((p) => measureEntries(p).map((data) => ({ id: measureId(data.planId, data.measure.number), data }))),
    projects: site.projects.map((p) => ({ id: p.project.id, data: p })),
  };
}


/**
 * The state of the content while `astro dev` runs: the located bilingual error messages, if any.
 * @public named only in the collection types the loader declares (src/lib/content/loader.ts)
 */
export interface ContentStatusEntry {
  errors: string[];
}
