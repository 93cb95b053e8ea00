// `npm run dev` only: while the content has errors, every request gets the error page with the
// located messages instead of a page built from content that no longer exists (never stale).
// The static build never gets here with errors: the content loader stops it first.
import { getEntry } from "astro:content";
import { defineMiddleware } from "astro:middleware";
import { contentErrorPage } from "./lib/content/error-page.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  const errors = (await getEntry("contentStatus", "status"))?.data.errors ?? [];
  if (errors.length === 0) return next();
  return new Response(contentErrorPage(errors), {
    status: 500,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
});
