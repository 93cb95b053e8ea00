// The history pages' data from real git repositories made here: a copy of the valid fixtures with
// two commits (a KPI actual and an action changed), a shallow clone of it, a folder outside any
// repository, and 300 commits read with one log, one blob reader and nothing per commit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentLog, gitIn, readContentLog } from "../../src/lib/git/content-log.ts";
import type { Git } from "../../src/lib/git/blobs.ts";
import { documentHistories, documentHistory } from "../../src/lib/history/index.ts";
import type { DocumentHistory } from "../../src/lib/history/index.ts";
import { changeText, subjectText } from "../../src/lib/history/wording.ts";
import { commitAll, git, initRepo } from "../fixtures/git-repo.ts";

const valid = path.resolve(import.meta.dirname, "../fixtures/valid");
const tmp = mkdtempSync(path.join(tmpdir(), "history-git-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Each entry as [date, [file heading, ...change sentences][]] in a language. */
const shown = (h: DocumentHistory, lang = "ja") =>
  h.entries.map((e) => [
    e.date,
    e.files.map((f) => [subjectText(f.subject, lang), ...f.changes.map((c) => changeText(c, lang))]),
  ]);

function edit(file: string, find: string, replace: string): void {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(find);
  writeFileSync(file, text.replace(find, replace));
}

const repo = path.join(tmp, "repo");
let second = "";

beforeAll(() => {
  cpSync(valid, repo, { recursive: true });
  initRepo(repo);
  commitAll(repo, "First version", "2025-04-01");
  const measure = path.join(repo, "sample-plan", "measures", "6-1-1.yaml");
  edit(
    measure,
    "        value: 65.9\n",
    "        value: 65.9\n      - fiscalYear: 2025\n        value: 66.4\n        decimals: 1\n",
  );
  edit(measure, "シティプロモーションを展開します。", "戦略的なシティプロモーションを展開します。");
  second = commitAll(repo, "FY2025 figure and action 1", "2025-06-30");
});

describe("history of a content folder in git", () => {
  it("lists each commit, newest first, with what changed in words", () => {
    const h = documentHistory("sample-plan", contentLog(repo));
    expect(h).toMatchObject({ available: true, shallow: false });
    expect(h.entries[0]).toMatchObject({ sha: second, earliest: false, moreFiles: 0 });
    expect(shown(h)).toEqual([
      [
        "2025-06-30",
        [["基本施策 6-1-1", "めざそう値 6-1-1-1 に令和7年度の実績値 66.4% を追加", "取り組み事項①の内容を変更"]],
      ],
      [
        "2025-04-01",
        [
          ["計画の体系", "新たに掲載"],
          ["地域創生総合戦略の一覧", "新たに掲載"],
          ["基本施策 6-1-1", "新たに掲載"],
          ["基本施策 6-1-2", "新たに掲載"],
        ],
      ],
    ]);
    expect(shown(documentHistory("sample-project", contentLog(repo)), "en")).toEqual([
      ["2025-04-01", [["Project", "Published"]]],
    ]);
  });

  it("runs three git processes, whatever the number of commits and files", () => {
    const calls: string[] = [];
    const counting: Git = (args, input) => (
      calls.push(args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""),
      gitIn(repo)(args, input)
    );
    documentHistories(readContentLog(counting));
    expect(calls).toEqual(["rev-parse", "log", "cat-file"]);
  });

  it("in a shallow clone, shows what it has and marks where the records start", () => {
    const clone = path.join(tmp, "shallow");
    git(tmp, ["clone", "-q", "--depth", "1", `file://${repo}`, clone]);
    const h = documentHistory("sample-plan", contentLog(clone));
    expect(h).toMatchObject({ available: true, shallow: true });
    expect(h.entries).toHaveLength(1);
    // Its oldest commit is not described as adding every file: history before it is not here.
    expect(h.entries[0]).toMatchObject({ sha: second, earliest: true, files: [] });
  });

  it("outside any repository, says the history is not available", () => {
    const plain = path.join(tmp, "plain");
    cpSync(valid, plain, { recursive: true });
    expect(documentHistory("sample-plan", contentLog(plain))).toEqual({
      available: false,
      shallow: false,
      entries: [],
    });
  });
});

describe("a long history", () => {
  it("reads 300 commits with one log and one blob reader, each change in words", () => {
    const long = path.join(tmp, "long");
    cpSync(valid, long, { recursive: true });
    initRepo(long);
    commitAll(long, "First version", "2020-04-01");
    const base = readFileSync(path.join(long, "sample-plan", "measures", "6-1-1.yaml"), "utf8");
    // One git fast-import process writes all 300 commits.
    const stream = Array.from({ length: 300 }, (_, i) => {
      const text = base.replace(
        "        value: 65.9\n",
        `        value: ${(60 + i / 10).toFixed(1)}\n        decimals: 1\n`,
      );
      const message = `figure ${i}`;
      return [
        "commit refs/heads/main",
        `committer T <t@example.org> ${1_700_000_000 + i * 86_400} +0900`,
        `data ${Buffer.byteLength(message)}`,
        message,
        ...(i === 0 ? [`from refs/heads/main^0`] : []),
        "M 100644 inline sample-plan/measures/6-1-1.yaml",
        `data ${Buffer.byteLength(text)}`,
        text,
      ].join("\n");
    }).join("\n");
    git(long, ["fast-import", "--quiet"], {}, stream);
    const calls: string[] = [];
    const counting: Git = (args, input) => (calls.push(args.join(" ")), gitIn(long)(args, input));
    const started = performance.now();
    const h = documentHistories(readContentLog(counting)).get("sample-plan")!;
    const ms = performance.now() - started;
    expect(calls).toHaveLength(3);
    expect(h.entries).toHaveLength(301);
    expect(h.entries[0].files[0].changes.map((c) => changeText(c, "ja"))).toEqual([
      "めざそう値 6-1-1-1 の令和6年度の実績値を 89.8% から 89.9% に変更",
    ]);
    // Generous for a shared machine; one process per commit would take far longer.
    expect(ms).toBeLessThan(15_000);
  });
});
