// Maps a position inside a YAML string's value back to where that character is
// written in the file. For a plain one-line scalar (most content) that is just
// the scalar's start plus the index; quotes, escapes (\" '' \n) and folded or
// block scalars written over several lines need the walk below.
import { Scalar } from "yaml";

/** Offset in the source where the value's text starts (after a quote or a block header). */
function contentStart(source: string, node: Scalar, start: number): number {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
    case Scalar.QUOTE_SINGLE:
      return start + 1;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const nl = source.indexOf("\n", start);
      return nl === -1 ? start : nl + 1;
    }
    default:
      return start;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A piece of the source: one character, or one escape sequence of a double-quoted scalar. */
interface Unit {
  offset: number;
  length: number;
  /** What the unit stands for in the value ("" for a line continuation). */
  text: string;
}

/** The unit at `q`: escapes count as one unit in double-quoted scalars. */
function unitAt(source: string, q: number, doubleQuoted: boolean): Unit {
  const c = source[q];
  if (!doubleQuoted || c !== "\\") return { offset: q, length: 1, text: c };
  const e = source[q + 1] ?? "";
  if (e === "\n" || e === "\r") return { offset: q, length: 2, text: "" };
  if (e in SIMPLE_ESCAPES) return { offset: q, length: 2, text: SIMPLE_ESCAPES[e] };
  const digits = HEX_ESCAPES[e];
  if (digits) {
    const code = parseInt(source.slice(q + 2, q + 2 + digits), 16);
    return { offset: q, length: 2 + digits, text: Number.isNaN(code) ? "" : String.fromCodePoint(code) };
  }
  return { offset: q, length: 1, text: c };
}

const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r";

/**
 * Source offset of value[index] for a string scalar node. Walks the value and the
 * source together: each value character is matched to the next source unit that
 * stands for it (a space or newline in the value matches any whitespace, since
 * folding turns line breaks into spaces); a character that cannot be matched
 * keeps the previous position, so the result is always near the right place.
 */
export function sourceOffset(source: string, node: Scalar, index: number): number {
  const value = String(node.value);
  const [start, end] = node.range ?? [0, source.length];
  const dq = node.type === Scalar.QUOTE_DOUBLE;
  let p = contentStart(source, node, start);
  /** Next unit at or after `from` that stands for value[i] (and the following chars when an escape yields several). */
  const find = (i: number, from: number): Unit | null => {
    const c = value[i];
    for (let q = from; q < end;) {
      const u = unitAt(source, q, dq);
      if (u.text !== "" && (value.startsWith(u.text, i) || (isSpace(c) && u.length === 1 && isSpace(u.text)))) return u;
      q += u.length;
    }
    return null;
  };
  let i = 0;
  while (i < Math.min(index, value.length)) {
    const u = find(i, p);
    if (!u) {
      i++;
      continue;
    }
    const consumed = value.startsWith(u.text, i) ? u.text.length : 1;
    if (i + consumed > index) return u.offset; // index falls inside a multi-character escape
    i += consumed;
    p = u.offset + u.length;
  }
  if (index >= value.length) return Math.min(p, end);
  return find(index, p)?.offset ?? Math.min(p, end);
}
