// Middleware that the search integration (search.ts) adds in `astro build` only: hands each
// rendered HTML page to the index workers as soon as it is rendered, so that its text is
// extracted on the core rendering leaves idle (src/lib/search/indexer/early.ts). It reads a
// copy of the response: the page Astro writes is untouched. The feed lives on globalThis
// because Astro runs this module from its own bundle, not from the integration's module graph.
import type { MiddlewareHandler } from "astro";

export const FEED = Symbol.for("plan-publisher.search-feed");

/** What the integration puts at globalThis[FEED]: the page's path (as requested) and its HTML. */
export type Feed = (pathname: string, html: Promise<string>) => void;

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const feed = (globalThis as { [FEED]?: Feed })[FEED];
  const html = response.headers.get("content-type")?.startsWith("text/html");
  if (feed && html && response.body && (response.status < 300 || response.status >= 400))
    feed(decodeURI(context.url.pathname), response.clone().text());
  return response;
};
