// Writes KPI figure changes into a measure's YAML text and leaves every other byte as it was:
// comments, blank lines, key order, quoting. The yaml package's Document API finds where each
// figure is written (node ranges); the text is then changed only there: a number replaced, or
// the lines of a new actual inserted in fiscal-year order, indented like its neighbours.
import { LineCounter, isMap, isScalar, isSeq, parse, parseDocument } from "yaml";
import type { Node, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Kpi, Measure } from "../types.ts";
import type { Finding } from "../validation/finding.ts";
import type { KpiUpdate } from "./changes.ts";

interface Splice {
  at: number;
  end: number;
  text: string;
}

/** A layout this editor does not handle (flow style, aliases): the person edits the YAML by hand. */
class LayoutError extends Error {
  readonly offset: number;
  constructor(node: Node | null | undefined) {
    super("unsupported YAML layout");
    this.offset = node?.range?.[0] ?? 0;
  }
}

export function editMeasureYaml(
  source: string,
  file: string,
  updates: readonly KpiUpdate[],
): { text: string } | { problem: Finding } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const nl = source.includes("\r\n") ? "\r\n" : "\n";
  const splices: Splice[] = [];
  try {
    const kpis = blockSeq(doc.get("kpis", true));
    for (const update of updates) {
      const item = kpis.items.find((k) => isMap(k) && k.get("id") === update.home.kpi.id);
      const kpi = blockMap(item);
      for (const c of update.changes) {
        if (c.kind === "target")
          setFigure(source, blockMap(kpi.get("target", true)), c.after, c.text, nl, splices, true);
        else setActual(source, blockSeq(kpi.get("actuals", true)), c.after, c.text, nl, splices);
      }
    }
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
    const { line, col } = lineCounter.linePos(e.offset);
    return {
      problem: {
        file,
        line,
        col,
        path: "kpis",
        severity: "error",
        message: {
          ja: "この書き方（[ ] や { } の一行の書き方、& や * の参照）のめざそう値は自動では書き換えられません。ほかの基本施策と同じ書き方に直すか、手で書き換えてください",
          en: "cannot edit KPIs written in this style (flow [ ] or { }, anchors or aliases): write them like the other measures, or edit by hand",
        },
      },
    };
  }
  const text = applySplices(source, splices);
  check(text, updates);
  return { text };
}

function blockSeq(node: unknown): YAMLSeq {
  if (!isSeq(node) || node.flow) throw new LayoutError(node as Node);
  return node;
}

function blockMap(node: unknown): YAMLMap {
  if (!isMap(node) || node.flow) throw new LayoutError(node as Node);
  return node;
}

function scalar(map: YAMLMap, key: string): Scalar | null {
  const node = map.get(key, true);
  if (node === undefined) return null;
  if (!isScalar(node) || !node.range) throw new LayoutError(map);
  return node;
}

const lineStart = (s: string, offset: number) => s.lastIndexOf("\n", offset - 1) + 1;
const lineEnd = (s: string, offset: number) => {
  const i = s.indexOf("\n", offset);
  return i === -1 ? s.length : i + 1;
};

/** Lines inserted at `at`, which is a line start (or the end of a text without a final line break). */
function insertLines(source: string, at: number, lines: string[], nl: string): Splice {
  const lead = at === source.length && !source.endsWith("\n") ? nl : "";
  return { at, end: at, text: lead + lines.map((l) => l + nl).join("") };
}

/** Replaces the value (and fiscal year, for a target) of a figure; adds or updates its decimals. */
function setFigure(
  source: string,
  map: YAMLMap,
  after: Kpi["target"],
  text: string,
  nl: string,
  out: Splice[],
  withYear = false,
) {
  const value = scalar(map, "value");
  if (!value) throw new LayoutError(map);
  out.push({ at: value.range![0], end: value.range![1], text });
  const year = scalar(map, "fiscalYear");
  if (withYear && year && year.value !== after.fiscalYear)
    out.push({ at: year.range![0], end: year.range![1], text: String(after.fiscalYear) });
  if (after.decimals === undefined) return;
  const decimals = scalar(map, "decimals");
  if (decimals) {
    if (decimals.value !== after.decimals)
      out.push({ at: decimals.range![0], end: decimals.range![1], text: String(after.decimals) });
    return;
  }
  const key = map.items.find((p) => isScalar(p.key) && p.key.value === "value")!.key as Scalar;
  const indent = " ".repeat(key.range![0] - lineStart(source, key.range![0]));
  out.push(insertLines(source, lineEnd(source, value.range![1]), [`${indent}decimals: ${after.decimals}`], nl));
}

/** Changes the actual of that fiscal year, or inserts a new one in fiscal-year order. */
function setActual(source: string, actuals: YAMLSeq, after: Kpi["target"], text: string, nl: string, out: Splice[]) {
  const items = actuals.items.map(blockMap);
  const existing = items.find((m) => m.get("fiscalYear") === after.fiscalYear);
  if (existing) return setFigure(source, existing, after, text, nl, out);
  const next = items.find((m) => Number(m.get("fiscalYear")) > after.fiscalYear);
  const model = next ?? items[items.length - 1];
  const start = model.range![0];
  const dash = source.slice(lineStart(source, start), start);
  if (!/^ *- +$/.test(dash)) throw new LayoutError(model);
  const pad = " ".repeat(dash.length);
  const lines = [`${dash}fiscalYear: ${after.fiscalYear}`, `${pad}value: ${text}`];
  if (after.decimals !== undefined) lines.push(`${pad}decimals: ${after.decimals}`);
  // After the line of the last item's last value (the map's own range may run into the next line).
  const last = model.items[model.items.length - 1]?.value as Node | null;
  if (!next && !last?.range) throw new LayoutError(model);
  const at = next ? lineStart(source, start) : lineEnd(source, last!.range![1]);
  out.push(insertLines(source, at, lines, nl));
}

/** Applies splices from the end, so that earlier offsets stay valid; insertions at one place keep their order. */
function applySplices(source: string, splices: Splice[]): string {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  let text = source;
  for (const s of ordered) text = text.slice(0, s.at) + s.text + text.slice(s.end);
  return text;
}

/** The edited text must say exactly what was asked; anything else is a bug, not a content problem. */
function check(text: string, updates: readonly KpiUpdate[]): void {
  const measure = parse(text) as Measure;
  for (const u of updates) {
    const kpi = measure.kpis.find((k) => k.id === u.home.kpi.id);
    const years = kpi?.actuals.map((a) => a.fiscalYear) ?? [];
    const sorted = years.every((y, i) => i === 0 || y > years[i - 1]);
    for (const c of u.changes) {
      const got = c.kind === "target" ? kpi?.target : kpi?.actuals.find((a) => a.fiscalYear === c.after.fiscalYear);
      if (
        !sorted ||
        !got ||
        got.value !== c.after.value ||
        got.fiscalYear !== c.after.fiscalYear ||
        got.decimals !== c.after.decimals
      )
        throw new Error(
          `kpi:update wrote ${u.home.kpi.id} wrongly: expected ${JSON.stringify(c.after)}, found ${JSON.stringify(got)}`,
        );
    }
  }
}
