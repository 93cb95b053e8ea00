// /_headers: security headers for hosts that read a _headers file (Netlify, Cloudflare
// Pages), generated from src/lib/csp.ts. Astro skips page files whose names start with
// "_", so the name comes in as a route parameter instead.
import type { APIRoute } from "astro";
import { headersFile } from "../lib/csp.ts";

export function getStaticPaths() {
  return [{ params: { headers: "_headers" } }];
}

export const GET: APIRoute = () =>
  new Response(headersFile(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
