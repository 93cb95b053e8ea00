// The site as the page routes get it (src/lib/content/site.ts), built without Astro: validate a
// folder, split it into content entries as the loader stores them, and index each plan.
import { contentEntries } from "../../src/lib/content/entries.ts";
import type { PlanIndex } from "../../src/lib/site-index.ts";
import { planIndex } from "../../src/lib/site-index.ts";
import type { SiteData } from "../../src/lib/types.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import type { ProjectEntry } from "../../src/lib/content/entries.ts";

/** The validated content of `dir`; throws when it has errors. */
export function validSite(dir: string): SiteData {
  const { site, errors } = validateContent(dir);
  if (!site) throw new Error(`content has errors: ${errors.map((e) => e.path).join(", ")}`);
  return site;
}

/** Plans as lookup indexes and projects, as the page routes receive them. */
export function routeSite(dir: string): { plans: PlanIndex[]; projects: ProjectEntry[] } {
  const entries = contentEntries(validSite(dir));
  return {
    plans: entries.plans.map((p) =>
      planIndex(
        p.data,
        entries.measures.filter((m) => m.data.planId === p.id).map((m) => m.data),
      ),
    ),
    projects: entries.projects.map((p) => p.data),
  };
}
