// Which parsed constructs of the subset take effect, decided from the text as written: the
// renderer, the plain-text reading for proofreading and the validator all ask here.
import type { Emphasis, Link, List, Nodes, Strong } from "mdast";
import { safeHref } from "./href.ts";

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/** The text a node was written as. */
export function sourceOf(node: Nodes, source: string): string {
  return source.slice(startOf(node), node.position?.end.offset ?? 0);
}

/** An autolink <https://…> has no name a reader can tell apart: only [text](url) links. */
export function isAutolink(link: Link, source: string): boolean {
  return source[startOf(link)] === "<";
}

/** The href of a [text](url) link, or null when it stays text (autolink, refused address). */
export function linkHref(link: Link, source: string, base: string): string | null {
  return isAutolink(link, source) ? null : safeHref(link.url, base);
}

/**
 * **strong** only. A single * or _ is left as written: 注*1…注*2 or snake_case would otherwise
 * turn into italics, which Japanese type does not use anyway.
 */
export function isStrong(node: Emphasis | Strong, source: string): boolean {
  return node.type === "strong" && source[startOf(node)] === "*";
}

/** The * or _ markers around an emphasis, as written. */
export function markerOf(node: Emphasis | Strong, source: string): string {
  return source.slice(startOf(node), startOf(node) + (node.type === "strong" ? 2 : 1));
}

/** Only "- " starts a bullet: "*" and "+" are common at the start of notes (* 網掛けの…). */
export function isDashList(list: List, source: string): boolean {
  return !list.ordered && source[startOf(list)] === "-";
}
