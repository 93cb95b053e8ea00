// The Markdown subset of paragraph-like fields, parsed with remark's parser (mdast-util-from-markdown).
// Constructs we never render are switched off in the tokenizer, so that Japanese plain text with
// `#`, `>`, `&`, `\`, backticks or indented lines is read as text. Links, emphasis, lists, raw
// HTML, images, autolinks and reference definitions are parsed, so that the renderer can allow the
// few it accepts and show the rest as the text they were written as, and the validator can warn.
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Root } from "mdast";

const DISABLED = [
  "blockQuote",
  "characterEscape",
  "characterReference",
  "codeFenced",
  "codeIndented",
  "codeText",
  "hardBreakEscape",
  "hardBreakTrailing",
  "headingAtx",
  "setextUnderline",
  "thematicBreak",
];

// Characters that can start a construct the subset parses; a string without any is plain text.
const SIGNIFICANT = /[[*_<\n]|^[ \t]*([-+]|\d+[.)])([ \t]|$)/;

/** False for the usual string that has nothing Markdown could read (the fast path: no parse). */
export function mayHaveMarkup(source: string): boolean {
  return SIGNIFICANT.test(source);
}

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [{ disable: { null: DISABLED } }] });
}
