// Hostile and broken content, the validator's side (docs/security.md). Content a careless or
// malicious editor could commit either
//   - is refused with a located message: the cases below (a 10 MB file here; the alias bomb,
//     duplicate key, wrong type deep in a roadmap and the others in tests/fixtures/broken-cases.ts,
//     checked in detail by validator.test.ts), or
//   - is valid but warned about, and rendered inert: tests/fixtures/hostile, built and checked
//     in Chromium by tests/e2e/hostile.test.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasBidiControls, stripBidiControls } from "../../src/lib/bidi.ts";
import { formatFinding, validateContent } from "../../src/lib/validation/index.ts";
import { brokenCase, brokenCopies, edit, tempCopies, repo } from "./validator-helpers.ts";

const hostileDir = path.join(repo, "tests", "fixtures", "hostile");
const temp = tempCopies();
const broken = brokenCopies();

describe("refused with a located message", () => {
  it("a 10 MB file, before it is read into the parser", () => {
    const dir = temp();
    const file = path.join(dir, "sample-plan", "measures", "6-1-2.yaml");
    writeFileSync(file, `kind: measure\n# ${"x".repeat(10 * 1024 * 1024)}\n`);
    const start = performance.now();
    const { errors, site } = validateContent(dir);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(site).toBeNull();
    expect(errors.map(formatFinding)).toHaveLength(1);
    expect(errors[0].file.endsWith("sample-plan/measures/6-1-2.yaml")).toBe(true);
    expect([errors[0].line, errors[0].col]).toEqual([1, 1]);
    expect(errors[0].message.ja).toContain("ファイルが大きすぎます");
    expect(errors[0].message.en).toContain("file is too large");
  });

  // The other refusals are cases in tests/fixtures/broken-cases.ts; validator.test.ts checks
  // each at its file, line, column and field. Named here so the list of hostile inputs is complete.
  it.each([
    ["alias-bomb", "a YAML alias bomb (billion laughs)"],
    ["duplicate-key", "a duplicate key"],
    ["roadmap-deep-wrong-type", "a wrong type deep in a roadmap"],
    ["wrong-type", "a wrong type in a KPI"],
    ["custom-tag", "a !!js/function tag"],
  ])("%s: %s", (name) => {
    const c = brokenCase(name);
    const { errors, site } = validateContent(broken(name));
    expect(site).toBeNull();
    expect(errors).toHaveLength(1);
    expect([errors[0].line, errors[0].col, errors[0].path]).toEqual([c.expect.line, c.expect.col, c.expect.path]);
  });
});

describe("valid but warned about: tests/fixtures/hostile", () => {
  const result = validateContent(hostileDir);
  const warned = (file: string) =>
    result.warnings
      .filter((w) => w.file.endsWith(file))
      .map((w) => `${w.line}:${w.col} ${w.path} ${w.message.en.split(" ")[2]}`);

  it("has no errors, so the site is built from it", () => {
    expect(result.errors.map(formatFinding)).toEqual([]);
    expect(result.site).not.toBeNull();
  });

  it("warns at each markup-looking text, script or data URL and bidi control, with its line and field", () => {
    expect(warned("hostile-plan/measures/6-1-1.yaml")).toEqual([
      "5:7 title.ja HTML-like",
      "6:7 title.en HTML-like",
      // Paragraphs are Markdown: each refused tag or link is pointed at where it starts.
      "8:10 situation[0].ja are",
      "9:10 situation[0].en are",
      "10:9 situation[1].ja HTML-like",
      "11:10 situation[2].ja may",
      "11:43 situation[2].ja may",
      "15:9 direction[0].ja invisible",
      "16:9 direction[0].en invisible",
      "20:11 kpis[0].label.ja HTML-like",
      "80:11 relatedPlans[0].name.ja HTML-like",
      // Markdown attacks in notes: the tag, the script link, autolink, image, nested and reference links.
      "88:52 notes[0].ja are",
      "88:104 notes[0].ja may",
      "89:16 notes[1].ja are",
      "89:53 notes[1].ja are",
      "89:121 notes[1].ja may",
      "90:16 notes[2].ja ([name][label],",
      "90:32 notes[2].ja ([name][label],",
      "91:57 notes[3].ja are",
    ]);
    expect(warned("hostile-project/project.yaml")).toContain("35:17 roadmap.courses[0].items[0].title.ja invisible");
    // Markup that cannot do anything (<b>, quotes) is shown as text without a warning.
    expect(warned("hostile-plan/plan.yaml")).not.toContain("25:11 goals[0].policies[0].title.ja HTML-like");
  });

  it("the site data has the bidi controls removed, everything else as written", () => {
    const site = result.site!;
    expect(hasBidiControls(JSON.stringify(site))).toBe(false);
    const m = site.plans[0].measures[0].measure;
    expect(m.direction[0].ja).toBe("右から左への上書き文字: 請求書txt.exe と 隔離 は取り除かれます。");
    expect(m.title!.ja).toBe("<script>alert(1)</script>");
    expect(m.situation[3].ja).toHaveLength(5000);
    expect(m.actions[0].mainProjects).toHaveLength(40);
    expect(site.plans[0].measures[1].measure.kpis).toHaveLength(50);
  });
});

describe("script and data URL warnings", () => {
  const warnsFor = (text: string) => {
    const dir = temp();
    edit(dir, "sample-plan/measures/6-1-1.yaml", "「選ばれるまち」を目指します。", JSON.stringify(text));
    return validateContent(dir).warnings.filter((w) => w.path === "direction[0].ja").length > 0;
  };

  it("warn about javascript:, vbscript:, data:<type> URLs and Markdown links to them", () => {
    expect(warnsFor("javascript:alert(1)")).toBe(true);
    expect(warnsFor("[x](javascript:alert(1))")).toBe(true);
    expect(warnsFor("VBScript:msgbox")).toBe(true);
    expect(warnsFor("data:text/html;base64,PHNjcmlwdD4=")).toBe(true);
    expect(warnsFor("[y](data:image/svg+xml,<svg onload=alert(1)>)")).toBe(true);
    expect(warnsFor("<style>body{display:none}</style>")).toBe(true);
  });

  it("stay quiet for ordinary text that merely contains the words", () => {
    expect(warnsFor("Open data: CSV and JSON")).toBe(false);
    expect(warnsFor("JavaScript を使わないページです。データ: 2024年度")).toBe(false);
    expect(warnsFor("1 < 2 and 3 > 2, a_b_c, 注*1")).toBe(false);
  });
});

describe("stripBidiControls", () => {
  it("removes embeddings, overrides and isolates, keeps LRM/RLM, and copies only what changes", () => {
    expect(stripBidiControls("a\u202Eb\u2066c\u2069d\u200Ee")).toBe("abcd\u200Ee");
    const clean = { a: [{ ja: "x" }], b: 1 };
    expect(stripBidiControls(clean)).toBe(clean);
    const dirty = { a: [{ ja: "x\u202E" }], b: { ja: "y" } };
    const out = stripBidiControls(dirty);
    expect(out).toEqual({ a: [{ ja: "x" }], b: { ja: "y" } });
    expect(out.b).toBe(dirty.b);
    expect(dirty.a[0].ja).toBe("x\u202E");
  });
});
