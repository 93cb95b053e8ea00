// The words of paragraph-like text without its Markdown syntax, for proofreading: link
// addresses, * markers and "- " are left out, and each character keeps the index it has in
// the text as written, so that a problem is reported where it is in the YAML.
import type { Nodes, Parent } from "mdast";
import { isDashList, isStrong, linkHref, sourceOf } from "./allowed.ts";
import { mayHaveMarkup, parseMarkdown } from "./parse.ts";

export interface PlainText {
  text: string;
  /** Index in the source of each character of `text`. */
  indexes: number[];
}

export function plainOfMarkdown(source: string): PlainText {
  if (!mayHaveMarkup(source)) return { text: source, indexes: [...source].map((_, i) => i) };
  const out: PlainText = { text: "", indexes: [] };
  const put = (s: string, from: number) => {
    for (let i = 0; i < s.length; i++) out.indexes.push(from + i);
    out.text += s;
  };
  const start = (n: Nodes) => n.position?.start.offset ?? 0;
  const visitAll = (parent: Parent, separator: string) =>
    parent.children.forEach((n, i) => {
      if (i > 0) put(separator, start(n) - separator.length);
      visit(n);
    });
  const visit = (node: Nodes): void => {
    if (node.type === "text") {
      // Leading spaces of a continuation line are not in the value: find each line again.
      let from = start(node);
      node.value.split("\n").forEach((line, i) => {
        if (i > 0) put("\n", from);
        const at = source.indexOf(line, from);
        const pos = at < 0 ? from : at;
        put(line, pos);
        from = pos + line.length;
      });
    } else if (node.type === "paragraph") {
      visitAll(node, "");
    } else if (node.type === "root" || node.type === "listItem" || (node.type === "list" && isDashList(node, source))) {
      visitAll(node, "\n");
    } else if (
      ((node.type === "emphasis" || node.type === "strong") && isStrong(node, source)) ||
      (node.type === "link" && linkHref(node, source, "/") !== null)
    ) {
      visitAll(node, "");
    } else {
      put(sourceOf(node, source), start(node));
    }
  };
  visit(parseMarkdown(source));
  return out;
}
