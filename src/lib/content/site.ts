// What the page files' getStaticPaths read: the content collections, with each plan's lookup
// index built once per route. (Content errors never get here: `astro build` stops in the loader,
// and `astro dev` answers with the error page, src/lib/content/dev-errors.ts.)
import { getCollection } from "astro:content";
import type { PlanIndex } from "../site-index.ts";
import { planIndex } from "../site-index.ts";
import type { MeasureEntry, ProjectEntry } from "./entries.ts";

export interface Site {
  plans: PlanIndex[];
  projects: ProjectEntry[];
}

export async function loadSite(): Promise<Site> {
  const plans = await getCollection("plans");
  const byPlan = new Map<string, MeasureEntry[]>(plans.map((p) => [p.id, []]));
  for (const m of await getCollection("measures")) byPlan.get(m.data.planId)?.push(m.data);
  return {
    plans: plans.map((p) => planIndex(p.data, byPlan.get(p.id) ?? [])),
    projects: (await getCollection("projects")).map((p) => p.data),
  };
}
