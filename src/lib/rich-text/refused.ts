// What the validator warns about in paragraph-like text: Markdown or HTML that looks like it
// should make a link, image or element, but that the site shows as plain text.
import type { Nodes } from "mdast";
import { isAutolink, linkHref } from "./allowed.ts";
import { mayHaveMarkup, parseMarkdown } from "./parse.ts";

export type RefusedKind = "html" | "image" | "autolink" | "reference" | "scheme";

export interface Refused {
  kind: RefusedKind;
  /** Index in the string where the construct starts. */
  index: number;
}

export function refusedMarkup(source: string): Refused[] {
  if (!mayHaveMarkup(source)) return [];
  const out: Refused[] = [];
  const visit = (node: Nodes): void => {
    const index = node.position?.start.offset ?? 0;
    const kind = refusal(node, source);
    if (kind) out.push({ kind, index });
    else if ("children" in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(source));
  return out;
}

function refusal(node: Nodes, source: string): RefusedKind | null {
  switch (node.type) {
    case "html":
      return "html";
    case "image":
    case "imageReference":
      return "image";
    case "definition":
    case "linkReference":
      return "reference";
    case "link":
      if (isAutolink(node, source)) return "autolink";
      // The base does not matter here: only whether the address is allowed.
      return linkHref(node, source, "/") === null ? "scheme" : null;
    default:
      return null;
  }
}
