// The roadmap's pages and item categories: each course on pages of its own, split at a fixed
// number of items so that no page grows with the project, and each category with its own shape.
import { describe, expect, it } from "vitest";
import { coursePages, pageCourse, roadmapPages } from "../../src/lib/roadmap-pages.ts";
import { categoriesRecorded, itemCategories, legendCategories } from "../../src/lib/roadmap-categories.ts";
import type { Course, Item, Project } from "../../src/lib/types.ts";

const item = (number: number, categories?: string[]): Item => ({
  number,
  title: { ja: `項目 ${number}` },
  activities: [],
  ...(categories && { categories }),
});
const course = (id: string, n: number): Course => ({
  id,
  numeral: "Ⅰ",
  name: { ja: id },
  deadline: 2024,
  phases: [{ id: "takeoff", name: { ja: "離陸期" }, period: { from: 2023, to: 2024 } }],
  items: Array.from({ length: n }, (_, i) => item(i + 1)) as Course["items"],
});

describe("roadmap pages", () => {
  it("keeps a short course on one page at the course's address", () => {
    const [page, ...rest] = coursePages("p", course("course-1", 8), 20);
    expect(rest).toEqual([]);
    expect(page.path).toBe("/p/roadmap/course-1/");
    expect([page.page, page.pages, page.items.length]).toEqual([1, 1, 8]);
  });

  it("splits a long course into pages of at most the given size, every item once and in order", () => {
    const pages = coursePages("p", course("course-2", 45), 20);
    expect(pages.map((p) => p.path)).toEqual([
      "/p/roadmap/course-2/",
      "/p/roadmap/course-2/2/",
      "/p/roadmap/course-2/3/",
    ]);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items.map((i) => i.number))).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(pageCourse(pages[2]).items.map((i) => i.number)).toEqual([41, 42, 43, 44, 45]);
    expect(pageCourse(pages[2]).id).toBe("course-2");
  });

  it("orders the pages of a roadmap course by course, for prev/next links", () => {
    const project = { id: "p", roadmap: { courses: [course("a", 3), course("b", 25)] } } as unknown as Project;
    expect(roadmapPages(project, 20).map((p) => p.path)).toEqual(["/p/roadmap/a/", "/p/roadmap/b/", "/p/roadmap/b/2/"]);
  });
});

describe("item categories", () => {
  const legend = [
    { id: "kojo", symbol: "●", label: { ja: "公助" } },
    { symbol: "※", label: { ja: "注" } },
    { id: "gojo", symbol: "●", label: { ja: "互助・共助" } },
    { id: "jijo", symbol: "●", label: { ja: "自助" } },
  ];

  it("gives each legend entry with an id a distinct shape, in legend order", () => {
    const cats = legendCategories(legend);
    expect(cats.map((c) => c.id)).toEqual(["kojo", "gojo", "jijo"]);
    expect(new Set(cats.map((c) => c.shape)).size).toBe(3);
    expect(legendCategories(undefined)).toEqual([]);
  });

  it("lists an item's categories in legend order, and knows whether any are recorded", () => {
    const cats = legendCategories(legend);
    expect(itemCategories(item(1, ["jijo", "kojo"]), cats).map((c) => c.id)).toEqual(["kojo", "jijo"]);
    expect(itemCategories(item(2), cats)).toEqual([]);
    expect(categoriesRecorded([{ items: [item(1), item(2)] }])).toBe(false);
    expect(categoriesRecorded([{ items: [item(1)] }, { items: [item(2, ["gojo"])] }])).toBe(true);
  });
});
