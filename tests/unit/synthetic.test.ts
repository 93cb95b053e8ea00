// The synthetic content generator (benchmarks, scale tests): deterministic, the size
// asked for, and valid for the shared validator. Benchmarks themselves are not tests.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { generateContent, schemaRefFor } from "../../src/lib/synthetic/index.ts";
import { createRng, mulberry32 } from "../../src/lib/synthetic/prng.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import { writeContent } from "../../scripts/generate.ts";
import type { Measure, Plan, Project } from "../../src/lib/types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const measureFiles = (files: Map<string, string>) => [...files.keys()].filter((f) => f.includes("/measures/"));

describe("seeded random numbers", () => {
  it("repeat for the same seed and differ between seeds", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(mulberry32(8)()).not.toBe(xs[0]);
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) {
      const n = rng.int(2, 4);
      expect(n >= 2 && n <= 4).toBe(true);
    }
  });
});

describe("generateContent", () => {
  it("is deterministic: same seed → byte-identical files; another seed → other text", () => {
    const a = generateContent({ measures: 40, seed: 5 });
    const b = generateContent({ measures: 40, seed: 5 });
    expect([...b.entries()]).toEqual([...a.entries()]);
    const c = generateContent({ measures: 40, seed: 6 });
    expect([...c.values()].join("")).not.toBe([...a.values()].join(""));
  });

  it.each([1, 7, 137])("writes exactly %i measures, each listed in plan.yaml under its policy", (n) => {
    const files = generateContent({ measures: n, seed: 2 });
    const names = measureFiles(files);
    expect(names).toHaveLength(n);
    const planFile = [...files.keys()].find((f) => f.endsWith("/plan.yaml"))!;
    const plan = parse(files.get(planFile)!) as Plan;
    const listed = plan.goals.flatMap((g) => g.policies.flatMap((p) => p.measures));
    expect(listed.map((m) => `${plan.id}/measures/${m}.yaml`).sort()).toEqual([...names].sort());
    for (const g of plan.goals)
      for (const p of g.policies) expect(p.measures.every((m) => m.startsWith(`${p.number}-`))).toBe(true);
  });

  it("varies the text from page to page and translates about 30% of the measures", () => {
    const files = generateContent({ measures: 200, seed: 1 });
    const measures = measureFiles(files).map((f) => parse(files.get(f)!) as Measure);
    const titles = new Set(measures.map((m) => m.title!.ja));
    expect(titles.size).toBeGreaterThan(190);
    const translated = measures.filter((m) => m.title!.en !== undefined);
    expect(translated.length / measures.length).toBeGreaterThan(0.2);
    expect(translated.length / measures.length).toBeLessThan(0.4);
    expect(translated.every((m) => m.title!.review?.en === "provisional")).toBe(true);
    for (const m of measures) {
      expect(m.kpis.length).toBeGreaterThanOrEqual(1);
      expect(m.kpis.length).toBeLessThanOrEqual(3);
      expect(m.actions.length).toBeGreaterThanOrEqual(3);
      expect(m.actions.length).toBeLessThanOrEqual(5);
      expect(m.actions.every((a) => a.mainProjects.length >= 1 && a.mainProjects.length <= 3)).toBe(true);
    }
  });

  it("adds a roadmap project with about N/10 items in 2–3 courses", () => {
    const files = generateContent({ measures: 300, seed: 1 });
    const projectFile = [...files.keys()].find((f) => f.endsWith("/project.yaml"))!;
    const project = parse(files.get(projectFile)!) as Project;
    const items = project.roadmap.courses.flatMap((c) => c.items);
    expect(items).toHaveLength(30);
    expect(project.roadmap.courses.length).toBeGreaterThanOrEqual(2);
    expect(project.roadmap.courses.length).toBeLessThanOrEqual(3);
  });

  it("starts every file with the schema comment, relative inside the repository and absolute outside", () => {
    const inside = generateContent({ measures: 3, schemaRef: schemaRefFor(path.join(root, "tmp", "synthetic"), root) });
    const [planFile, measureFile] = [...inside.keys()].filter((f) => /plan\.yaml|measures\//.test(f));
    expect(inside.get(planFile)!.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schemas/plan.schema.json",
    );
    expect(inside.get(measureFile)!.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../../schemas/measure.schema.json",
    );
    const outside = generateContent({ measures: 3, schemaRef: schemaRefFor("/elsewhere/x", root) });
    expect(outside.get(planFile)!.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${path.join(root, "schemas", "plan.schema.json")}`,
    );
  });
});

describe("generated content passes the shared validator", () => {
  it("has zero errors and zero warnings for N = 50", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "synthetic-test-"));
    try {
      writeContent(dir, generateContent({ measures: 50, seed: 11, schemaRef: schemaRefFor(dir, root) }), false);
      const result = validateContent(dir);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.files).toBe(53);
      expect(result.site?.plans[0].measures).toHaveLength(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
