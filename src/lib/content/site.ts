// What the page files' getStaticPaths read: the content collections, checked for errors first
// (in `astro dev` a broken file must show its error, never a stale page), with each plan's
// lookup index built once per route.
import { getCollection, getEntry } from "astro:content";
import type { PlanIndex } from "../site-index.ts";
import { planIndex } from "../site-index.ts";
import type { MeasureEntry, ProjectEntry } from "./entries.ts";

export interface Site {
  plans: PlanIndex[];
  projects: ProjectEntry[];
}

/** Thrown while `astro dev` runs with content errors: the overlay shows every located message. */
class ContentErrors extends Error {
  constructor(lines: string[]) {
    super(`コンテンツにエラーがあります。直して保存すると表示が戻ります / the content has errors; fix and save to recover\n${lines.join("\n")}`);
    this.name = "ContentErrors";
  }
}

export async function loadSite(): Promise<Site> {
  const errors = (await getEntry("contentStatus", "status"))?.data.errors ?? [];
  if (errors.length > 0) throw new ContentErrors(errors);
  const plans = await getCollection("plans");
  const byPlan = new Map<string, MeasureEntry[]>(plans.map((p) => [p.id, []]));
  for (const m of await getCollection("measures")) byPlan.get(m.data.planId)?.push(m.data);
  return {
    plans: plans.map((p) => planIndex(p.data, byPlan.get(p.id) ?? [])),
    projects: (await getCollection("projects")).map((p) => p.data),
  };
}
