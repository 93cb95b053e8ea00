// npm run lint:text: textlint over every `ja:` text, reported at the file, line and
// column where the text is written.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createTextLinter, lintContent, lintYamlText } from "../../src/lib/textlint/index.ts";
import type { TextLintResult } from "../../src/lib/textlint/index.ts";
import { findSuspectChars } from "../../src/lib/textlint/rule-suspect-chars.ts";
import { bilingual } from "../../src/lib/textlint/messages.ts";
import { formatGithub } from "../../src/lib/validation/github-format.ts";
import { formatFinding } from "../../src/lib/validation/finding.ts";

const root = path.resolve(import.meta.dirname, "../..");
const lint = createTextLinter();

/** 1-based line and column (UTF-16, as the validator counts) of the first `needle` in a repo file. */
function whereIs(file: string, needle: string): { line: number; col: number } {
  const lines = readFileSync(path.join(root, file), "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return { line: i + 1, col: lines[i].indexOf(needle) + 1 };
}

describe("lint:text on the seed content", () => {
  let result: TextLintResult;
  beforeAll(async () => {
    result = await lintContent(path.join(root, "content"), lint);
  }, 60_000);

  it("finds the simplified 个 in 个性的 at its exact file, line and column", () => {
    const hits = result.warnings.filter((w) => w.ruleId === "suspect-chars" && w.message.ja.includes("「个」"));
    expect(hits).toHaveLength(1);
    const at = whereIs("content/aioi/measures/6-1-2.yaml", "个性的");
    expect(hits[0]).toMatchObject({
      file: "content/aioi/measures/6-1-2.yaml",
      line: at.line,
      col: at.col,
      path: "direction[0].ja",
      severity: "warning",
    });
    expect(hits[0].message.ja).toContain("「個」");
    expect(hits[0].message.en).toContain('"個"');
  });

  it("finds 髓 in 真髓 in project.yaml", () => {
    const hits = result.warnings.filter((w) => w.ruleId === "suspect-chars" && w.message.ja.includes("「髓」"));
    expect(hits).toHaveLength(1);
    const at = whereIs("content/jumin-jichi-refresh/project.yaml", "髓");
    expect(hits[0]).toMatchObject({
      file: "content/jumin-jichi-refresh/project.yaml",
      line: at.line,
      col: at.col,
      path: "principles[2].bullets[0].ja",
    });
    expect(hits[0].message.ja).toContain("「髄」");
  });

  it("prints in the validator's format", () => {
    const hit = result.warnings.find((w) => w.message.ja.includes("「个」"))!;
    const at = whereIs("content/aioi/measures/6-1-2.yaml", "个性的");
    expect(formatFinding(hit)).toMatch(
      new RegExp(
        `^content/aioi/measures/6-1-2\\.yaml:${at.line}:${at.col} direction\\[0\\]\\.ja: 「个」.* / "个" \\(U\\+4E2A\\)`,
      ),
    );
  });

  it("keeps the seed content quiet: only a handful of warnings besides the OCR slips", () => {
    expect(result.texts).toBeGreaterThan(150);
    expect(result.warnings.length).toBeLessThanOrEqual(10);
    expect(result.warnings.every((w) => w.severity === "warning")).toBe(true);
  });

  it("never changes the content", async () => {
    const before = readFileSync(path.join(root, "content/aioi/measures/6-1-2.yaml"), "utf8");
    await lintContent(path.join(root, "content"), lint);
    expect(readFileSync(path.join(root, "content/aioi/measures/6-1-2.yaml"), "utf8")).toBe(before);
  }, 60_000);
});

describe("positions inside quoted and multi-line YAML strings", () => {
  const cases: [string, string][] = [
    ["plain", "a:\n  ja: これは个です\n"],
    ["double-quoted with escapes", 'a:\n  ja: "「引用」\\"は\\t个です"\n'],
    ["single-quoted", "a:\n  ja: 'it''s 个です'\n"],
    ["folded over lines", "a:\n  ja: これは長い文で\n    途中で折り返した个です\n"],
    ["literal block", "a:\n  ja: |\n    一行目\n    二行目の个です\n"],
    ["escape before it", 'a:\n  ja: "\\u3042\\n改行の後の个"\n'],
    ["after a Markdown link", "a:\n  ja: '**強調**と[リンク](https://example.jp/a/b/c)の後の个です'\n"],
  ];
  it.each(cases)("%s", async (_name, text) => {
    const { warnings } = await lintYamlText("x.yaml", text, lint);
    const hit = warnings.find((w) => w.ruleId === "suspect-chars");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("个")) + 1;
    expect(hit).toMatchObject({ line, col: lines[line - 1].indexOf("个") + 1, path: "a.ja" });
  });
});

