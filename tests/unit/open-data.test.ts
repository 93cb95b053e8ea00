// Open-data JSON and CSV.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeSite } from "./site-helpers.ts";
import { csvField, csvNumber, kpiCsv, planJson, siteJson } from "../../src/lib/open-data.ts";

const site = routeSite(path.resolve(import.meta.dirname, "../../content"));
const aioi = site.plans.find((p) => p.plan.plan.id === "aioi")!;

describe("CSV", () => {
  it("quotes only when needed", () => {
    expect(csvField("abc")).toBe("abc");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(2024)).toBe("2024");
  });

  it("keeps the decimals as written", () => {
    expect(csvNumber({ fiscalYear: 2020, value: 70, decimals: 1 })).toBe("70.0");
    expect(csvNumber({ fiscalYear: 2020, value: 73 })).toBe("73");
    expect(csvNumber({ fiscalYear: 2020, value: 12345.678, decimals: 2 })).toBe("12345.68");
  });

  it("one row per figure, with BOM, 和暦 and 西暦", () => {
    const csv = kpiCsv(aioi);
    expect(csv.startsWith("\uFEFFplan,measure_number,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 9);
    expect(lines[2]).toBe(
      "aioi,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,相生市に住み続けたいと思う人の割合,%,actual,令和6年度,2024,65.9",
    );
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
