// Helpers that turn one extracted table cell or line into structured text.
// Cells come from PDF extraction: tab-separated, sometimes holding HTML fragments
// (<ul><li>, <p>) and bullets (・ ◆ ●). Text is only split and trimmed, never rewritten.

/** Split a tab-separated row into trimmed cells (keeps empty cells so columns line up). */
export function cellsOf(line: string): string[] {
  return line.split("\t").map((c) => c.trim());
}

/** Remove HTML tags, keeping the text between them. */
export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** <li> items of a list fragment, without their leading bullet. */
export function listItems(html: string): string[] {
  const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => stripBullet(stripTags(m[1])));
  return items.filter((t) => t.length > 0);
}

/**
 * Paragraphs of a cell: <p> elements when present; otherwise sentences that the
 * extraction joined with a space after 「。」 (a line break in the PDF).
 */
export function paragraphs(cell: string): string[] {
  const ps = [...cell.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => stripTags(m[1]));
  if (ps.length > 0) return ps.filter(Boolean);
  return stripTags(cell)
    .split(/(?<=。)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Drop a leading list marker: "- ◆ ", "・", "◆", "●". */
export function stripBullet(text: string): string {
  return text
    .replace(/^-\s+/, "")
    .replace(/^[・◆●]\s*/, "")
    .trim();
}

/**
 * Split text such as "・a ・b ◆c ⇒ d" into marked points. A marker counts only at the
 * start or after white space, so 「必須・選択事務」 keeps its middle dot.
 */
export function markedPoints(text: string, markers = "・◆"): Array<{ marker: string; text: string }> {
  const re = new RegExp(`(?:^|\\s)([${markers}])`, "g");
  const starts = [...text.matchAll(re)].map((m) => ({ marker: m[1], at: m.index + m[0].length }));
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at - 1 : text.length;
    return { marker: s.marker, text: text.slice(s.at, end).trim() };
  });
}

/** Circled numbers ①–⑳ → 1–20; undefined for anything else. */
export function circledNumber(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x2460 + 1 : undefined;
}

/** A heading line, with or without a leading "### ". */
export function headingText(line: string): string {
  return line.replace(/^#{1,6}\s+/, "").trim();
}
