// The one shape every problem is reported in, whether it comes from YAML parsing,
// the JSON Schemas or the cross-document checks, plus its text and JSON forms.

export type Severity = "error" | "warning";

/** A message in both languages: staff read Japanese, tools and reviewers may read English. */
export interface Message {
  ja: string;
  en: string;
}

export interface Finding {
  /** Path relative to the repository root with forward slashes (absolute when outside it). */
  file: string;
  /** 1-based line and column; 0 when the finding is about a folder rather than a place in a file. */
  line: number;
  col: number;
  /** Field path inside the document, e.g. kpis[0].target.value ("" for the whole file). */
  path: string;
  message: Message;
  severity: Severity;
}

/** A step into a document: a mapping key or a list index. */
export type Segment = string | number;

/** ["kpis", 0, "target", "value"] → "kpis[0].target.value" */
export function formatPath(segments: readonly Segment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? s : `.${s}`;
  }
  return out;
}

/** One line: `file:line:col path: 日本語 / English`. */
export function formatFinding(f: Finding): string {
  const where = f.line > 0 ? `${f.file}:${f.line}:${f.col}` : f.file;
  const path = f.path ? ` ${f.path}` : "";
  return `${where}${path}: ${f.message.ja} / ${f.message.en}`;
}

/** Errors before warnings; within each, by file then position, so output is stable. */
export function sortFindings(list: Finding[]): Finding[] {
  return [...list].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col,
  );
}
