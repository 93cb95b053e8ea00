// /data/<plan-or-project-id>.json: one document as open data (docs/open-data.md).
import type { APIRoute } from "astro";
import { loadSite } from "../../lib/content/site.ts";
import { planJson, projectJson } from "../../lib/open-data.ts";

export async function getStaticPaths() {
  const site = await loadSite();
  return [
    ...site.plans.map((index) => ({ params: { id: index.plan.plan.id }, props: { body: () => planJson(index) } })),
    ...site.projects.map((p) => ({ params: { id: p.project.id }, props: { body: () => projectJson(p) } })),
  ];
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: () => unknown }).body(), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
