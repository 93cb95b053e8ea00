// Roadmap progress as of the pinned build date (BUILD_DATE 2025-10-01: 令和7年度), on the fallback
// build, whose content copy reports statuses for course Ⅰ (fallback-content.ts): in words and with
// a shape in the timeline, the plain table, the project page, the home page and the open data, in
// every locale (ja, en, ko); the "now" marker on the pinned year; and what needs a report.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { Project } from "../../src/lib/types.ts";
import { CATEGORIES, PROGRESS } from "./fallback-content.ts";
import { dist, fallbackDist } from "./paths.ts";

const html = (url: string, base = fallbackDist) => parse(readFileSync(path.join(base, url, "index.html"), "utf8"));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const ROADMAP = "/jumin-jichi-refresh/roadmap/";
/** The course pages of the roadmap (the seed's courses fit on one page each). */
const COURSE = (id: string) => `${ROADMAP}${id}/`;
const PROJECT = "/jumin-jichi-refresh/";
/** The status words of each locale (ko has none of its own: its fallback, English). */
const WORDS = {
  ja: {
    done: "完了",
    "in-progress": "実施中",
    delayed: "遅れ",
    revised: "計画変更",
    cancelled: "中止",
    planned: "予定",
    "not-reported": "未報告",
  },
  en: {
    done: "Done",
    "in-progress": "In progress",
    delayed: "Delayed",
    revised: "Revised",
    cancelled: "Cancelled",
    planned: "Planned",
    "not-reported": "Not reported",
  },
} as const;
const LOCALES = [
  ["ja", "", WORDS.ja],
  ["en", "/en", WORDS.en],
  ["ko", "/ko", WORDS.en],
] as const;

/** The status a bar or table entry shows: its data-progress, and the words with the shape. */
const badge = (el: HTMLElement) => {
  const b = el.querySelector("[data-progress]")!;
  return {
    status: b.getAttribute("data-progress"),
    shape: b.querySelector(".status-icon")!.text,
    text: squash(b.text),
  };
};

/** Expected status of each activity of course Ⅰ: its own report, its row's, or none. */
function expectedActivities(): Array<{ item: number; index: number; status: string }> {
  const project = JSON.parse(readFileSync(path.join(fallbackDist, "data", "jumin-jichi-refresh.json"), "utf8")) as {
    project: Project;
  };
  return project.project.roadmap.courses[0].items.flatMap((item) =>
    item.activities.map((_, index) => {
      const own = PROGRESS.find(([n, at]) => n === item.number && at === index);
      const row = PROGRESS.find(([n, at]) => n === item.number && at === "row");
      return { item: item.number, index, status: own?.[2] ?? row?.[2] ?? "not-reported" };
    }),
  );
}

