// npm run new: a new measure or project file that a person fills in, and the
// plan.yaml listing, edited without disturbing the rest of the file.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ScaffoldError, addMeasureToPlan, scaffoldMeasure, scaffoldProject } from "../../src/lib/scaffold.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import type { Plan } from "../../src/lib/types.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const valid = path.join(repo, "tests", "fixtures", "valid");
const node = path.join(repo, "node_modules", ".bin", "node");

/** A throw-away copy of the valid fixtures (one plan, sample-plan; one project). */
function copyValid(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "scaffold-"));
  cpSync(valid, dir, { recursive: true });
  return dir;
}

const read = (file: string) => readFileSync(file, "utf8");

/** Errors of the whole content set, as "file-relative-path field" strings. */
function errorsOf(dir: string): string[] {
  return validateContent(dir).errors.map((e) => `${path.relative(dir, e.file)} ${e.path}`);
}

/** What a person does next: write every text and figure the template leaves open. */
function fillMeasure(text: string): string {
  return text
    .replace(/ja: ""/g, "ja: 入力した文章")
    .replace(/unit: ""/, 'unit: "%"')
    .replace(/(actuals:[^\n]*\n\s+- fiscalYear:) null/, "$1 2022")
    .replace(/(target:[^\n]*\n\s+fiscalYear:) null(.*\n\s+value:) null/, "$1 2030$2 60")
    .replace(/value: null/g, "value: 50")
    .replace(/from: null/, "from: 2026")
    .replace(/to: null/, "to: 2030");
}

