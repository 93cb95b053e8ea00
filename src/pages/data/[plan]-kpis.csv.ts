// /data/<plan>-kpis.csv: every KPI figure of a plan, UTF-8 with BOM (docs/open-data.md).
import type { APIRoute } from "astro";
import { loadSite } from "../../lib/load.ts";
import { kpiCsv } from "../../lib/open-data.ts";

export function getStaticPaths() {
  return loadSite().plans.map((p) => ({ params: { plan: p.plan.id }, props: { planId: p.plan.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const loaded = loadSite().plans.find((p) => p.plan.id === (props as { planId: string }).planId)!;
  return new Response(kpiCsv(loaded), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