describe("roadmap progress in every view and locale", () => {
  for (const [code, prefix, words] of LOCALES) {
    it(`${code}: every bar of the timeline shows its status in words and with a shape`, () => {
      const doc = html(`${prefix}${COURSE("course-1")}`);
      const bars = doc.querySelectorAll("#course-1 .tl-bar");
      const expected = expectedActivities();
      expect(bars).toHaveLength(expected.length);
      // Bars are in item order, each item's activities in year order (no overlaps in course Ⅰ).
      bars.forEach((bar, i) => {
        const b = badge(bar);
        expect(b.status, `bar ${i}`).toBe(expected[i].status);
        expect(b.text).toBe(`${b.shape}${words[expected[i].status as keyof typeof words]}`);
        expect(b.shape).toMatch(/^[✓◐○△◇×－]$/);
      });
    });

    it(`${code}: the plain table gives status, date and note where each activity starts, and the row status`, () => {
      const doc = html(`${prefix}${COURSE("course-1")}`);
      const row = (n: number) => doc.querySelector(`#course-1 table.roadmap-table tr[data-item="${n}"]`)!;
      const cell = (n: number, year: number) => row(n).querySelector(`td[data-year="${year}"]`)!;
      expect(badge(cell(2, 2024)).status).toBe("in-progress");
      expect(squash(cell(2, 2024).text)).toContain(code === "ja" ? "2025年9月30日時点" : "as of 30 September 2025");
      expect(squash(cell(2, 2024).text)).toContain(
        code === "ja" ? "12地区のうち6地区で実施しました" : "Carried out in 6 of the 12 districts",
      );
      // The same activity continues into 2025: named there, its status given once.
      expect(cell(2, 2025).querySelector("[data-progress]")).toBeNull();
      expect(badge(cell(3, 2024)).text).toBe(`△${words.delayed}`);
      // Item 4 reports one status for the whole row; its activities show it too.
      expect(squash(row(4).querySelector("th")!.text)).toContain(`◇${words.revised}`);
      expect(badge(cell(4, 2023)).status).toBe("revised");
      expect(badge(cell(7, 2023)).text).toBe(`－${words["not-reported"]}`);
    });

    it(`${code}: each course has a summary, and the activities past their period without a report are listed`, () => {
      const doc = html(`${prefix}${COURSE("course-1")}`);
      const summary = squash(doc.querySelector("#course-1 .progress-summary")!.text);
      expect(summary).toBe(
        code === "ja"
          ? "8 項目中 ✓完了 1・◐実施中 1・○予定 1・△遅れ 1・◇計画変更 1・×中止 1・－未報告 2"
          : "Of 8 items: ✓Done 1 · ◐In progress 1 · ○Planned 1 · △Delayed 1 · ◇Revised 1 · ×Cancelled 1 · －Not reported 2",
      );
      const course2 = html(`${prefix}${COURSE("course-2")}`);
      expect(squash(course2.querySelector("#course-2 .progress-summary")!.text)).toBe(
        code === "ja" ? "4 項目中 －未報告 4" : "Of 4 items: －Not reported 4",
      );
      // The overview gives the same summaries, and how many activities need a report.
      const overview = html(`${prefix}${ROADMAP}`);
      expect(overview.querySelectorAll(".course-overview .progress-summary").map((p) => squash(p.text))).toEqual([
        summary,
        squash(course2.querySelector("#course-2 .progress-summary")!.text),
      ]);
      expect(squash(overview.querySelector(".course-overview")!.text)).toContain(
        code === "ja" ? "報告が必要な取組：6 件" : "Activities that need a report: 6",
      );
      const overdue = doc.querySelector("#needs-report")!.nextElementSibling!.nextElementSibling!;
      const listed = overdue.querySelectorAll("li").map((li) => [li.querySelector(".num")!.text, badge(li).status]);
      expect(listed).toEqual([
        ["3", "delayed"],
        ["6", "not-reported"],
        ["7", "not-reported"],
        ["7", "not-reported"],
        ["8", "not-reported"],
        ["8", "not-reported"],
      ]);
    });

    it(`${code}: the fiscal year of the build date is marked on the axis and in the table (令和7年度)`, () => {
      for (const course of ["#course-1", "#course-2"]) {
        const doc = html(`${prefix}${COURSE(course.slice(1))}`);
        const marked = doc.querySelectorAll(`${course} .tl-year.tl-now`);
        expect(marked).toHaveLength(1);
        expect(marked[0].classList.contains("gs-4")).toBe(true); // the third year column, 2025
        expect(marked[0].querySelector("time")!.getAttribute("datetime")).toBe("2025");
        expect(squash(marked[0].text)).toContain(code === "ja" ? "今年度" : "This fiscal year");
        expect(doc.querySelector(`${course} table.roadmap-table th.tl-now`)!.getAttribute("data-year")).toBe("2025");
      }
      expect(squash(html(`${prefix}${ROADMAP}`).querySelector(".now-line")!.text)).toBe(
        code === "ja"
          ? "今年度：令和7年度 (2025)（2025年10月1日現在）"
          : "This fiscal year: FY2025 (Reiwa 7) (as of 1 October 2025)",
      );
    });

    it(`${code}: the project page shows each item's status, the summaries and what needs a report`, () => {
      const doc = html(`${prefix}${PROJECT}`);
      const course = doc.querySelector("#sum-course-1")!.closest("section")!;
      expect(course.querySelectorAll(".compact li").map((li) => badge(li).status)).toEqual([
        "done",
        "in-progress",
        "delayed",
        "revised",
        "planned",
        "cancelled",
        "not-reported",
        "not-reported",
      ]);
      expect(squash(course.querySelector(".progress-summary")!.text)).toContain(
        code === "ja" ? "8 項目中" : "Of 8 items:",
      );
      const link = course.querySelector(`a[href$="#needs-report"]`)!;
      expect(squash(link.text)).toBe(code === "ja" ? "報告が必要な取組：6 件" : "Activities that need a report: 6");
      expect(link.getAttribute("href")).toBe(`${prefix}${COURSE("course-1")}#needs-report`);
    });

    it(`${code}: the home page gives the project's progress in one line`, () => {
      const card = html(`${prefix}/`)
        .querySelectorAll(".card")
        .find((c) => c.querySelector(".progress-summary"))!;
      expect(squash(card.querySelector(".progress-summary")!.text)).toBe(
        code === "ja"
          ? "12 項目中 ✓完了 1・◐実施中 1・○予定 1・△遅れ 1・◇計画変更 1・×中止 1・－未報告 6"
          : "Of 12 items: ✓Done 1 · ◐In progress 1 · ○Planned 1 · △Delayed 1 · ◇Revised 1 · ×Cancelled 1 · －Not reported 6",
      );
      expect(squash(card.text)).toContain(
        code === "ja" ? "報告が必要な取組：10 件" : "Activities that need a report: 10",
      );
    });
  }

  it("every bar of the timeline is also in the course's plain table, status included", () => {
    for (const id of ["course-1", "course-2"]) {
      const doc = html(`/en${COURSE(id)}`);
      doc.querySelectorAll(".tag").forEach((n) => n.remove());
      const course = doc.querySelector("section.course")!;
      const tableText = squash(course.querySelector("table.roadmap-table")!.text);
      for (const bar of course.querySelectorAll(".tl-bar")) {
        bar.querySelectorAll(".visually-hidden").forEach((n) => n.remove());
        expect(tableText).toContain(squash(bar.text));
      }
    }
  });

  it("the open data carries the reported statuses as written", () => {
    const json = JSON.parse(readFileSync(path.join(fallbackDist, "data", "jumin-jichi-refresh.json"), "utf8")) as {
      project: Project;
    };
    const item2 = json.project.roadmap.courses[0].items[1];
    expect(item2.activities[1]).toMatchObject({
      status: "in-progress",
      asOf: "2025-09-30",
      statusNote: { ja: "12地区のうち6地区で実施しました" },
    });
    expect(json.project.roadmap.courses[0].items[3]).toMatchObject({ status: "revised", asOf: "2025-06-30" });
    const site = JSON.parse(readFileSync(path.join(fallbackDist, "data", "site.json"), "utf8")) as {
      projects: Array<{ project: Project }>;
    };
    expect(site.projects[0].project.roadmap.courses[0].items[2].activities[0].status).toBe("delayed");
  });

  it("the site from content/ (no reports yet) says 未報告 everywhere, never a guess", () => {
    const statuses = new Set(
      ["course-1", "course-2"].flatMap((id) =>
        html(COURSE(id), dist)
          .querySelectorAll(".tl-bar [data-progress], table.roadmap-table [data-progress]")
          .map((b) => b.getAttribute("data-progress")),
      ),
    );
    expect([...statuses]).toEqual(["not-reported"]);
  });
});

