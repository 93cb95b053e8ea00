// Reading a CSV that staff saved from a spreadsheet: UTF-8 with or without a BOM, or Shift_JIS
// (Excel's 「CSV (コンマ区切り)」 on Japanese Windows, code page 932), parsed by csv-parse.
// Records keep the line they start on, for messages; cells come back without the formula guard
// of guard.ts; blank records (also ",,,," from a spreadsheet) are left out.
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { Message } from "../validation/finding.ts";
import { unguardCell } from "./guard.ts";

export type CsvEncoding = "UTF-8" | "Shift_JIS";

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

export type CsvRead =
  { ok: true; encoding: CsvEncoding; records: CsvRecord[] } | { ok: false; line: number; message: Message };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): { encoding: CsvEncoding; text: string } | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    // TextDecoder drops a leading BOM.
    return { encoding: "UTF-8", text: utf8.decode(bytes) };
  } catch {
    // Japanese text in Shift_JIS is practically never valid UTF-8, so a failed strict decode means Shift_JIS.
    return { encoding: "Shift_JIS", text: iconv.decode(Buffer.from(bytes), "cp932") };
  }
}

export function readCsv(bytes: Uint8Array): CsvRead {
  const decoded = decode(bytes);
  if (!decoded)
    return {
      ok: false,
      line: 1,
      message: {
        ja: "UTF-16 のファイルは読めません。Excel で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」で保存してください",
        en: 'UTF-16 files cannot be read: save from Excel as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
      },
    };
  // One kind of line end, so that csv-parse counts lines the way an editor shows them.
  const text = decoded.text.replace(/\r\n?/g, "\n");
  let parsed: Array<{ record: string[]; info: Info }>;
  try {
    // With info: true each record comes as { record, info }, which csv-parse's types do not follow.
    parsed = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof parsed;
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === "number" ? (e as { lines: number }).lines : 1;
    return {
      ok: false,
      line,
      message: {
        ja: `CSV の書き方に誤りがあります（引用符 " の閉じ忘れなど）: ${(e as Error).message}`,
        en: `CSV syntax error (an unclosed quotation mark?): ${(e as Error).message}`,
      },
    };
  }
  const records: CsvRecord[] = [];
  for (const { record, info } of parsed) {
    if (record.every((c) => c.trim() === "")) continue;
    // info.lines is the line the record ends on; line breaks inside quoted cells come before it.
    const inner = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    records.push({ line: info.lines - inner, cells: record.map(unguardCell) });
  }
  return { ok: true, encoding: decoded.encoding, records };
}
