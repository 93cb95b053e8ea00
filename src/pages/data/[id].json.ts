// /data/<plan-or-project-id>.json: one document as open data (docs/open-data.md).
import type { APIRoute } from "astro";
import { loadSite } from "../../lib/load.ts";
import { planJson, projectJson } from "../../lib/open-data.ts";

export function getStaticPaths() {
  const site = loadSite();
  return [
    ...site.plans.map((p) => ({ params: { id: p.plan.id }, props: { body: () => planJson(p) } })),
    ...site.projects.map((p) => ({ params: { id: p.project.id }, props: { body: () => projectJson(p) } })),
  ];
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: () => unknown }).body(), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
