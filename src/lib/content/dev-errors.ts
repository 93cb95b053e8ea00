// The middleware of `npm run dev` (registered by src/integrations/content-errors.ts): while the
// content has errors, every request gets the error page with the located messages instead of a
// page built from content that no longer validates (never stale).
import { getEntry } from "astro:content";
import { defineMiddleware } from "astro:middleware";
import { contentErrorPage } from "./error-page.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  const errors = (await getEntry("contentStatus", "status"))?.data.errors ?? [];
  if (errors.length === 0) return next();
  return new Response(contentErrorPage(errors), {
    status: 500,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
});
