// /data/site.json: the whole site as open data (docs/open-data.md).
import type { APIRoute } from "astro";
import { loadSite } from "../../lib/content/site.ts";
import { siteJson } from "../../lib/open-data.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(siteJson(await loadSite()), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
