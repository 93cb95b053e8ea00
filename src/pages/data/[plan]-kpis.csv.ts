// /data/<plan>-kpis.csv: every KPI figure of a plan, UTF-8 with BOM (docs/open-data.md).
import type { APIRoute } from "astro";
import type { PlanIndex } from "../../lib/site-index.ts";
import { loadSite } from "../../lib/content/site.ts";
import { kpiCsv } from "../../lib/open-data.ts";

export async function getStaticPaths() {
  return (await loadSite()).plans.map((index) => ({ params: { plan: index.plan.plan.id }, props: { index } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(kpiCsv((props as { index: PlanIndex }).index), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
