// Open-data JSON and CSV.
import { rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeSite } from "./site-helpers.ts";
import { csvNumber, kpiCsv, planJson, siteJson } from "../../src/lib/open-data.ts";
import { copyValid, edit } from "./validator-helpers.ts";

const site = routeSite(path.resolve(import.meta.dirname, "../../content"));
const aioi = site.plans.find((p) => p.plan.plan.id === "aioi")!;

describe("CSV", () => {
  it("keeps the decimals as written", () => {
    expect(csvNumber({ fiscalYear: 2020, value: 70, decimals: 1 })).toBe("70.0");
    expect(csvNumber({ fiscalYear: 2020, value: 73 })).toBe("73");
    expect(csvNumber({ fiscalYear: 2020, value: 12345.678, decimals: 2 })).toBe("12345.68");
    expect(csvNumber({ fiscalYear: 2020, value: -3.5, decimals: 1 })).toBe("-3.5");
  });

  it("one row per figure, with BOM, 和暦 and 西暦, and the KPI's direction and status", () => {
    const csv = kpiCsv(aioi);
    expect(csv.startsWith("\uFEFFplan,measure_number,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 9);
    expect(lines[0]).toBe(
      "plan,measure_number,measure_title,kpi_id,label,unit,kind,fiscal_year_wareki,fiscal_year,value,direction,status",
    );
    expect(lines[2]).toBe(
      "aioi,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,相生市に住み続けたいと思う人の割合,%,actual,令和6年度,2024,65.9,increase,moving-away",
    );
    expect(lines.slice(1).map((l) => l.split(",").at(-1))).toEqual([
      ...Array<string>(3).fill("moving-away"),
      ...Array<string>(3).fill("on-track"),
      ...Array<string>(3).fill("behind"),
    ]);
  });

  it("guards text cells that a spreadsheet would run as formulas, and keeps negative figures numbers", () => {
    const dir = copyValid();
    try {
      edit(
        dir,
        "sample-plan/measures/6-1-1.yaml",
        "      ja: 住み続けたいと思う人の割合",
        `      ja: '=HYPERLINK("x")'`,
      );
      edit(dir, "sample-plan/measures/6-1-1.yaml", '    unit: "%"', '    unit: "-人"');
      edit(dir, "sample-plan/measures/6-1-1.yaml", "        value: 65.9\n", "        value: -3.5\n");
      const [plan] = routeSite(dir).plans;
      const rows = kpiCsv(plan).slice(1).split("\r\n");
      expect(rows[2]).toBe(
        `sample-plan,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,"'=HYPERLINK(""x"")",'-人,actual,令和6年度,2024,-3.5,increase,moving-away`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("JSON", () => {
  it("includes derived KPI progress and file paths", () => {
    const json = planJson(aioi);
    expect(json.id).toBe("aioi");
    expect(json.measures[1].kpiProgress["6-1-2-1"].status).toBe("on-track");
    expect(json.strategy!.file).toBe("content/aioi/strategy.yaml");
  });

  it("the whole site lists every document once", () => {
    const json = siteJson(site);
    expect(json.plans).toHaveLength(1);
    expect(json.projects).toHaveLength(1);
    expect("format" in json.plans[0]).toBe(false);
  });
});
