// What the content loader stores (src/lib/content/entries.ts) and how it refuses broken content.
import { describe, expect, it } from "vitest";
import { contentEntries } from "../../src/lib/content/entries.ts";
import { ContentError } from "../../src/lib/content/loader.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import { validSite } from "./site-helpers.ts";
import { copyValid, edit, validDir } from "./validator-helpers.ts";

describe("content entries", () => {
  const entries = contentEntries(validSite(validDir));

  it("stores one entry per plan, measure and project, measures keyed by plan and number", () => {
    expect(entries.plans.map((p) => p.id)).toEqual(["sample-plan"]);
    expect(entries.measures.map((m) => m.id)).toEqual(["sample-plan/6-1-1", "sample-plan/6-1-2"]);
    expect(entries.projects.map((p) => p.id)).toEqual(["sample-project"]);
    expect(entries.plans[0].data.measureCount).toBe(2);
  });

  it("gives each measure its goal, policy and neighbours, so its page needs nothing else", () => {
    const [first, second] = entries.measures.map((m) => m.data);
    expect(first.goal.number).toBe(6);
    expect(first.policy.number).toBe("6-1");
    expect(first.prev).toBeUndefined();
    expect(first.next?.number).toBe("6-1-2");
    expect(second.prev?.number).toBe("6-1-1");
    expect(second.file).toBe("tests/fixtures/valid/sample-plan/measures/6-1-2.yaml");
  });
});

describe("ContentError (what `astro build` prints for broken content)", () => {
  it("lists every error with file:line:column, field and both languages, then the summary", () => {
    const dir = copyValid();
    edit(dir, "sample-plan/measures/6-1-1.yaml", "value: 73", 'value: "73%"');
    const message = new ContentError(validateContent(dir)).message;
    expect(message).toMatch(/^コンテンツにエラーがあります \/ the content has errors\n/);
    expect(message).toMatch(
      /エラー .*sample-plan\/measures\/6-1-1\.yaml:\d+:\d+ kpis\[0\]\.target\.value: .+ \/ must be a number/,
    );
    expect(message).toContain("1 error, 0 warnings");
  });
});
