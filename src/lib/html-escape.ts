// Text into HTML we write as a string (not through Astro, which escapes by itself): the
// development error page and the search indexer's hidden key fields.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Safe in element content and in a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}
