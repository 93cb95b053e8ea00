// scripts/validate.ts as a user runs it: exit codes, one line per finding, no stack traces.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { brokenCopies, copyValid, edit, node, repo, shown, validDir } from "./validator-helpers.ts";

function run(...args: string[]) {
  const r = spawnSync(node, [path.join(repo, "scripts", "validate.ts"), ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: "" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

const STACK = /^\s+at .+[:(]/m;
const broken = brokenCopies();
const USAGE =
  "usage: node scripts/validate.ts [--dir DIR] [--format text|json|github]  (default DIR: $CONTENT_DIR or content/)";
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("validate CLI", () => {
  it("exits 0 on valid content and prints the summary", () => {
    const r = run("--dir", validDir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 errors, 0 warnings (5 files)");
  });

  it.each(["wrong-type", "alias-bomb", "measure-file-missing"])(
    "exits 1 on %s with one located line and no stack",
    (name) => {
      const dir = broken(name);
      const r = run("--dir", dir);
      expect(r.code).toBe(1);
      expect(r.all).not.toMatch(STACK);
      const lines = r.out.trim().split("\n");
      expect(lines).toHaveLength(2);
      const prefix = `エラー ${shown(dir, "")}/`;
      expect(lines[0].startsWith(prefix), lines[0]).toBe(true);
      expect(lines[0].slice(prefix.length)).toMatch(/^\S+\.yaml:\d+:\d+[ :]/);
      expect(lines[1]).toContain("1 error, 0 warnings");
    },
  );

  it("prints the example line format for a wrong type", () => {
    const dir = broken("wrong-type");
    const r = run("--dir", dir);
    expect(r.out).toContain(
      `エラー ${shown(dir, "sample-plan/measures/6-1-1.yaml")}:23:14 kpis[0].target.value: 数値を入力してください`,
    );
    expect(r.out).toContain(" / must be a number");
  });

  it("exits 0 when there are only warnings", () => {
    const dir = copyValid();
    temps.push(dir);
    edit(
      dir,
      "sample-plan/plan.yaml",
      "        title:\n          ja: 持続可能な行政運営\n",
      "        titleMissing: true\n",
    );
    const r = run("--dir", dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^警告 .*plan\.yaml:\d+:\d+ goals\[0\]\.policies\[0\]\.titleMissing: タイトルが未設定です/m);
    expect(r.out).toContain("0 errors, 1 warning");
  });

  it("--format json prints parseable findings", () => {
    const r = run("--dir", broken("unknown-responsible"), "--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { ok: boolean; errors: Array<{ message: { en: string } }> };
    expect(json.ok).toBe(false);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]).toMatchObject({
      line: 71,
      col: 15,
      path: "roadmap.courses[1].items[0].responsible[1]",
      severity: "error",
    });
    expect(json.errors[0].message.en).toContain("shishou");
  });

  it("--format github prints one workflow command per finding", () => {
    const dir = broken("wrong-type");
    const r = run("--dir", dir, "--format", "github");
    expect(r.code).toBe(1);
    const line = r.out.split("\n").find((l) => l.startsWith("::error "));
    expect(line).toMatch(/::.*must be a number/);
    expect(line).toContain(`::error file=${shown(dir, "sample-plan/measures/6-1-1.yaml")},line=23,col=14,title=`);
  });

  it("reports a missing folder as an error, and a bad argument in one line with exit 2", () => {
    const missing = run("--dir", path.join(repo, "no-such-folder"));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("content folder not found");
    const bad = run("--frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.all).not.toMatch(STACK);
    expect(bad.out).toBe("");
    expect(bad.err.split("\n")[0]).toBe("Unknown option '--frobnicate'");
    expect(bad.err).toContain("usage: node scripts/validate.ts [--dir DIR] [--format text|json|github]");
  });

  it.each([
    [["--dir"], "Option '--dir <value>' argument missing"],
    [["--dir="], "--dir needs a folder"],
    [["--format", "xml"], "--format must be text, json or github"],
    [["--help=yes"], "Option '-h, --help' does not take an argument"],
    [["content"], "Unexpected argument 'content'"],
  ])("exits 2 with the usage on %j", (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${message}\n${USAGE}\n`);
  });

  it.each(["--help", "-h"])("%s prints the usage and exits 0 without validating", (flag) => {
    const r = run("--dir", broken("wrong-type"), flag);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`${USAGE}\n`);
    expect(r.out).toBe("");
  });

  it("takes --dir=DIR and --format=FORMAT with an equals sign", () => {
    const r = run(`--dir=${validDir}`, "--format=json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, files: 5 });
  });
});
