// Paragraph-like text to HTML: the Markdown subset (links, **strong**, line breaks,
// "- " bullet lists) becomes elements; everything else is shown as the text it was written as.
// Only the fixed tags below are ever written, every text goes through escapeHtml, and an href
// only when safeHref allows it, so nothing in the text can add an element or a script.
import type { Emphasis, Nodes, Parent, RootContent, Strong } from "mdast";
import { escapeHtml } from "../html-escape.ts";
import { isDashList, isStrong, linkHref, markerOf, sourceOf } from "./allowed.ts";
import { mayHaveMarkup, parseMarkdown } from "./parse.ts";

export type RichText =
  /** No Markdown in effect: show the string as it is, as before. */
  | { kind: "plain" }
  /** One paragraph: inline HTML for the caller's <p>, <li> or <span>. */
  | { kind: "inline"; html: string }
  /** Several paragraphs or a list: <p> and <ul> elements, for a block container. */
  | { kind: "blocks"; html: string };

interface Context {
  source: string;
  base: string;
  /** Set when an allowed construct was rendered: otherwise the text stays plain. */
  used: boolean;
}

/** `base` is the site's base path ending in "/" (for links written as /path). */
export function renderRichText(source: string, base: string): RichText {
  if (!mayHaveMarkup(source)) return { kind: "plain" };
  const root = parseMarkdown(source);
  const cx: Context = { source, base, used: false };
  const [first] = root.children;
  const single = root.children.length === 1 && first.type === "paragraph";
  const html = single ? inline(first, cx) : root.children.map((n) => block(n, cx)).join("");
  if (!cx.used) return { kind: "plain" };
  return single ? { kind: "inline", html } : { kind: "blocks", html };
}

function literal(node: Nodes, cx: Context): string {
  return lines(escapeHtml(sourceOf(node, cx.source)), cx);
}

/** A line break in the text is a line break on the page. */
function lines(html: string, cx: Context): string {
  if (!html.includes("\n")) return html;
  cx.used = true;
  return html.replace(/\n/g, "<br>\n");
}

function block(node: RootContent, cx: Context): string {
  if (node.type === "paragraph") return `<p>${inline(node, cx)}</p>`;
  if (node.type === "list" && isDashList(node, cx.source)) {
    cx.used = true;
    return `<ul>${node.children.map((item) => `<li>${itemContent(item, cx)}</li>`).join("")}</ul>`;
  }
  // Ordered or "*"/"+" lists, raw HTML, reference definitions: the text as written.
  return `<p>${literal(node, cx)}</p>`;
}

function itemContent(item: Parent, cx: Context): string {
  const [first] = item.children;
  if (item.children.length === 1 && first.type === "paragraph") return inline(first, cx);
  return item.children.map((n) => block(n, cx)).join("");
}

function inline(parent: Parent, cx: Context): string {
  return parent.children.map((n) => phrasing(n, cx)).join("");
}

function phrasing(node: Nodes, cx: Context): string {
  switch (node.type) {
    case "text":
      return lines(escapeHtml(node.value), cx);
    case "emphasis":
    case "strong":
      return emphasis(node, cx);
    case "link": {
      const href = linkHref(node, cx.source, cx.base);
      if (href === null) return literal(node, cx);
      cx.used = true;
      // A link needs a name a screen reader can read: [](url) or [ ](url) is named by its address.
      const name = /\S/.test(textOf(node)) ? inline(node, cx) : escapeHtml(node.url);
      return `<a href="${escapeHtml(href)}">${name}</a>`;
    }
    default:
      // Images, raw HTML, autolinks <https://…>, [references]: the text as written.
      return literal(node, cx);
  }
}

/** The words of a node, without markup. */
function textOf(node: Nodes): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

function emphasis(node: Emphasis | Strong, cx: Context): string {
  const inner = inline(node, cx);
  if (!isStrong(node, cx.source)) {
    const marker = escapeHtml(markerOf(node, cx.source));
    return marker + inner + marker;
  }
  cx.used = true;
  return `<strong>${inner}</strong>`;
}
