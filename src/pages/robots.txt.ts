// /robots.txt: every page may be crawled; the sitemap (@astrojs/sitemap, astro.config.mjs) is at
// the production address (SITE_URL or site.config.yaml url) under the deploy base.
import type { APIRoute } from "astro";
import { href } from "../lib/site-url.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href("/sitemap-index.xml"), site).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
