// URL paths and language prefixes.
import { describe, expect, it } from "vitest";
import { localizedPath, normalizePath, parseLocalizedPath, routes, withBase } from "../../src/lib/paths.ts";

describe("paths", () => {
  it("normalizes slashes", () => {
    expect(normalizePath("aioi")).toBe("/aioi/");
    expect(normalizePath("//aioi//6-1-1")).toBe("/aioi/6-1-1/");
    expect(normalizePath("")).toBe("/");
  });

  it("puts English under /en/ and Japanese at the root", () => {
    expect(localizedPath("/aioi/6-1-1/", "ja")).toBe("/aioi/6-1-1/");
    expect(localizedPath("/aioi/6-1-1/", "en")).toBe("/en/aioi/6-1-1/");
    expect(localizedPath("/", "en")).toBe("/en/");
    expect(localizedPath("/", "ja")).toBe("/");
    expect(localizedPath("/aioi/#goal-6", "en")).toBe("/en/aioi/#goal-6");
  });

  it("finds the page behind a localized path (for the language switch)", () => {
    expect(parseLocalizedPath("/en/aioi/")).toEqual({ path: "/aioi/", lang: "en" });
    expect(parseLocalizedPath("/en/")).toEqual({ path: "/", lang: "en" });
    expect(parseLocalizedPath("/english/")).toEqual({ path: "/english/", lang: "ja" });
    expect(parseLocalizedPath("/aioi/")).toEqual({ path: "/aioi/", lang: "ja" });
    for (const p of ["/", "/aioi/", "/jumin-jichi-refresh/roadmap/"]) {
      const { path, lang } = parseLocalizedPath(localizedPath(p, "en"));
      expect(lang).toBe("en");
      expect(localizedPath(path, "ja")).toBe(p);
    }
  });

  it("adds the deploy base", () => {
    expect(withBase("/aioi/", "/")).toBe("/aioi/");
    expect(withBase("/aioi/", "/plan-publisher/")).toBe("/plan-publisher/aioi/");
    expect(withBase("/data/site.json", "/plan-publisher")).toBe("/plan-publisher/data/site.json");
  });

  it("names every route in one place", () => {
    expect(routes.measure("aioi", "6-1-1")).toBe("/aioi/6-1-1/");
    expect(routes.kpis("aioi")).toBe("/aioi/kpi/");
    expect(routes.roadmap("jumin-jichi-refresh")).toBe("/jumin-jichi-refresh/roadmap/");
    expect(routes.roadmapCourse("jumin-jichi-refresh", "course-1")).toBe("/jumin-jichi-refresh/roadmap/course-1/");
    expect(routes.roadmapCourse("p", "course-2", 3)).toBe("/p/roadmap/course-2/3/");
    expect(routes.kpiCsv("aioi")).toBe("/data/aioi-kpis.csv");
    expect(routes.search()).toBe("/search/");
  });
});
