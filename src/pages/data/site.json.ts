// /data/site.json: the whole site as open data (docs/open-data.md).
import type { APIRoute } from "astro";
import { loadSite } from "../../lib/load.ts";
import { siteJson } from "../../lib/open-data.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteJson(loadSite()), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
