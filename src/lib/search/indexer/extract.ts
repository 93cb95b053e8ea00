// Step 1 of the search index: the text Pagefind indexes on one built page, read with an HTML
// parser (node-html-parser). What counts, as Pagefind sees it:
// - only what is inside an element marked data-pagefind-body (a page without one is not indexed);
// - minus data-pagefind-ignore subtrees, <script>, <style>, <template> and <noscript>;
// - "key" text, which should rank a page first: headings h1–h6, elements with
//   data-pagefind-weight of 2 or more, and inline data-pagefind-meta values (title, number) —
//   those count even inside an ignored subtree, as Pagefind still reads metadata there.
// Block elements separate words; inline ones (span, a…) do not, so that
// <span>関係</span><span>人口</span> still yields the pair 係人.
import { NodeType, parse } from "node-html-parser";
import type { HTMLElement, Node, TextNode } from "node-html-parser";

const BLOCK = new Set(
  "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const SKIP = new Set(["script", "style", "template", "noscript"]);
const PAGEFIND_ATTR = /data-pagefind-/i;
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Their content is kept as text (not parsed), and skipped. */
const RAW_TEXT = { script: true, style: true, noscript: true };

export interface PageText {
  /** Site path without the deploy base: "/aioi/6-1-1/". */
  url: string;
  /** The page's <html lang> ("" when it has none). */
  lang: string;
  /** Whether the page has a data-pagefind-body element at all (else Pagefind skips it). */
  indexed: boolean;
  /** The inline title metadata (data-pagefind-meta="title:…"), else the first heading h1. */
  title: string;
  /** Text of each heading h1–h6 in the indexed part, in page order. */
  headings: string[];
  /** Text of each element with data-pagefind-weight ≥ 2 in the indexed part, in page order. */
  weighted: string[];
  /** Inline metadata values in the indexed part: { title: "…", number: "6-1-3", kind: "…" }. */
  meta: Record<string, string>;
  /** The text that should rank the page first: headings, weighted elements, inline metadata. */
  key: string;
  /** All indexed text of the page. */
  body: string;
}

/** "aioi/6-1-1/index.html" → "/aioi/6-1-1/" (the deploy base is added in the browser). */
export function pageUrl(relFile: string): string {
  const p = relFile.split(/[\\/]/).join("/");
  return `/${p.replace(/(^|\/)index\.html$/, "$1")}`;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The lang of a page's <html> start tag, from the start of the page (enough to hold the tag):
 * the indexer groups pages by locale before extracting them. "" when there is none.
 */
export function htmlLang(head: string): string {
  const at = head.search(/<html[\s>]/i);
  const end = at === -1 ? -1 : head.indexOf(">", at);
  if (end === -1) return "";
  const el = parse(`${head.slice(at, end + 1)}</html>`).firstChild as HTMLElement | undefined;
  return el?.getAttribute("lang")?.trim() ?? "";
}

/**
 * An inline metadata value: "number:6-1-3" → ["number", "6-1-3"]. Like the indexer always did,
 * only the last of comma-separated entries is read; "title" alone (Pagefind takes the element's
 * text) is not inline.
 */
export function inlineMeta(attr: string): [string, string] | null {
  const m = /^\s*([\w-]+)\s*:(.*)$/s.exec(attr.split(",").at(-1) ?? "");
  return m ? [m[1], m[2]] : null;
}

/** The indexed text of a built HTML page; `relFile` is its path under the output folder. */
export function extractPage(html: string, relFile: string): PageText {
  const root = parse(html, { comment: false, blockTextElements: RAW_TEXT });
  const body: string[] = [];
  const key: string[] = [];
  const headings: string[] = [];
  const weighted: string[] = [];
  const meta: Record<string, string> = {};
  let indexed = false;
  let firstH1: string | null = null;

  // One running text per heading / weighted element being read (they may nest).
  const open: Array<{ parts: string[] }> = [];
  const sep = () => {
    body.push(" ");
    key.push(" ");
    for (const o of open) o.parts.push(" ");
  };

  function visit(node: Node, inBody: boolean, ignored: boolean, inKey: boolean): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!inBody || ignored) return;
      const text = (node as TextNode).text;
      body.push(text);
      if (inKey) key.push(text);
      for (const o of open) o.parts.push(text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? "";
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) sep();
    // Attributes are parsed only where there is a Pagefind one (most elements have none).
    const marked = PAGEFIND_ATTR.test(el.rawAttrs);
    const isBody = inBody || (marked && el.hasAttribute("data-pagefind-body"));
    if (isBody && !inBody) indexed = true;
    const metaAttr = marked ? el.getAttribute("data-pagefind-meta") : undefined;
    const inline = metaAttr === undefined ? null : inlineMeta(metaAttr);
    if (inline && isBody) {
      key.push(` ${inline[1]} `);
      meta[inline[0]] = inline[1].trim();
    }
    const isIgnored = ignored || (marked && el.hasAttribute("data-pagefind-ignore"));
    const heading = HEADINGS.has(tag);
    const weight = marked && Number(el.getAttribute("data-pagefind-weight") ?? "0") >= 2;
    const list = !isBody || isIgnored ? null : heading ? headings : weight ? weighted : null;
    const mine = list ? { parts: [] as string[] } : null;
    if (mine) open.push(mine);
    for (const child of el.childNodes) visit(child, isBody, isIgnored, inKey || heading || weight);
    if (mine) {
      open.splice(open.indexOf(mine), 1);
      const text = squash(mine.parts.join(""));
      if (text) {
        list!.push(text);
        if (tag === "h1") firstH1 ??= text;
      }
    }
    if (block) sep();
  }

  visit(root, false, false, false);
  return {
    url: pageUrl(relFile),
    lang: htmlLang(html),
    indexed,
    title: meta.title ?? firstH1 ?? "",
    headings,
    weighted,
    meta,
    key: squash(key.join("")),
    body: squash(body.join("")),
  };
}