describe("item categories (公助 / 互助・共助 / 自助)", () => {
  const LABELS = { "category-1": "公助", "category-2": "互助・共助", "category-3": "自助" } as const;
  const SHAPES = { "category-1": "●", "category-2": "▲", "category-3": "■" } as const;
  const marks = (el: HTMLElement) => el.querySelectorAll(".cat").map((c) => squash(c.text));

  it("the seed site, whose items have none recorded, says so instead of showing identical dots", () => {
    for (const url of [ROADMAP, COURSE("course-1"), PROJECT]) {
      const legend = html(url, dist).querySelector(".legend")!;
      expect(squash(legend.text)).toContain("見直し項目ごとの区分（公助、互助・共助、自助）");
      expect(squash(legend.text)).toContain("まだ記録されていません");
      expect(legend.text).not.toContain("●");
    }
    expect(html(COURSE("course-1"), dist).querySelectorAll(".categories")).toHaveLength(0);
    expect(squash(html(`/en${ROADMAP}`, dist).querySelector(".legend")!.text)).toContain(
      "(Public help, Mutual and community help, Self-help) by colour; the categories have not yet been recorded",
    );
  });

  it("once recorded, the legend gives each category its own shape, and items show shape and name", () => {
    const legend = html(ROADMAP).querySelector(".legend")!;
    const entries = legend.querySelectorAll("li").map((li) => squash(li.text));
    expect(entries).toEqual(["● 公助", "▲ 互助・共助", "■ 自助"]);
    expect(legend.text).not.toContain("記録されていません");
    const doc = html(COURSE("course-1"));
    for (const [number, ids] of CATEGORIES) {
      const expected = ids.map((id) => `${SHAPES[id as keyof typeof SHAPES]}${LABELS[id as keyof typeof LABELS]}`);
      const label = doc.querySelectorAll(".tl-item .tl-label")[number - 1];
      expect(marks(label), `timeline item ${number}`).toEqual(expected);
      const row = doc.querySelector(`table.roadmap-table tr[data-item="${number}"] th`)!;
      expect(marks(row), `table item ${number}`).toEqual(expected);
      // The shape is decoration for screen readers; the category's name is read, after "区分".
      expect(row.querySelector(".cat-shape")!.getAttribute("aria-hidden")).toBe("true");
      expect(squash(row.querySelector(".categories .visually-hidden")!.text)).toBe("区分:");
    }
    expect(doc.querySelector(`table.roadmap-table tr[data-item="4"] .categories`)).toBeNull();
  });

  it("the open data carries the categories and the legend ids", () => {
    const json = JSON.parse(readFileSync(path.join(fallbackDist, "data", "jumin-jichi-refresh.json"), "utf8")) as {
      project: Project;
    };
    expect(json.project.roadmap.legend?.map((e) => [e.id, e.label.ja])).toEqual(Object.entries(LABELS));
    expect(json.project.roadmap.courses[0].items[1].categories).toEqual(["category-2", "category-3"]);
  });
});
