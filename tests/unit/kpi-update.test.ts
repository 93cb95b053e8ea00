// npm run kpi:update: the yearly KPI update from a spreadsheet in the shape of the published CSV.
// Each test works on a throw-away copy of tests/fixtures/valid (sample-plan: 6-1-1-1 with
// 70.0 (2020) → 65.9 (2024) aiming at 73 (2030); 6-1-2-1 with 50 (2020) aiming at 60 (2030)).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { kpiCsv } from "../../src/lib/open-data.ts";
import { updateKpis } from "../../src/lib/kpi-update/index.ts";
import type { UpdateResult } from "../../src/lib/kpi-update/index.ts";
import { parseFigure, parseFiscalYear } from "../../src/lib/kpi-update/cells.ts";
import { fiscalYearOf } from "../../src/lib/wareki.ts";
import { routeSite } from "./site-helpers.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import { edit, node, repo, tempCopies } from "./validator-helpers.ts";

const temp = tempCopies();
const M1 = "sample-plan/measures/6-1-1.yaml";
const M2 = "sample-plan/measures/6-1-2.yaml";
const HEADER = "plan,measure_number,measure_title,kpi_id,label,unit,kind,fiscal_year_wareki,fiscal_year,value";
// In FY2026: an actual for FY2025 is possible, one for FY2027 is not yet.
const TODAY = new Date("2026-06-01T12:00:00+09:00");

/** Every file's bytes under `dir`, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .sort()
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".tmp"))
      .map((f) => [f, readFileSync(path.join(dir, f)).toString("base64")]),
  );
}

function csvFile(content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kpi-csv-")), "kpis.csv");
  writeFileSync(file, content);
  return file;
}

function run(
  dir: string,
  csv: string | Uint8Array,
  options: { targets?: boolean; dryRun?: boolean } = {},
): UpdateResult {
  return updateKpis({
    contentDir: dir,
    csvFile: csvFile(csv),
    csvName: "kpis.csv",
    targets: options.targets ?? false,
    dryRun: options.dryRun ?? false,
    today: TODAY,
  });
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const rows = (...lines: string[]) => [HEADER, ...lines].join("\r\n") + "\r\n";
/** What changed, as "kpi kind year: before → after". */
const changes = (r: UpdateResult) =>
  r.updates.flatMap((u) =>
    u.changes.map((c) => `${u.home.kpi.id} ${c.kind} ${c.after.fiscalYear}: ${c.before?.value ?? "none"} → ${c.text}`),
  );