describe("npm run new -- measure", () => {
  it("creates a file the validator reports field by field, and that passes once filled in", () => {
    const dir = copyValid();
    const result = scaffoldMeasure(dir, "6-2-1", { plan: "sample-plan" });
    const file = path.join(dir, "sample-plan", "measures", "6-2-1.yaml");
    expect(result.created).toBe(file);
    const text = read(file);
    expect(text.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${path.relative(path.dirname(file), path.join(repo, "schemas", "measure.schema.json"))}`,
    );
    expect(text).toContain('title:\n  ja: ""  # 基本施策の名前');
    expect(parse(text)).toMatchObject({ kind: "measure", number: "6-2-1" });

    const m = "sample-plan/measures/6-2-1.yaml";
    expect(errorsOf(dir).sort()).toEqual(
      [
        "title.ja",
        "situation[0].ja",
        "direction[0].ja",
        "kpis[0].label.ja",
        "kpis[0].unit",
        "kpis[0].actuals[0].fiscalYear",
        "kpis[0].actuals[0].value",
        "kpis[0].target.fiscalYear",
        "kpis[0].target.value",
        "actions[0].title.ja",
        "actions[0].description[0].ja",
        "actions[0].mainProjects[0].ja",
        "relatedPlans[0].name.ja",
        "relatedPlans[0].period.from",
        "relatedPlans[0].period.to",
      ]
        .map((p) => `${m} ${p}`)
        .sort(),
    );

    writeFileSync(file, fillMeasure(text));
    expect(errorsOf(dir)).toEqual([]);
    // The new policy is a warning only (title not yet set).
    expect(validateContent(dir).warnings.map((w) => w.path)).toContain("goals[0].policies[1].titleMissing");
  });

  it("lists the number in plan.yaml, creating the policy with titleMissing, and keeps comments and layout", () => {
    const dir = copyValid();
    const planFile = path.join(dir, "sample-plan", "plan.yaml");
    const original = read(planFile)
      .replace("goals:\n", "# 目標・施策・基本施策の一覧\ngoals:\n")
      .replace("          - 6-1-2\n", "          - 6-1-2  # 第2の基本施策\n")
      .concat("# ファイル末尾のコメント\n");
    writeFileSync(planFile, original);

    scaffoldMeasure(dir, "6-2-1", { plan: "sample-plan" });
    const after = read(planFile);
    expect(after).toBe(
      original.replace(
        "          - 6-1-2  # 第2の基本施策\n",
        "          - 6-1-2  # 第2の基本施策\n      - number: 6-2\n        titleMissing: true\n        measures:\n          - 6-2-1\n",
      ),
    );
    expect((parse(after) as Plan).goals[0].policies[1]).toEqual({
      number: "6-2",
      titleMissing: true,
      measures: ["6-2-1"],
    });
  });

  it("puts numbers in numeric order (6-1-10 after 6-1-9) and policies and goals in order", () => {
    let plan =
      "goals:\n  - number: 6\n    title:\n      ja: 目標\n    policies:\n      - number: 6-3\n        measures:\n          - 6-3-1\n";
    plan = addMeasureToPlan(plan, "6-3-10").text;
    plan = addMeasureToPlan(plan, "6-3-9").text;
    plan = addMeasureToPlan(plan, "6-1-1").text;
    plan = addMeasureToPlan(plan, "2-1-1").text;
    const data = parse(plan) as Plan;
    expect(data.goals.map((g) => g.number)).toEqual([2, 6]);
    expect(data.goals[0]).toEqual({
      number: 2,
      title: { ja: "" },
      policies: [{ number: "2-1", titleMissing: true, measures: ["2-1-1"] }],
    });
    expect(plan).toContain('ja: "" # まちづくり目標の名前');
    expect(data.goals[1].policies.map((p) => p.number)).toEqual(["6-1", "6-3"]);
    expect(data.goals[1].policies[1].measures).toEqual(["6-3-1", "6-3-9", "6-3-10"]);
    expect(addMeasureToPlan(plan, "6-3-9")).toMatchObject({ alreadyListed: true, text: plan });
  });

  it("writes only the new lines in other layouts too (unindented lists, [flow, lists], no final newline)", () => {
    const plan =
      "goals:\n- number: 6  # six\n  title:\n    ja: x\n  policies:\n  - number: 6-1\n    measures: [6-1-2, 6-1-4]  # flow\n  - number: 6-3   # three\n    measures:\n    - 6-3-1";
    expect(addMeasureToPlan(plan, "6-1-3").text).toBe(plan.replace("[6-1-2, 6-1-4]", "[6-1-2, 6-1-3, 6-1-4]"));
    expect(addMeasureToPlan(plan, "6-1-1").text).toBe(plan.replace("[6-1-2, 6-1-4]", "[6-1-1, 6-1-2, 6-1-4]"));
    expect(addMeasureToPlan(plan, "6-3-2").text).toBe(`${plan}\n    - 6-3-2\n`);
    expect(addMeasureToPlan(plan, "6-2-1").text).toBe(
      plan.replace(
        "  - number: 6-3",
        "  - number: 6-2\n    titleMissing: true\n    measures:\n    - 6-2-1\n  - number: 6-3",
      ),
    );
  });

  it("creates only the file when plan.yaml already lists the number", () => {
    const dir = copyValid();
    const planFile = path.join(dir, "sample-plan", "plan.yaml");
    const before = read(planFile);
    writeFileSync(planFile, before.replace("          - 6-1-2\n", "          - 6-1-2\n          - 6-1-3\n"));
    const listed = read(planFile);
    const result = scaffoldMeasure(dir, "6-1-3");
    expect(result.modified).toEqual([]);
    expect(read(planFile)).toBe(listed);
    expect(existsSync(path.join(dir, "sample-plan", "measures", "6-1-3.yaml"))).toBe(true);
  });

  it("accepts full-width digits and dashes", () => {
    const dir = copyValid();
    scaffoldMeasure(dir, "６－２－１");
    expect(existsSync(path.join(dir, "sample-plan", "measures", "6-2-1.yaml"))).toBe(true);
  });

  it("refuses to overwrite, a bad number or an unknown plan, and writes nothing then", () => {
    const dir = copyValid();
    const planFile = path.join(dir, "sample-plan", "plan.yaml");
    const plan = read(planFile);
    const existing = path.join(dir, "sample-plan", "measures", "6-1-1.yaml");
    const measure = read(existing);
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ScaffoldError);
        return (e as ScaffoldError).bilingual;
      }
      throw new Error("not refused");
    };
    expect(refusal(() => scaffoldMeasure(dir, "6-1-1")).en).toMatch(/already exists; it is never overwritten/);
    expect(refusal(() => scaffoldMeasure(dir, "6-2")).ja).toMatch(/「6-2-1」のように/);
    expect(refusal(() => scaffoldMeasure(dir, "6-0-1")).en).toMatch(/not a measure number/);
    expect(refusal(() => scaffoldMeasure(dir, "a-b-c")).en).toMatch(/not a measure number/);
    expect(refusal(() => scaffoldMeasure(dir, "6-2-1", { plan: "nope" })).en).toMatch(
      /plan "nope" not found.*sample-plan/,
    );
    expect(read(planFile)).toBe(plan);
    expect(read(existing)).toBe(measure);
    expect(existsSync(path.join(dir, "sample-plan", "measures", "6-2-1.yaml"))).toBe(false);

    // With two plans, --plan must say which.
    cpSync(path.join(dir, "sample-plan"), path.join(dir, "other-plan"), { recursive: true });
    expect(refusal(() => scaffoldMeasure(dir, "6-2-1")).en).toMatch(/several plans; choose one with --plan/);
  });

  it("works from the command line with bilingual messages and exit codes", () => {
    const dir = copyValid();
    const run = (...args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(node, ["scripts/new.ts", ...args, "--dir", dir], { cwd: repo, encoding: "utf8" }),
        };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };
    const ok = run("measure", "6-2-1");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("作成しました / created:");
    expect(ok.out).toMatch(/6-2-1\.yaml:\d+:\d+ title\.ja: /);
    expect(ok.out).toContain("titleMissing: true");
    const again = run("measure", "6-2-1");
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/作成しませんでした \/ not created: .*はすでにあります.* \/ .*already exists/);
    expect(run("measure").code).toBe(1);
    expect(run("thing", "x").code).toBe(1);
    const unknown = run("measure", "6-2-2", "--frobnicate");
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(
      /^使い方が正しくありません \/ Unknown option '--frobnicate'\n使い方 \/ usage:\n {2}npm run new -- measure/,
    );
    expect(run("measure", "6-2-2", "--plan").out).toContain("Option '--plan' argument is ambiguous"); // run() adds --dir DIR
    expect(run("measure", "6-2-2", "extra").out).toContain("余分な引数があります / unexpected arguments: extra");
    for (const flag of ["--help", "-h"]) {
      const help = spawnSync(node, ["scripts/new.ts", "measure", "6-2-2", flag, "--dir", dir], {
        cwd: repo,
        encoding: "utf8",
      });
      expect(help.status).toBe(0);
      expect(help.stderr).toMatch(/^使い方 \/ usage:\n {2}npm run new -- measure .*\n {2}npm run new -- project /);
    }
    expect(existsSync(path.join(dir, "sample-plan", "measures", "6-2-2.yaml"))).toBe(false);
  }, 30_000);
});

describe("npm run new -- project", () => {
  it("creates a project file that passes once filled in", () => {
    const dir = copyValid();
    const result = scaffoldProject(dir, "new-project");
    const file = path.join(dir, "new-project", "project.yaml");
    expect(result.created).toBe(file);
    expect(parse(read(file))).toMatchObject({ id: "new-project", kind: "project" });
    const p = "new-project/project.yaml";
    expect(errorsOf(dir).sort()).toEqual(
      [
        "title.ja",
        "purpose[0].ja",
        "roadmap.title.ja",
        "roadmap.fiscalYears.from",
        "roadmap.fiscalYears.to",
        "roadmap.courses[0].name.ja",
        "roadmap.courses[0].deadline",
        "roadmap.courses[0].phases[0].name.ja",
        "roadmap.courses[0].phases[0].period.from",
        "roadmap.courses[0].phases[0].period.to",
        "roadmap.courses[0].items[0].title.ja",
      ]
        .map((x) => `${p} ${x}`)
        .sort(),
    );
    const filled = read(file)
      .replace(/ja: ""/g, "ja: 入力した文章")
      .replace(/from: null/g, "from: 2024")
      .replace(/to: null/g, "to: 2026")
      .replace("deadline: null", "deadline: 2026");
    writeFileSync(file, filled);
    expect(errorsOf(dir)).toEqual([]);
  });

  it("refuses bad or reserved ids and existing folders", () => {
    const dir = copyValid();
    expect(() => scaffoldProject(dir, "My_Project")).toThrow(/not a valid project id/);
    expect(() => scaffoldProject(dir, "en")).toThrow(/address the site itself uses/);
    expect(() => scaffoldProject(dir, "sample-project")).toThrow(/already exists/);
    expect(() => scaffoldProject(dir, "sample-plan")).toThrow(/is a plan folder/);
  });
});