describe("Markdown in texts", () => {
  it("is read as its words: a long link address does not make the sentence too long", async () => {
    const url = `https://example.jp/${"a".repeat(200)}`;
    const { warnings } = await lintYamlText("x.yaml", `a:\n  ja: '詳しくは[市のページ](${url})をご覧ください。'\n`, lint);
    expect(warnings).toEqual([]);
    const bare = await lintYamlText("x.yaml", `a:\n  ja: '詳しくは市のページ${url}をご覧ください。'\n`, lint);
    expect(bare.warnings.map((w) => w.ruleId)).toContain("sentence-length");
  });
});

describe("suspect characters", () => {
  it("uses the importer's list, then JIS X 0208, then half-width kana", () => {
    expect(findSuspectChars("个性的な真髓").map((h) => [h.char, h.kind, h.suggestion])).toEqual([
      ["个", "known", "個"],
      ["髓", "known", "髄"],
    ]);
    // 们 is in the importer's list; 刘 (simplified 劉) is not, but Shift_JIS cannot encode it.
    expect(findSuspectChars("刘さん").map((h) => h.kind)).toEqual(["jis"]);
    expect(findSuspectChars("ｶﾀｶﾅ")[0]).toMatchObject({ kind: "kana", suggestion: "カ" });
    // Ordinary Japanese, including 髄, 々, 〇 and the Windows-extension 髙, passes.
    expect(findSuspectChars("骨髄の検査、人々、〇〇町、髙橋さん、令和６年度（2024）")).toEqual([]);
    expect(findSuspectChars("个", { allow: ["个"] })).toEqual([]);
  });

  it("turns every textlint message into Japanese and English", () => {
    const m = bilingual(
      "sentence-length",
      "Line 1 sentence length(160) exceeds the maximum sentence length of 150.\nOver 10 characters.",
    );
    expect(m.ja).toContain("160文字");
    expect(m.en).toContain("160 characters");
    expect(bilingual("some-new-rule", "message\nmore")).toEqual({
      ja: "message（textlint: some-new-rule）",
      en: "message (textlint rule some-new-rule)",
    });
  });
});

describe("GitHub annotations", () => {
  it("prints workflow commands with escaped properties and data", () => {
    const out = formatGithub([
      {
        file: "content/a,b.yaml",
        line: 3,
        col: 5,
        path: "x.ja",
        message: { ja: "100%で\n改行", en: "a: b" },
        severity: "warning",
      },
      { file: "content/x", line: 0, col: 0, path: "", message: { ja: "フォルダ", en: "folder" }, severity: "error" },
    ]);
    expect(out.split("\n")).toEqual([
      "::warning file=content/a%2Cb.yaml,line=3,col=5,title=警告 / warning::content/a,b.yaml:3:5 x.ja: 100%25で%0A改行 / a: b",
      "::error file=content/x,title=検証エラー / validation error::content/x: フォルダ / folder",
    ]);
  });
});

describe("npm run lint:text (command line)", () => {
  const node = path.join(root, "node_modules", ".bin", "node");
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(node, ["scripts/lint-text.ts", ...args], { cwd: root, encoding: "utf8" }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it("prints warnings in the validator's format and exits 0; --strict exits 1", () => {
    const plain = run();
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^警告 content\/aioi\/measures\/6-1-2\.yaml:\d+:\d+ direction\[0\]\.ja: 「个」/m);
    expect(plain.out).toMatch(/文章チェック: 警告 \d+ 件.* \/ text check: \d+ warnings?/);
    expect(run("--strict").code).toBe(1);
    expect(run("--format", "nope").code).toBe(2);
  }, 60_000);

  it("exits 2 with the usage on an unknown flag, and 0 on --help, before reading any content", () => {
    const usage = /^usage: node scripts\/lint-text\.ts \[--dir DIR\] \[--format text\|json\|github\] \[--strict\]/m;
    const bad = run("--frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/^Unknown option '--frobnicate'\n/);
    expect(bad.out).toMatch(usage);
    expect(run("--strict=yes")).toMatchObject({
      code: 2,
      out: expect.stringMatching(/^Option '--strict' does not take an argument\n/) as string,
    });
    for (const flag of ["--help", "-h"]) {
      const help = spawnSync(node, ["scripts/lint-text.ts", "--dir", "/no/such/folder", flag], {
        cwd: root,
        encoding: "utf8",
      });
      expect(help.status).toBe(0);
      expect(help.stderr).toMatch(usage);
      expect(help.stdout + help.stderr).not.toMatch(/文章チェック|not found/);
    }
  });

  it("--format github prints warning annotations; --format json parses", () => {
    expect(run("--format", "github").out).toMatch(
      /^::warning file=content\/jumin-jichi-refresh\/project\.yaml,line=\d+,col=\d+,title=文章チェック \/ text check::/m,
    );
    const json = JSON.parse(run("--format", "json").out) as { ok: boolean; warnings: { ruleId: string }[] };
    expect(json.ok).toBe(true);
    expect(json.warnings.filter((w) => w.ruleId === "suspect-chars")).toHaveLength(2);
  }, 60_000);
});
