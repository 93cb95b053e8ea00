// src/lib/load.ts: what the Astro pages call.
import { describe, expect, it } from "vitest";
import { ContentError, loadSite } from "../../src/lib/load.ts";
import { brokenCopies, shown, validDir } from "./validator-helpers.ts";

const broken = brokenCopies();

describe("loadSite", () => {
  it("returns the validated site and reuses it for the same folder", () => {
    const site = loadSite(validDir);
    expect(site.plans[0].measures.map((m) => m.measure.number)).toEqual(["6-1-1", "6-1-2"]);
    expect(loadSite(validDir)).toBe(site);
  });

  it("throws one ContentError listing the findings when content has errors", () => {
    const dir = broken("target-before-actual");
    let error: unknown;
    try {
      loadSite(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toContain(`${shown(dir, "sample-plan/measures/6-1-1.yaml")}:22:19 kpis[0].target.fiscalYear:`);
    expect(message).toContain("1 error, 0 warnings");
    expect((error as ContentError).findings).toHaveLength(1);
  });
});