describe("the published CSV read back", () => {
  it("changes nothing: every row already says what the YAML says", () => {
    const dir = temp();
    const before = snapshot(dir);
    const [plan] = routeSite(dir).plans;
    const result = run(dir, kpiCsv(plan));
    expect(result).toMatchObject({ encoding: "UTF-8", updates: [], unchanged: 5, problems: [], written: false });
    expect(snapshot(dir)).toEqual(before);
  });

  it("with formula-looking texts and negative figures, guarded in the CSV, changes nothing either", () => {
    const dir = temp();
    edit(dir, M1, "      ja: 住み続けたいと思う人の割合", `      ja: '=HYPERLINK("x")'`);
    edit(dir, M1, '    unit: "%"', '    unit: "-人"');
    edit(dir, M1, "        value: 65.9\n", "        value: -3.5\n");
    const before = snapshot(dir);
    const csv = kpiCsv(routeSite(dir).plans[0]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'-人,actual,令和6年度,2024,-3.5,`);
    const result = run(dir, csv);
    expect([result.problems, result.updates, result.unchanged]).toEqual([[], [], 5]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("adding and changing figures", () => {
  it("adds a row's actual in year order and touches no other byte of the file", () => {
    const dir = temp();
    const before = read(dir, M1);
    const published = kpiCsv(routeSite(dir).plans[0]);
    const result = run(dir, published + "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和7年度,2025,68.4\r\n");
    expect(result.problems).toEqual([]);
    expect(changes(result)).toEqual(["6-1-1-1 actual 2025: none → 68.4"]);
    expect(result).toMatchObject({
      unchanged: 5,
      written: true,
      files: [path.join(dir, M1).split(path.sep).join("/")],
    });
    expect(read(dir, M1)).toBe(
      before.replace(
        "        value: 65.9\n",
        "        value: 65.9\n      - fiscalYear: 2025\n        value: 68.4\n        decimals: 1\n",
      ),
    );
    expect(read(dir, M2)).toBe(read(repo, `tests/fixtures/valid/${M2}`));
    // Run again: now the same, a no-op.
    expect(run(dir, published + "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和7年度,2025,68.40\r\n")).toMatchObject({
      updates: [],
      unchanged: 6,
    });
  });

  it("records the target year's own figure, which says whether the target was met", () => {
    const dir = temp();
    const result = updateKpis({
      contentDir: dir,
      csvFile: csvFile(rows("sample-plan,6-1-1,,6-1-1-1,,%,actual,令和12年度,2030,73.5")),
      csvName: "kpis.csv",
      targets: false,
      dryRun: false,
      today: new Date("2031-05-01T12:00:00+09:00"),
    });
    expect(result.problems).toEqual([]);
    expect(changes(result)).toEqual(["6-1-1-1 actual 2030: none → 73.5"]);
    expect(validateContent(dir).errors).toEqual([]);
  });

  it("inserts between years, changes a value in place and keeps the KPI's decimals (68 → 68.0)", () => {
    const dir = temp();
    const before = read(dir, M1);
    const result = run(
      dir,
      rows(
        "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和4年度,,68", // between 2020 (decimals 1) and 2024
        'sample-plan,6-1-1,,6-1-1-1,,%,baseline,R2,2020,"70.5"',
        'sample-plan,6-1-2,,6-1-2-1,,%,actual,,2025,"1,234"',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(changes(result)).toEqual([
      "6-1-1-1 actual 2022: none → 68.0",
      "6-1-1-1 actual 2020: 70 → 70.5",
      "6-1-2-1 actual 2025: none → 1234",
    ]);
    expect(read(dir, M1)).toBe(
      before
        .replace("        value: 70.0\n", "        value: 70.5\n")
        .replace(
          "      - fiscalYear: 2024\n",
          "      - fiscalYear: 2022\n        value: 68.0\n        decimals: 1\n      - fiscalYear: 2024\n",
        ),
    );
    expect(read(dir, M2)).toContain("        value: 50\n      - fiscalYear: 2025\n        value: 1234\n    target:");
  });

  it("changes a target only with --targets", () => {
    const dir = temp();
    const csv = rows("sample-plan,6-1-2,,6-1-2-1,,%,target,令和11年度,2029,65.5");
    const refused = run(dir, csv);
    expect(refused.problems.map((p) => [p.line, p.col, p.path, p.message.en])).toEqual([
      [
        2,
        10,
        "value",
        "targets change only with --targets (the target is 60% in FY2030); otherwise put the current target back in this row (column J)",
      ],
    ]);
    const before = read(dir, M2);
    const result = run(dir, csv, { targets: true });
    expect(changes(result)).toEqual(["6-1-2-1 target 2029: 60 → 65.5"]);
    expect(read(dir, M2)).toBe(
      before.replace(
        "      fiscalYear: 2030\n      value: 60\n",
        "      fiscalYear: 2029\n      value: 65.5\n      decimals: 1\n",
      ),
    );
  });

  it("reads Shift_JIS with 和暦, full-width digits, thousands separators and columns in any order", () => {
    const dir = temp();
    const csv = iconv.encode(
      "備考,kpi_id,kind,fiscal_year_wareki,value\r\n" +
        "令和７年度の速報値,6-1-1-1,実績値,令和７年度,６８．４\r\n" +
        '①,6-1-2-1,実績値,Ｒ６,"５，５５５"\r\n',
      "cp932",
    );
    const result = run(dir, csv);
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe("Shift_JIS");
    expect(changes(result)).toEqual(["6-1-1-1 actual 2025: none → 68.4", "6-1-2-1 actual 2024: none → 5555"]);
  });

  it("keeps a file's CRLF line ends in the lines it adds", () => {
    const dir = temp();
    const file = path.join(dir, M2);
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    const before = read(dir, M2);
    expect(run(dir, rows("sample-plan,6-1-2,,6-1-2-1,,%,actual,,2025,55")).problems).toEqual([]);
    expect(read(dir, M2)).toBe(
      before.replace("        value: 50\r\n", "        value: 50\r\n      - fiscalYear: 2025\r\n        value: 55\r\n"),
    );
  });

  it("refuses KPIs written in flow style, at their place in the YAML, and writes nothing", () => {
    const dir = temp();
    edit(
      dir,
      M2,
      "    actuals:\n      - fiscalYear: 2020\n        value: 50\n",
      "    actuals: [{ fiscalYear: 2020, value: 50 }]\n",
    );
    const before = snapshot(dir);
    const result = run(dir, rows("sample-plan,6-1-2,,6-1-2-1,,%,actual,,2025,55"));
    expect(result.problems.map((p) => [p.file.endsWith(M2), p.line, p.col, p.message.en.slice(0, 46)])).toEqual([
      [true, 16, 14, "cannot edit KPIs written in this style (flow ["],
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("--dry-run reports the same changes and writes nothing", () => {
    const dir = temp();
    const before = snapshot(dir);
    const result = run(dir, rows("sample-plan,6-1-1,,6-1-1-1,,%,actual,令和7年度,2025,68.4"), { dryRun: true });
    expect(changes(result)).toEqual(["6-1-1-1 actual 2025: none → 68.4"]);
    expect(result.written).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("a bad row stops everything, and every file stays byte-identical", () => {
  // [case, CSV rows after the header (one good row first), line:col path, English message part]
  const good = "sample-plan,6-1-2,,6-1-2-1,,%,actual,令和7年度,2025,55";
  const cases: Array<[string, string[], string, string]> = [
    [
      "unknown KPI id",
      [good, "sample-plan,6-1-1,,6-1-1-9,,%,actual,,2025,1"],
      "3:4 kpi_id",
      'there is no KPI "6-1-1-9"',
    ],
    ["unknown plan", [good, "aioi,6-1-1,,6-1-1-1,,%,actual,,2025,1"], "3:1 plan", 'there is no plan "aioi"'],
    [
      "KPI of another measure",
      [good, "sample-plan,6-1-2,,6-1-1-1,,%,actual,,2025,1"],
      "3:2 measure_number",
      "belongs to measure 6-1-1",
    ],
    [
      "year after the plan period",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和13年度,,1"],
      "3:8 fiscal_year_wareki",
      "after the plan period FY2021–FY2030",
    ],
    [
      "actual before the baseline",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,,2019,1"],
      "3:9 fiscal_year",
      "not after the baseline year FY2020",
    ],
    [
      "target outside the plan period",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,target,,2035,80"],
      "3:9 fiscal_year",
      "outside the plan period",
    ],
    [
      "a year not yet begun",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和9年度,2027,1"],
      "3:9 fiscal_year",
      "FY2027 has not begun yet",
    ],
    [
      "the two year columns disagree",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和7年度,2024,1"],
      "3:8 fiscal_year_wareki",
      "are different years",
    ],
    ["not a year", [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,,来年,1"], "3:9 fiscal_year", "not a fiscal year"],
    ["not a number", [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,,2025,約70"], "3:10 value", "not a number"],
    [
      "a unit after the number",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,,2025,68.4%"],
      "3:10 value",
      "digits only, without unit or %",
    ],
    ["an empty figure", [good, "sample-plan,6-1-1,,6-1-1-1,,%,actual,,2025,"], "3:10 value", "the figure is empty"],
    [
      "an unknown kind",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,forecast,,2025,1"],
      "3:7 kind",
      "kind must be baseline, actual or target",
    ],
    [
      "the baseline moved",
      [good, "sample-plan,6-1-1,,6-1-1-1,,%,baseline,,2019,1"],
      "3:9 fiscal_year",
      "the baseline is from FY2020",
    ],
    [
      "a duplicate row with a different value",
      [
        good,
        "sample-plan,6-1-1,,6-1-1-1,,%,actual,令和7年度,2025,68.4",
        "sample-plan,6-1-1,,6-1-1-1,,%,actual,R7,,68.5",
      ],
      "4:10 value",
      "line 3 gives the same KPI (6-1-1-1) a different figure for FY2025",
    ],
  ];

  it.each(cases)("%s", (_name, lines, where, message) => {
    const dir = temp();
    const before = snapshot(dir);
    const result = run(dir, rows(...lines));
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toEqual([where]);
    expect(result.problems[0].message.en).toContain(message);
    expect(result.problems[0].message.ja).not.toBe(result.problems[0].message.en);
    expect(result.problems[0].file).toBe("kpis.csv");
    expect([result.updates, result.written]).toEqual([[], false]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("a result the validator refuses (the baseline raised above the target) is not written", () => {
    const dir = temp();
    const before = snapshot(dir);
    const result = run(dir, rows(good, "sample-plan,6-1-2,,6-1-2-1,,%,baseline,,2020,70"));
    expect(result.problems.map((p) => [p.file.endsWith(M2), p.line, p.col, p.path])).toEqual([
      [true, 15, 16, "kpis[0].direction"],
    ]);
    expect(result.problems[0].message.en).toContain("write direction: decrease");
    expect(snapshot(dir)).toEqual(before);
  });

  it("a header without the needed columns, or a broken CSV, is refused at its line", () => {
    const dir = temp();
    const before = snapshot(dir);
    const header = run(dir, "kpi_id,kind,valeu\r\n6-1-1-1,actual,1\r\n");
    expect(header.problems.map((p) => [p.line, p.message.en])).toEqual([
      [
        1,
        "the first line (header) has no value, fiscal_year / fiscal_year_wareki column: keep the header of the published CSV (/data/<plan>-kpis.csv)",
      ],
    ]);
    const broken = run(dir, rows('sample-plan,6-1-1,,6-1-1-1,,%,actual,,2025,"68.4'));
    expect(broken.problems.map((p) => [p.file, p.line, p.message.en.slice(0, 16)])).toEqual([
      ["kpis.csv", 2, "CSV syntax error"],
    ]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("cells as staff type them", () => {
  it.each([
    ["68.4", 68.4, 1],
    ["１，２３４．５０", 1234.5, 2],
    ["-3.5", -3.5, 1],
    ["△3", -3, 0],
    ["+5", 5, 0],
    [" 70.0 ", 70, 1],
  ])("figure %j → %d with %d decimals", (cell, value, decimals) => {
    expect(parseFigure(cell)).toMatchObject({ ok: true, value: { value, decimals } });
  });

  it.each(["1,23", "1.2.3", "abc", "70%", ""])("refuses the figure %j", (cell) => {
    expect(parseFigure(cell).ok).toBe(false);
  });

  it.each([
    ["2025", 2025],
    ["２０２５年度", 2025],
    ["FY2025", 2025],
    ["令和7年度", 2025],
    ["R7", 2025],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
  ])("fiscal year %j → %d", (cell, year) => {
    expect(parseFiscalYear(cell)).toEqual({ ok: true, value: year });
  });

  it.each(["1800", "令和0年度", "来年", ""])("refuses the fiscal year %j", (cell) => {
    expect(parseFiscalYear(cell).ok).toBe(false);
  });

  it("the fiscal year of a day starts in April, Japan time", () => {
    expect(fiscalYearOf(new Date("2026-03-31T23:00:00+09:00"))).toBe(2025);
    expect(fiscalYearOf(new Date("2026-03-31T15:30:00Z"))).toBe(2026); // 1 April, 00:30 in Japan
    expect(fiscalYearOf(new Date("2026-11-30T12:00:00+09:00"))).toBe(2026);
  });
});

describe("npm run kpi:update", () => {
  const cli = (args: string[]) =>
    spawnSync(node, [path.join(repo, "scripts", "kpi-update.ts"), ...args, "--today", "2026-06-01"], {
      encoding: "utf8",
    });

  it("prints each change old → new, and with --dry-run writes nothing", () => {
    const dir = temp();
    const csv = csvFile(rows("sample-plan,6-1-1,,6-1-1-1,,%,actual,2024,,66"));
    const before = snapshot(dir);
    const dry = cli([csv, "--dir", dir, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("めざそう値 / KPI 6-1-1-1 住み続けたいと思う人の割合");
    expect(dry.stdout).toContain("  実績値 / actual 令和6年度 (2024): 65.9% → 66%");
    expect(dry.stdout).toContain("--dry-run のため書き込んでいません");
    expect(snapshot(dir)).toEqual(before);
    const wet = execFileSync(
      node,
      [path.join(repo, "scripts", "kpi-update.ts"), csv, "--dir", dir, "--today", "2026-06-01"],
      {
        encoding: "utf8",
      },
    );
    expect(wet).toContain("書き込みました / 1 figure of 1 KPI in 1 file, 0 rows unchanged: written");
    expect(read(dir, M1)).toContain("        value: 66\n");
  });

  it("refuses a bad row with the CSV file, line and column in both languages, exit code 1", () => {
    const dir = temp();
    const csv = csvFile(rows("sample-plan,6-1-1,,6-1-1-9,,%,actual,,2025,1"));
    const r = cli([csv, "--dir", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`エラー ${csv}:2:4 kpi_id: めざそう値「6-1-1-9」はありません。`);
    expect(r.stderr).toContain('/ there is no KPI "6-1-1-9"');
    expect(r.stderr).toContain("何も書き込んでいません / 1 error: nothing was written");
  });

  it("explains its usage", () => {
    expect(cli([]).status).toBe(1);
    expect(cli(["--help"]).stdout).toContain("npm run kpi:update -- <FILE.csv>");
    expect(cli(["/no/such/file.csv"]).status).toBe(2);
  });
});
