// CSV for spreadsheets: the formula guard (OWASP CSV injection), writing (BOM, CRLF, quoting) and
// reading back what staff save from Excel (UTF-8 with or without BOM, Shift_JIS).
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "../../src/lib/csv/guard.ts";
import { readCsv } from "../../src/lib/csv/read.ts";
import { csvText } from "../../src/lib/csv/write.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("formula guard", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://example.org","x")', `'=HYPERLINK("http://example.org","x")`],
    ["+81 3", "'+81 3"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["'=already quoted", "''=already quoted"],
  ])("text %j is written as %j and read back unchanged", (cell, guarded) => {
    expect(guardCell(cell)).toBe(guarded);
    expect(unguardCell(guarded)).toBe(cell);
  });

  it.each(["-3.5", "-120", "0", "70.0", "abc", "相生市", "a=b", "", "'quoted", "6-1-1"])(
    "leaves %j as it is, both ways",
    (cell) => {
      expect(guardCell(cell)).toBe(cell);
      expect(unguardCell(cell)).toBe(cell);
    },
  );
});

describe("csvText", () => {
  it("writes a BOM, CRLF line ends, quotes only where needed, and guards every text cell", () => {
    expect(
      csvText(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", -3.5],
          ["=1+1", "-1"],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",-3.5\r\n\'=1+1,-1\r\n');
  });
});

describe("readCsv", () => {
  const text = 'kpi_id,value\r\n6-1-1-1,"68.4"\r\n\r\n,,\r\n"6-1-1-1\nx",\'=1+1\r\n6-1-2-1,5\r\n';
  const expected = [
    { line: 1, cells: ["kpi_id", "value"] },
    { line: 2, cells: ["6-1-1-1", "68.4"] },
    { line: 5, cells: ["6-1-1-1\nx", "=1+1"] },
    { line: 7, cells: ["6-1-2-1", "5"] },
  ];

  it("reads UTF-8 with a BOM: records with the line they start on, blank ones left out, guards removed", () => {
    expect(readCsv(utf8(`\uFEFF${text}`))).toEqual({ ok: true, encoding: "UTF-8", records: expected });
  });

  it("reads UTF-8 without a BOM and with LF line ends", () => {
    expect(readCsv(utf8(text.replaceAll("\r\n", "\n")))).toEqual({ ok: true, encoding: "UTF-8", records: expected });
  });

  it("reads Shift_JIS (Excel's CSV on Japanese Windows), ① and full-width digits included", () => {
    const bytes = iconv.encode("kpi_id,fiscal_year_wareki,value\r\n6-1-1-1,令和７年度①,６８．４\r\n", "cp932");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(readCsv(bytes)).toEqual({
      ok: true,
      encoding: "Shift_JIS",
      records: [
        { line: 1, cells: ["kpi_id", "fiscal_year_wareki", "value"] },
        { line: 2, cells: ["6-1-1-1", "令和７年度①", "６８．４"] },
      ],
    });
  });

  it("refuses UTF-16 and broken quoting with a line and a reason in both languages", () => {
    const utf16 = readCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(utf16).toMatchObject({ ok: false, line: 1 });
    expect(!utf16.ok && utf16.message.en).toContain("UTF-16");
    const unclosed = readCsv(utf8('a,b\n1,2\n3,"4\n'));
    expect(unclosed).toMatchObject({ ok: false });
    expect(!unclosed.ok && [unclosed.message.ja, unclosed.message.en]).toEqual([
      expect.stringContaining("CSV の書き方に誤りがあります"),
      expect.stringContaining("CSV syntax error"),
    ]);
  });
});
