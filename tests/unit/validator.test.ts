// The validator against the fixture sets: the valid set passes, and every broken case
// (tests/fixtures/broken-cases.ts, made from the valid set in a temporary copy) gives exactly
// one error at the expected file, line, column and field.
import { appendFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cases } from "../fixtures/broken-cases.ts";
import { formatFinding, validateContent } from "../../src/lib/validation/index.ts";
import { MAX_FILE_BYTES } from "../../src/lib/validation/parse.ts";
import { brokenCopies, edit, shown, tempCopies, validDir } from "./validator-helpers.ts";

const temp = tempCopies();
const broken = brokenCopies();

describe("valid fixtures", () => {
  const result = validateContent(validDir);

  it("have no errors and no warnings", () => {
    expect(result.errors.map(formatFinding)).toEqual([]);
    expect(result.warnings.map(formatFinding)).toEqual([]);
    expect(result.files).toBe(5);
  });

  it("load into SiteData with measures in plan order and repo-relative paths", () => {
    const site = result.site!;
    expect(site.plans).toHaveLength(1);
    const plan = site.plans[0];
    expect(plan.plan.id).toBe("sample-plan");
    expect(plan.file.path).toBe("tests/fixtures/valid/sample-plan/plan.yaml");
    expect(plan.measures.map((m) => m.measure.number)).toEqual(["6-1-1", "6-1-2"]);
    expect(plan.measures[0].file.path).toBe("tests/fixtures/valid/sample-plan/measures/6-1-1.yaml");
    expect(plan.strategy?.strategy.measures).toHaveLength(2);
    expect(site.projects.map((p) => p.project.id)).toEqual(["sample-project"]);
  });
});

describe("broken cases", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const dir = broken(c.name);
    const result = validateContent(dir);
    expect(result.site).toBeNull();
    expect(result.errors.map(formatFinding)).toHaveLength(1);
    const [f] = result.errors;
    expect(f.file).toBe(shown(dir, c.expect.file));
    expect({ line: f.line, col: f.col, path: f.path }).toEqual({
      line: c.expect.line,
      col: c.expect.col,
      path: c.expect.path,
    });
    expect(f.message.ja).toContain(c.expect.ja);
    expect(f.message.en).toContain(c.expect.en);
    expect(formatFinding(f)).toBe(
      `${f.file}:${f.line}:${f.col}${f.path ? " " + f.path : ""}: ${f.message.ja} / ${f.message.en}`,
    );
  });
});

describe("limits", () => {
  it("refuses a file over the size limit before parsing it", () => {
    const dir = temp();
    const file = path.join(dir, "sample-plan", "measures", "6-1-2.yaml");
    appendFileSync(file, `# ${"x".repeat(MAX_FILE_BYTES)}\n`);
    const { errors } = validateContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0].file.endsWith("/sample-plan/measures/6-1-2.yaml")).toBe(true);
    expect([errors[0].line, errors[0].col]).toEqual([1, 1]);
    expect(errors[0].message.ja).toContain("ファイルが大きすぎます");
    expect(errors[0].message.en).toContain("file is too large");
  });

  it("stops an alias bomb quickly", () => {
    const dir = broken("alias-bomb");
    const start = Date.now();
    validateContent(dir);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe("warnings", () => {
  it("do not fail: titleMissing and HTML-looking text still give a site", () => {
    const dir = temp();
    edit(
      dir,
      "sample-plan/plan.yaml",
      "        title:\n          ja: 持続可能な行政運営\n",
      "        titleMissing: true\n",
    );
    edit(
      dir,
      "sample-plan/measures/6-1-1.yaml",
      "「選ばれるまち」を目指します。",
      "<script>alert(1)</script>を目指します。",
    );
    const result = validateContent(dir);
    expect(result.errors.map(formatFinding)).toEqual([]);
    expect(result.site).not.toBeNull();
    const byPath = Object.fromEntries(result.warnings.map((w) => [w.path, w]));
    expect(byPath["goals[0].policies[0].titleMissing"].message.ja).toContain("タイトルが未設定です");
    expect(byPath["goals[0].policies[0].titleMissing"].message.en).toContain("title not yet set");
    expect(byPath["direction[0].ja"].message.en).toContain("HTML tags are not allowed; the page shows them as written");
    expect([byPath["direction[0].ja"].line, byPath["direction[0].ja"].col]).toEqual([9, 9]);
  });

  it("say where a KPI's figures cannot confirm its maintain direction, and accept the ones that agree", () => {
    const dir = temp();
    const m2 = "sample-plan/measures/6-1-2.yaml";
    edit(dir, m2, "    direction: increase\n", "    direction: maintain\n");
    const differs = validateContent(dir);
    expect(differs.errors.map(formatFinding)).toEqual([]);
    expect(differs.warnings.map((w) => [w.path, w.line, w.col])).toEqual([["kpis[0].direction", 15, 16]]);
    expect(differs.warnings[0].message.ja).toContain("目標値（60%）が基準値（50%）と違います");
    expect(differs.warnings[0].message.en).toContain("write direction: increase");

    edit(dir, m2, "        value: 50\n", "        value: 0\n");
    edit(dir, m2, "      fiscalYear: 2030\n      value: 60\n", "      fiscalYear: 2030\n      value: 0\n");
    const zero = validateContent(dir);
    expect(zero.warnings.map((w) => [w.path, w.message.en])).toEqual([
      [
        "kpis[0].direction",
        "maintain keeps a figure at or above the target (0%), so every figure from 0 up counts as achieved; for a count that should stay at 0, write direction: maintain-or-lower",
      ],
    ]);
    edit(dir, m2, "    direction: maintain\n", "    direction: maintain-or-lower\n");
    const agreed = validateContent(dir);
    expect([...agreed.errors, ...agreed.warnings].map(formatFinding)).toEqual([]);
    edit(dir, m2, "      fiscalYear: 2030\n      value: 0\n", "      fiscalYear: 2030\n      value: 5\n");
    expect(validateContent(dir).warnings.map((w) => w.message.en)).toEqual([
      "a maintain-or-lower KPI whose target (5%) differs from its baseline (0%): it is judged by whether the latest figure keeps the target level; if the aim is to raise it to the target, write direction: increase",
    ]);
  });

  it("flag a title that is neither given nor marked missing as an error", () => {
    const dir = temp();
    edit(dir, "sample-plan/plan.yaml", "        title:\n          ja: 持続可能な行政運営\n", "");
    const { errors } = validateContent(dir);
    expect(errors.map((e) => [e.path, e.line])).toEqual([["goals[0].policies[0]", 22]]);
    expect(errors[0].message.en).toContain("titleMissing: true");
  });
});

describe("parse cache", () => {
  it("gives the same findings and positions on a second run, when files come from the cache", () => {
    const dir = temp();
    edit(dir, "sample-project/project.yaml", "            - shisho\n", "            - shishou\n");
    edit(dir, "sample-plan/measures/6-1-2.yaml", "      from: 2026\n", "      from: 2031\n");
    const cold = validateContent(dir);
    const warm = validateContent(dir);
    expect(warm.errors).toEqual(cold.errors);
    expect(warm.errors.map((e) => [e.path, e.line, e.col])).toEqual([
      ["relatedPlans[0].period", 33, 7],
      ["roadmap.courses[1].items[0].responsible[1]", 71, 15],
    ]);
  });
});
