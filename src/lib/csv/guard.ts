// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with =, +, -, @, a tab
// or a carriage return may be run as a formula by Excel or LibreOffice when the published CSV is
// opened. Such text cells get a leading single quote, which spreadsheets show as text; plain
// numbers (-3.5) are not formulas and stay numbers. A text that already begins with quotes before
// one of those characters gets one more, so that unguardCell() gives back exactly what was written.
const GUARDED = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as written into a published CSV: `=1+1` → `'=1+1`; `-3.5` and `abc` unchanged. */
export function guardCell(cell: string): string {
  return GUARDED.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before guardCell(): `'=1+1` → `=1+1`; anything else unchanged. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell;
}
