// getStaticPaths for the page routes, shared by the Japanese and English page files.
// Props carry ids only; pages look the data up in the memoized site and plan indexes.
import { loadSite } from "./load.ts";
import { planIndex } from "./site-index.ts";

/** /<doc>/ — a plan overview or a project page (ids share one namespace). */
export function documentPaths() {
  const site = loadSite();
  return [
    ...site.plans.map((p) => ({ params: { doc: p.plan.id }, props: { kind: "plan" as const, id: p.plan.id } })),
    ...site.projects.map((p) => ({
      params: { doc: p.project.id },
      props: { kind: "project" as const, id: p.project.id },
    })),
  ];
}

/** /<plan>/kpi/ and /<plan>/numbers/ */
export function planPaths() {
  return loadSite().plans.map((p) => ({ params: { doc: p.plan.id }, props: { planId: p.plan.id } }));
}

/** /<plan>/goals/<goal number>/ and /<plan>/kpi/<goal number>/ */
export function goalPaths() {
  return loadSite().plans.flatMap((p) =>
    p.plan.goals.map((g) => ({
      params: { doc: p.plan.id, goal: String(g.number) },
      props: { planId: p.plan.id, goal: g.number },
    })),
  );
}

/** /<plan>/<measure number>/ */
export function measurePaths() {
  return loadSite().plans.flatMap((p) =>
    planIndex(p).entries.map((e) => ({
      params: { doc: p.plan.id, measure: e.measure.number },
      props: { planId: p.plan.id, number: e.measure.number },
    })),
  );
}

/** /<project>/roadmap/ */
export function projectPaths() {
  return loadSite().projects.map((p) => ({ params: { doc: p.project.id }, props: { projectId: p.project.id } }));
}
