// The Markdown subset of paragraph-like texts (src/lib/rich-text/): what becomes an element,
// what stays the text it was written as, and that the seed content stays plain.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { escapeHtml } from "../../src/lib/html-escape.ts";
import { plainOfMarkdown } from "../../src/lib/rich-text/plain.ts";
import { refusedMarkup } from "../../src/lib/rich-text/refused.ts";
import { renderRichText } from "../../src/lib/rich-text/render.ts";
import { validateContent } from "../../src/lib/validation/index.ts";
import { edit, repo, tempCopies } from "./validator-helpers.ts";

const html = (s: string, base = "/") => {
  const r = renderRichText(s, base);
  return r.kind === "plain" ? null : r.html;
};

describe("allowed constructs", () => {
  it("make links to web pages, mail, phone and paths on this site (with the base path)", () => {
    expect(html("市の[ホームページ](https://www.city.aioi.lg.jp/)を見る")).toBe(
      '市の<a href="https://www.city.aioi.lg.jp/">ホームページ</a>を見る',
    );
    expect(html("[旧サイト](http://example.jp/?a=1&b=2)")).toBe(
      '<a href="http://example.jp/?a=1&amp;b=2">旧サイト</a>',
    );
    expect(html("[メール](mailto:kikaku@example.jp)")).toBe('<a href="mailto:kikaku@example.jp">メール</a>');
    expect(html("[電話](tel:0791-23-7111)")).toBe('<a href="tel:0791-23-7111">電話</a>');
    expect(html("[施策6-1-1](/aioi/6-1-1/)", "/plan-publisher/")).toBe(
      '<a href="/plan-publisher/aioi/6-1-1/">施策6-1-1</a>',
    );
  });

  it("name a link by its address when the brackets are empty, and drop a title", () => {
    expect(html("[](https://example.jp/)")).toBe('<a href="https://example.jp/">https://example.jp/</a>');
    expect(html("[ ](https://example.jp/)")).toBe('<a href="https://example.jp/">https://example.jp/</a>');
    expect(html('[名前](https://example.jp/ "title")')).toBe('<a href="https://example.jp/">名前</a>');
  });

  it("make **strong**, line breaks and - bullet lists", () => {
    expect(html("**重要**です")).toBe("<strong>重要</strong>です");
    expect(html("一行目\n二行目")).toBe("一行目<br>\n二行目");
    expect(renderRichText("前文\n- 一つ\n- [二つ](https://example.jp/)", "/")).toEqual({
      kind: "blocks",
      html: '<p>前文</p><ul><li>一つ</li><li><a href="https://example.jp/">二つ</a></li></ul>',
    });
  });
});

describe("everything else is shown as written", () => {
  const asText: [string, string][] = [
    ["script link", "[x](javascript:alert(1))"],
    ["script link, upper case and entity", "[x](JaVaScRiPt&#58;alert(1))"],
    ["data link", "[x](data:text/html,<script>alert(1)</script>)"],
    ["vbscript link", "[x](vbscript:msgbox)"],
    ["protocol-relative link", "[x](//evil.example/)"],
    ["page-relative link", "[x](other.html)"],
    ["link with a control character", "[x](https://exa\u0001mple.jp/)"],
    ["raw HTML", "<img src=x onerror=alert(1)>画像"],
    ["raw HTML block", "<script>alert(1)</script>"],
    ["image", "![alt](https://example.jp/a.png)"],
    ["autolink", "<https://example.jp/>"],
    ["reference link to data:", "[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>"],
    ["single * and _", "注*1と注*2、snake_case_name、_強調_"],
    ["heading, quote, ordered list, * list", "# 見出し > 引用 1. 一 * 二"],
    ["code, entity, escape", "`code` &amp; &copy; \\* \\["],
    ["strong with _", "__強調__"],
  ];
  it.each(asText)("%s", (_name, source) => {
    const r = renderRichText(source, "/");
    const shown = r.kind === "plain" ? escapeHtml(source) : r.html;
    expect(shown).not.toMatch(/<(a|img|script)\b|href=/);
    // The words are all there, as text.
    const words = shown.replace(/<br>\n|<\/?p>/g, (m) => (m === "<br>\n" ? "\n" : m === "<p>" ? "" : "\n\n"));
    expect(words.trim()).toBe(escapeHtml(source));
  });

  it("nested brackets: only the inner, well-formed link works", () => {
    expect(html("[[入れ子](https://a.example/)](javascript:alert(1))")).toBe(
      '[<a href="https://a.example/">入れ子</a>](javascript:alert(1))',
    );
  });

  it("a link text cannot smuggle markup into the element", () => {
    expect(html('[<b onclick="x">名前</b>](https://example.jp/)')).toBe(
      '<a href="https://example.jp/">&lt;b onclick=&quot;x&quot;&gt;名前&lt;/b&gt;</a>',
    );
    expect(html('[名前](https://example.jp/"onmouseover="alert(1))')).toBe(
      '<a href="https://example.jp/&quot;onmouseover=&quot;alert(1)">名前</a>',
    );
  });
});

