// The history pages (/<doc>/history/), built from git: the site from content/ (this repository's
// real history) and the fallback build, whose content is a repository of two commits made by
// global-setup (fallback-content.ts): a KPI actual added, an action changed, progress reported.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { FIRST_COMMIT_DATE, SECOND_COMMIT_DATE } from "./fallback-content.ts";
import { dist, E2E_REPO_URL, fallbackContent, fallbackDist, root } from "./paths.ts";

const html = (url: string, base: string) => parse(readFileSync(path.join(base, url, "index.html"), "utf8"));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

/** Each entry of a history page: its date, commit link and sentences under each file heading. */
function entries(url: string, base: string) {
  return html(url, base)
    .querySelectorAll(".history-entry")
    .map((e) => ({
      date: e.querySelector("h2 time")!.getAttribute("datetime"),
      commit: e.querySelector("a")?.getAttribute("href") ?? null,
      files: e
        .querySelectorAll("h3")
        .map((h) => [squash(h.text), ...h.nextElementSibling!.querySelectorAll("li").map((li) => squash(li.text))]),
    }));
}

describe("history pages from this repository's git history (content/)", () => {
  const shallow = git(root, "rev-parse", "--is-shallow-repository") === "true";

  for (const [doc, dir] of [
    ["aioi", "content/aioi"],
    ["jumin-jichi-refresh", "content/jumin-jichi-refresh"],
  ]) {
    it(`/${doc}/history/ lists every commit that changed ${dir}, newest first, linked to the host`, () => {
      const commits = git(root, "log", "--format=%H %cs", "--", dir)
        .split("\n")
        .map((l) => l.split(" "));
      const shown = entries(`/${doc}/history/`, dist);
      expect(shown.map((e) => [e.commit, e.date])).toEqual(
        commits.map(([sha, date]) => [`${E2E_REPO_URL}/commit/${sha}`, date]),
      );
      if (shallow) {
        expect(html(`/${doc}/history/`, dist).querySelector("#history-shallow")).not.toBeNull();
      } else {
        // The import added every file: the oldest entry says each was published.
        expect(shown.at(-1)!.files.every(([, ...changes]) => changes.join() === "新たに掲載")).toBe(true);
        expect(shown.at(-1)!.files.map(([heading]) => heading)).toContain(
          doc === "aioi" ? "基本施策 6-1-1" : "プロジェクト",
        );
      }
      expect(entries(`/en/${doc}/history/`, dist).map((e) => e.commit)).toEqual(shown.map((e) => e.commit));
    });
  }

  it("is linked from the plan and project pages and from each measure's and the roadmap's page meta", () => {
    const links = (url: string) =>
      html(url, dist)
        .querySelectorAll("main a")
        .map((a) => a.getAttribute("href"));
    expect(links("/aioi/")).toContain("/aioi/history/");
    expect(links("/en/aioi/")).toContain("/en/aioi/history/");
    for (const m of ["6-1-1", "6-1-2", "6-1-3"])
      expect(html(`/aioi/${m}/`, dist).querySelector(".page-meta a")!.getAttribute("href")).toBe("/aioi/history/");
    expect(html("/jumin-jichi-refresh/", dist).querySelector(".page-meta a")!.getAttribute("href")).toBe(
      "/jumin-jichi-refresh/history/",
    );
    expect(html("/en/jumin-jichi-refresh/roadmap/", dist).querySelector(".page-meta a")!.getAttribute("href")).toBe(
      "/en/jumin-jichi-refresh/history/",
    );
  });
});

describe("history of a content repository with two commits (fallback build)", () => {
  const sha = (n: number) => git(fallbackContent, "rev-parse", `HEAD~${n}`);

  it("says in words what each commit changed (a KPI actual added, an action changed, translations); no commit links without a known repository", () => {
    expect(entries("/aioi/history/", fallbackDist)).toEqual([
      {
        date: SECOND_COMMIT_DATE,
        commit: null,
        files: [
          [
            "基本施策 6-1-1",
            "めざそう値 6-1-1-1 に令和7年度の実績値 66.4% を追加",
            "取り組み事項②の内容を変更",
            "韓国語の訳を 1 件追加",
          ],
          ["基本施策 6-1-3", "英語の訳を 21 件削除"],
        ],
      },
      {
        date: FIRST_COMMIT_DATE,
        commit: null,
        files: [
          "計画の体系",
          "地域創生総合戦略の一覧",
          "基本施策 6-1-1",
          "基本施策 6-1-2",
          "基本施策 6-1-3",
          "基本施策 6-1-4",
        ].map((f) => [f, "新たに掲載"]),
      },
    ]);
    expect(entries("/en/aioi/history/", fallbackDist)[0].files[0]).toEqual([
      "Measure 6-1-1",
      "KPI 6-1-1-1: actual value for FY2025, 66.4%, added",
      "Action ②: content changed",
      "Korean translations added: 1",
    ]);
    // The commit is named by its short id, as text: the repository is unknown.
    expect(html("/aioi/history/", fallbackDist).querySelector(`[data-commit="${sha(0)}"] .small`)!.text).toBe(
      `コミット ${sha(0).slice(0, 7)}`,
    );
  });

  it("reports roadmap progress as it was entered", () => {
    const [latest] = entries("/jumin-jichi-refresh/history/", fallbackDist);
    expect(latest.files[0][0]).toBe("プロジェクト");
    expect(latest.files[0]).toEqual(
      expect.arrayContaining([
        "コースⅠの見直し項目 2 の取組（令和6年度～令和7年度）の進み具合を「実施中」と報告",
        "コースⅠの見直し項目 4 の進み具合を「計画変更」と報告",
        "コースⅠの見直し項目 6 の取組（令和6年度）の進み具合を「中止」と報告",
      ]),
    );
  });

  it("dates the measure pages by their last commit", () => {
    expect(squash(html("/aioi/6-1-1/", fallbackDist).querySelector(".page-meta p")!.text)).toBe(
      "最終更新: 2025年6月30日 (更新履歴)",
    );
    expect(squash(html("/aioi/6-1-2/", fallbackDist).querySelector(".page-meta p")!.text)).toBe(
      "最終更新: 2025年4月1日 (更新履歴)",
    );
  });
});
