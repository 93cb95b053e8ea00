// The rows of a KPI spreadsheet, in the shape of the published /data/<plan>-kpis.csv: columns are
// found by their header names, so extra or reordered columns do no harm; only plan, measure_number,
// kpi_id, kind, fiscal_year / fiscal_year_wareki and value are read (label, unit, direction, status
// and the like are for people and are ignored). Every problem is located at its CSV line and column.
import type { CsvRecord } from "../csv/read.ts";
import type { CSV_COLUMNS } from "../open-data.ts";
import type { Finding, Message } from "../validation/finding.ts";
import type { Figure, FigureKind } from "./cells.ts";
import { parseFigure, parseFiscalYear, parseKind } from "./cells.ts";

/** A column of the published CSV: renaming one there fails here. */
type Column = (typeof CSV_COLUMNS)[number];

/** Where a cell is: its line and 1-based column, with the column's header name. */
export interface Place {
  line: number;
  col: number;
  column: Column;
}

export interface FigureRow {
  line: number;
  plan?: string;
  measure?: string;
  kpiId: string;
  kind: FigureKind;
  fiscalYear: number;
  figure: Figure;
  at: { kpiId: Place; measure: Place | null; plan: Place | null; kind: Place; year: Place; value: Place };
}

/** A column number as spreadsheets name it: 1 → A, 10 → J, 27 → AA. */
function letter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A problem at a CSV cell, in the validator's shape: path is the column's header name. */
export function cellFinding(file: string, at: Place, message: Message): Finding {
  return {
    file,
    line: at.line,
    col: at.col,
    path: at.column,
    severity: "error",
    message: { ja: `${message.ja}（${letter(at.col)}列）`, en: `${message.en} (column ${letter(at.col)})` },
  };
}

const YEAR_COLUMNS = ["fiscal_year", "fiscal_year_wareki"] as const satisfies readonly Column[];

export function readRows(records: readonly CsvRecord[], file: string): { rows: FigureRow[]; problems: Finding[] } {
  const problems: Finding[] = [];
  const [header, ...data] = records;
  const where = (line: number, name: Column): Place | null => {
    const i = header.cells.findIndex((c) => c.trim().toLowerCase() === name);
    return i === -1 ? null : { line, col: i + 1, column: name };
  };
  if (!header) {
    problems.push(headerFinding(file, "CSV に行がありません", "the CSV has no rows"));
    return { rows: [], problems };
  }
  const missing: string[] = (["kpi_id", "kind", "value"] as const).filter((name) => !where(1, name));
  if (!YEAR_COLUMNS.some((name) => where(1, name))) missing.push(YEAR_COLUMNS.join(" / "));
  if (missing.length) {
    problems.push(
      headerFinding(
        file,
        `1行目（見出し）に ${missing.join("、")} の列がありません。公開している CSV（/data/<計画>-kpis.csv）の1行目をそのまま使ってください`,
        `the first line (header) has no ${missing.join(", ")} column: keep the header of the published CSV (/data/<plan>-kpis.csv)`,
        header.line,
      ),
    );
    return { rows: [], problems };
  }

  const rows: FigureRow[] = [];
  for (const record of data) {
    const place = (name: Column) => where(record.line, name);
    const cell = (at: Place | null) => (at ? (record.cells[at.col - 1] ?? "").trim() : "");
    const bad = (at: Place, m: Message) => problems.push(cellFinding(file, at, m));
    const at = {
      plan: place("plan"),
      measure: place("measure_number"),
      kpiId: place("kpi_id")!,
      kind: place("kind")!,
      value: place("value")!,
    };
    const before = problems.length;
    const kpiId = cell(at.kpiId);
    if (!kpiId) bad(at.kpiId, { ja: "めざそう値のID（kpi_id）が空欄です", en: "kpi_id is empty" });
    const kind = parseKind(cell(at.kind));
    if (!kind.ok) bad(at.kind, kind.message);
    const figure = parseFigure(cell(at.value));
    if (!figure.ok) bad(at.value, figure.message);
    const year = readYear(place("fiscal_year"), place("fiscal_year_wareki"), cell, bad);
    if (problems.length > before || !kind.ok || !figure.ok || !year) continue;
    rows.push({
      line: record.line,
      plan: cell(at.plan) || undefined,
      measure: cell(at.measure) || undefined,
      kpiId,
      kind: kind.value,
      fiscalYear: year.value,
      figure: figure.value,
      at: { ...at, year: year.at },
    });
  }
  return { rows, problems };
}

/** The fiscal year from either year column (西暦 or 和暦 in either); both filled must agree. */
function readYear(
  gregorian: Place | null,
  wareki: Place | null,
  cell: (at: Place | null) => string,
  bad: (at: Place, m: Message) => void,
): { value: number; at: Place } | null {
  const filled = [gregorian, wareki].filter((at): at is Place => at !== null && cell(at) !== "");
  if (filled.length === 0) {
    bad((gregorian ?? wareki)!, { ja: "年度が空欄です", en: "the fiscal year is empty" });
    return null;
  }
  const years = filled.map((at) => ({ at, year: parseFiscalYear(cell(at)) }));
  for (const y of years) if (!y.year.ok) bad(y.at, y.year.message);
  const ok = years.flatMap((y) => (y.year.ok ? [{ at: y.at, value: y.year.value }] : []));
  if (ok.length !== years.length) return null;
  if (ok.length === 2 && ok[0].value !== ok[1].value) {
    bad(ok[1].at, {
      ja: `fiscal_year（${ok[0].value}年度）と fiscal_year_wareki（${cell(ok[1].at)}）が違う年度です。どちらかを直すか、片方を空欄にしてください`,
      en: `fiscal_year (${ok[0].value}) and fiscal_year_wareki (${cell(ok[1].at)}) are different years: correct one or leave one empty`,
    });
    return null;
  }
  return ok[0];
}

function headerFinding(file: string, ja: string, en: string, line = 1): Finding {
  return { file, line, col: 1, path: "", severity: "error", message: { ja, en } };
}
