// Assembles the validated documents into the SiteData the pages render. Bidi override and
// isolate controls are removed from every text here (the validator has warned about them):
// see src/lib/bidi.ts and docs/security.md.
import { stripBidiControls } from "../bidi.ts";
import type { LoadedPlan, LoadedProject, Measure, SiteData } from "../types.ts";
import type { ContentSet, PlanSet } from "./content.ts";
import { listedMeasures } from "./cross-plan.ts";

/** Only called when there are no errors, so every document's data is present. */
export function buildSite(content: ContentSet): SiteData {
  return stripBidiControls({
    plans: content.plans.map(buildPlan),
    projects: content.projects.map((p): LoadedProject => ({
      project: p.project.data!,
      file: { path: p.project.parsed.file },
    })),
  });
}

function buildPlan(set: PlanSet): LoadedPlan {
  const plan = set.plan.data!;
  const loaded: LoadedPlan = {
    plan,
    file: { path: set.plan.parsed.file },
    // In the order plan.yaml lists them, not file-name order (6-1-10 sorts before 6-1-2).
    measures: listedMeasures(plan).map((n) => {
      const m = set.measures.get(n)!;
      return { measure: m.data as Measure, file: { path: m.parsed.file } };
    }),
  };
  if (set.strategy?.data) loaded.strategy = { strategy: set.strategy.data, file: { path: set.strategy.parsed.file } };
  return loaded;
}
