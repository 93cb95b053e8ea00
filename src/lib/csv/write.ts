// Writing a CSV for spreadsheet users: UTF-8 with a BOM (so that Excel reads it as UTF-8), CRLF
// line ends, RFC 4180 quoting by csv-stringify, and every cell guarded against formula injection.
import { stringify } from "csv-stringify/sync";
import { guardCell } from "./guard.ts";

export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const records = [header, ...rows].map((row) => row.map((cell) => guardCell(String(cell))));
  // A line break inside a cell is quoted whatever the record delimiter (csv-stringify only quotes
  // cells holding the delimiter itself, \r\n, by default).
  return stringify(records, { bom: true, record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}
