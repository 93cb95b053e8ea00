// Step 2 of the search index: the hidden key fields of a page (see ../tokens.ts for what a key
// is) and the page as Pagefind should see it. The fields go only into the copy given to
// Pagefind; the published HTML is not changed.
import { escapeHtml } from "../../html-escape.ts";
import { indexKeys } from "../tokens.ts";
import type { PageText } from "./extract.ts";

export interface KeyFields {
  /**
   * Keys of the page's own name: its title and number, weighted most by the search page. A query
   * that is a measure's title then ranks the measure above the pages where the same words are an
   * action's heading (in kt on both), which at 1 000 measures are often ten or more.
   */
  kp: string[];
  /** Keys of the key text (title, headings, weighted elements, number), weighted 5× by the search page. */
  kt: string[];
  /** Keys of all the indexed text, weighted 1×. */
  k: string[];
}

/**
 * The key fields of a page. Body keys are kept even when they are also in kt: dropping them
 * (−15 % keys) lowered the seed set's top-1 (健全化 ranked 6-1-2 above 6-1-3), as the body
 * field's term frequency counts.
 */
export function keyFields(text: Pick<PageText, "title" | "meta" | "key" | "body">): KeyFields {
  return {
    kp: indexKeys(`${text.title} ${text.meta.number ?? ""}`),
    kt: indexKeys(text.key),
    k: indexKeys(text.body),
  };
}

/** The page with the key fields as metadata elements at the end of <head>; null without a </head>. */
export function withKeyFields(html: string, fields: KeyFields): string | null {
  const at = html.search(/<\/head>/i);
  if (at === -1) return null;
  const tags =
    `<meta data-pagefind-meta="kp:${escapeHtml(fields.kp.join(" "))}">` +
    `<meta data-pagefind-meta="kt:${escapeHtml(fields.kt.join(" "))}">` +
    `<meta data-pagefind-meta="k:${escapeHtml(fields.k.join(" "))}">`;
  return html.slice(0, at) + tags + html.slice(at);
}