describe("refusedMarkup (what the validator warns about)", () => {
  it("names each refused link, image and tag with where it starts", () => {
    const s = "[x](javascript:alert(1)) <img src=x> <https://a.example> ![i](u) [ok](https://a.example/)";
    expect(refusedMarkup(s)).toEqual([
      { kind: "scheme", index: 0 },
      { kind: "html", index: 25 },
      { kind: "autolink", index: 37 },
      { kind: "image", index: 57 },
    ]);
    expect(refusedMarkup("[x][r]\n\n[r]: data:x").map((r) => r.kind)).toEqual(["reference", "reference"]);
    expect(refusedMarkup("注*1と注*2、1 < 2、[括弧]だけ")).toEqual([]);
  });
});

describe("the words without the Markdown (for proofreading)", () => {
  it("keeps link names and strong text, each at its index in the source", () => {
    const s = "**重要**: [市のページ](https://example.jp/)を見る\n- 一つ";
    const p = plainOfMarkdown(s);
    expect(p.text).toBe("重要: 市のページを見る\n一つ");
    [...p.text].forEach((c, i) => expect(s[p.indexes[i]]).toBe(c));
  });
});

/** Every string in the YAML files under `dir`. */
function strings(dir: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (name.endsWith(".yaml") && statSync(file).isFile()) walk(parse(readFileSync(file, "utf8")));
  }
  return out;
}

describe("plain text stays plain", () => {
  it("every text of content/ renders exactly as the escaped string it is", () => {
    const texts = strings(path.join(repo, "content"));
    expect(texts.length).toBeGreaterThan(500);
    const changed = texts.filter((s) => renderRichText(s, "/").kind !== "plain");
    expect(changed).toEqual([]);
  });
});

describe("validator warnings", () => {
  const temp = tempCopies();
  it("point at the file, line and column of each refused construct, in both languages", () => {
    const dir = temp();
    edit(
      dir,
      "sample-plan/measures/6-1-1.yaml",
      "「選ばれるまち」を目指します。",
      "'[市](https://example.jp/)の <img src=x onerror=alert(1)> と [x](javascript:alert(1))'",
    );
    const r = validateContent(dir);
    expect(r.errors).toEqual([]);
    const w = r.warnings.filter((f) => f.path === "direction[0].ja");
    expect(w.map((f) => [f.file.endsWith("sample-plan/measures/6-1-1.yaml"), f.line, f.col])).toEqual([
      [true, 9, 36],
      [true, 9, 67],
    ]);
    expect(w[0].message.ja).toContain("HTMLのタグは使えません");
    expect(w[0].message.en).toContain("HTML tags are not allowed");
    expect(w[1].message.ja).toContain("https://、http://、mailto:、tel:");
  });

  it("stay quiet for allowed Markdown", () => {
    const dir = temp();
    edit(
      dir,
      "sample-plan/measures/6-1-1.yaml",
      "「選ばれるまち」を目指します。",
      "'**[市](https://example.jp/)**を目指します。'",
    );
    expect(validateContent(dir).warnings.filter((f) => f.path.startsWith("direction"))).toEqual([]);
  });
});
