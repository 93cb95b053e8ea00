// Message wording for schema keywords that the broken fixtures do not cover, and
// how paths map back to lines: checked on small in-memory documents.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DocumentKind } from "../../src/lib/validation/ajv.ts";
import { loadDocument } from "../../src/lib/validation/document.ts";
import { locate, parseYamlFile } from "../../src/lib/validation/parse.ts";

const dir = mkdtempSync(path.join(tmpdir(), "validator-messages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function write(text: string): string {
  const file = path.join(dir, `doc-${n++}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** Schema errors only (the $schema pragma warning is irrelevant here). */
function errorsOf(kind: DocumentKind, text: string) {
  return loadDocument(write(text), kind, "doc.yaml", ["en"]).findings.filter((f) => f.severity === "error");
}

const STRATEGY = "id: s\nkind: strategy\ntitle:\n  ja: 戦略\nmeasures: []\n";

describe("schema messages", () => {
  it("const kind says what to write", () => {
    const [e] = errorsOf("strategy", STRATEGY.replace("kind: strategy", "kind: plan"));
    expect(e).toMatchObject({ line: 2, col: 7, path: "kind" });
    expect(e.message).toEqual({ ja: "「strategy」と書いてください", en: 'must be "strategy"' });
  });

  it("slug pattern is explained", () => {
    const [e] = errorsOf("strategy", STRATEGY.replace("id: s", "id: Aioi_City"));
    expect(e.message.ja).toContain("半角の英小文字");
    expect(e.message.en).toContain("lowercase letters");
  });

  it("enum lists the choices", () => {
    const [e] = errorsOf("strategy", STRATEGY.replace("  ja: 戦略", "  ja: 戦略\n  review:\n    en: done"));
    expect(e.path).toBe("title.review.en");
    expect(e.message.en).toBe("must be one of: provisional, reviewed");
  });

  it("unknown field far from any allowed name lists the allowed ones", () => {
    const [e] = errorsOf("strategy", STRATEGY + "zzzzzzzz: 1\n");
    expect(e).toMatchObject({ line: 6, col: 1, path: "zzzzzzzz" });
    expect(e.message.en).toContain("allowed fields: id, kind, title, source, measures");
  });

  it("empty text and minimum are worded for people", () => {
    const errs = errorsOf(
      "strategy",
      STRATEGY.replace("measures: []", 'measures:\n  - goal: 0\n    measure: 1\n    title:\n      ja: ""'),
    );
    expect(errs.map((e) => [e.path, e.line, e.message.en])).toEqual([
      ["measures[0].goal", 6, "must be at least 1 (found 0)"],
      ["measures[0].title.ja", 9, "must not be empty"],
    ]);
  });

  it("missing field at the top points at the first line of the document", () => {
    const [e] = errorsOf("strategy", "# comment\n" + STRATEGY.replace("id: s\n", ""));
    expect(e).toMatchObject({ line: 2, col: 1, path: "" });
    expect(e.message.ja).toBe("「id」を入力してください");
  });

  it("an empty file is one clear error", () => {
    const errs = errorsOf("strategy", "# only a comment\n");
    expect(errs).toHaveLength(1);
    expect(errs[0].message).toEqual({ ja: "ファイルが空です", en: "the file is empty" });
  });

  it("uniqueItems points at the repeated entry", () => {
    const errs = errorsOf(
      "project",
      [
        "id: p",
        "kind: project",
        "title: {ja: t}",
        "purpose: [{ja: p}]",
        "roadmap:",
        "  title: {ja: r}",
        "  fiscalYears: {from: 2023, to: 2024}",
        "  parties: []",
        "  courses:",
        "    - id: c",
        "      numeral: I",
        "      name: {ja: n}",
        "      deadline: 2024",
        "      phases: [{id: a, name: {ja: a}, period: {from: 2023, to: 2023}}]",
        "      items:",
        "        - number: 1",
        "          title: {ja: t}",
        "          responsible: [x, y, x]",
        "          activities: []",
        "",
      ].join("\n"),
    );
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ path: "roadmap.courses[0].items[0].responsible[2]", line: 18, col: 31 });
  });
});

describe("parse and locate", () => {
  it("follows aliases and falls back to the nearest existing parent", () => {
    const { parsed, findings } = parseYamlFile(write("a: &x\n  b: 1\nc: *x\nd:\n  - e: 2\n"), "x.yaml");
    expect(findings).toEqual([]);
    expect(locate(parsed, ["c", "b"])).toEqual({ line: 2, col: 6 });
    expect(locate(parsed, ["d", 0, "missing"])).toEqual({ line: 5, col: 5 });
    expect(locate(parsed, ["d", 0, "e"], "key")).toEqual({ line: 5, col: 5 });
    expect(locate(parsed, ["nothing", "here"])).toEqual({ line: 1, col: 1 });
  });

  it("rejects a second document, an unknown alias and non-UTF-8 text", () => {
    expect(parseYamlFile(write("a: 1\n---\nb: 2\n"), "x.yaml").findings[0].message.en).toContain("only one document");
    const alias = parseYamlFile(write("a: 1\nb: *nope\n"), "x.yaml").findings;
    expect(alias).toHaveLength(1);
    expect(alias[0]).toMatchObject({ line: 2, col: 4 });
    expect(alias[0].message.en).toBe("alias *nope has no anchor &nope before it");
    const latin1 = path.join(dir, "latin1.yaml");
    writeFileSync(latin1, Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(parseYamlFile(latin1, "x.yaml").findings[0].message.en).toContain("not UTF-8");
  });
});
