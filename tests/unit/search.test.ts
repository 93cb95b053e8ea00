// Search keys, query parsing and result checking (src/lib/search/*): the pure parts of the
// Japanese-aware search. The indexer's steps: tests/unit/search-indexer.test.ts; the browser
// side: tests/e2e/search.test.ts.
import { describe, expect, it } from "vitest";
import { fold, isJapaneseChar, normalize } from "../../src/lib/search/normalize.ts";
import {
  hyphenNumbers,
  indexKeys,
  japaneseRuns,
  bigramKey,
  literalParts,
  numberKey,
  parseQuery,
} from "../../src/lib/search/tokens.ts";
import {
  assess,
  bestWindow,
  cleanContent,
  excerpt,
  findPart,
  fragmentLink,
  headingText,
  sectionAt,
  tagJapanese,
} from "../../src/lib/search/rank.ts";
import type { ResultData } from "../../src/lib/search/rank.ts";

/**
 * Whether the search shows a page whose indexed text is `text` for the query `q`, as the two steps
 * do it: Pagefind returns the page only if it has every key of the query (AND; the keys stand for
 * Japanese and numbers), then the search page keeps it only if each such part is written on it.
 */
function finds(text: string, q: string): boolean {
  if (!hasKeysOf(new Set(indexKeys(text)), q)) return false;
  return assess(parseQuery(q), { url: "/", content: text, meta: {}, locations: [], anchors: [] }, 1).ok;
}

/** Whether `keys` hold every key of the Japanese and number parts of the query `q`. */
function hasKeysOf(keys: Set<string>, q: string): boolean {
  const literals = literalParts(parseQuery(q));
  expect(literals.length, `${q}: a query of Japanese or numbers`).toBeGreaterThan(0);
  return literals.every((p) => p.terms.every((k) => keys.has(k)));
}

describe("normalize", () => {
  it("folds full-width, half-width katakana, case and spaces", () => {
    expect(normalize("ＡＢＣ　６－１－３")).toBe("abc 6-1-3");
    expect(normalize("ｼﾃｨ")).toBe("シティ");
    expect(normalize("  関係\n\t人口  ")).toBe("関係 人口");
    expect(normalize("関\u200b係")).toBe("関係");
  });

  it("reads dashes and long-vowel marks between digits as hyphens, and only there", () => {
    expect(normalize("6ー1ー3")).toBe("6-1-3");
    expect(normalize("6−1‐3")).toBe("6-1-3");
    expect(normalize("シティー")).toBe("シティー");
    expect(normalize("ワーキング")).toBe("ワーキング");
  });

  it("maps every normalised character back to the source", () => {
    const f = fold("Ａ　ｶ６");
    expect(f.text).toBe("a カ6");
    expect(f.map).toEqual([0, 1, 2, 3, 4]);
  });

  it("knows Japanese characters", () => {
    for (const ch of ["関", "あ", "ア", "ー", "々", "ヶ"]) expect(isJapaneseChar(ch), ch).toBe(true);
    for (const ch of ["a", "6", "・", "、", "（", " ", "한"]) expect(isJapaneseChar(ch), ch).toBe(false);
  });
});

describe("a query finds a page", () => {
  const page =
    "定住の促進と関係人口の拡大。行財政健全化計画を推進し、市民総ぐるみのあいさつ運動（６－１－３）。6-1-10-2 の事業";

  it("by any word written in it: compounds, words inside compounds, full-width and dash forms", () => {
    for (const q of [
      "関係人口",
      "健全化",
      "行財政健全化計画",
      "財政",
      "あいさつ運動",
      "運動",
      "6-1-3",
      "６ー１ー３",
      "6－1－3",
    ])
      expect(finds(page, q), q).toBe(true);
    expect(finds(page, "関係人口 あいさつ運動"), "two words on the page").toBe(true);
  });

  it("not by a word that is not in it, nor by its characters in another order", () => {
    for (const q of ["新幹線", "人口関係", "関係人口 新幹線", "定住人口"]) expect(finds(page, q), q).toBe(false);
  });

  it("by a number only as a whole number, not by a part of a longer one", () => {
    for (const q of ["6-1", "1-3", "6-1-1", "6-1-10", "16-1-3", "6-1-3-1"]) expect(finds(page, q), q).toBe(false);
    expect(finds(page, "6-1-10-2")).toBe(true);
    expect(finds("基本施策 6-1-1-1 の指標", "6-1-1")).toBe(false);
  });

  it("through keys that are lower-case ASCII words, which both segmenters keep whole", () => {
    const keys = indexKeys(page);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(k).toMatch(/^[a-z]+$/);
  });

  it("through number keys none of which is the start of another (Pagefind matches words by prefix)", () => {
    const keys = ["6-1", "6-1-1", "6-1-10", "6-1-1-1"].map((n) => numberKey(n)!);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
  });

  it("reading Japanese runs and hyphenated numbers out of mixed text; grammar endings add no keys", () => {
    expect(japaneseRuns("r6年度の予定、6-1-3 シティプロモーション")).toEqual(["年度の予定", "シティプロモーション"]);
    expect(hyphenNumbers("6-1-1-1 と 6-1、2024-03")).toEqual(["6-1-1-1", "6-1", "2024-03"]);
    // Pairs of two hiragana get no key (grammar endings; 17 % fewer keys, same relevance).
    expect(indexKeys("することのための")).toEqual([]);
    expect(indexKeys("市")).toEqual([]);
  });
});

describe("parseQuery", () => {
  it("reads Japanese and numbers as parts to find as written, full-width forms as plain ones", () => {
    const q = parseQuery("関係人口");
    expect(q.parts.map((p) => [p.kind, p.text])).toEqual([["japanese", "関係人口"]]);
    expect(q.pagefind).toBeTruthy();
    expect(parseQuery("６－１－３").parts.map((p) => [p.kind, p.text])).toEqual([["number", "6-1-3"]]);
    expect(parseQuery("６－１－３").pagefind).toBe(parseQuery("6-1-3").pagefind);
    // All hiragana: no keys, so the word goes to Pagefind as typed and is still checked literally.
    expect(parseQuery("あいさつ").parts).toEqual([{ kind: "japanese", text: "あいさつ", terms: ["あいさつ"] }]);
    expect(parseQuery("（6-1-3）").parts[0].kind).toBe("number");
  });

  it("sends the keys that cover the word's characters, not every pair (one index chunk per key and bundle)", () => {
    const pairs = (w: string) => [...w].slice(0, -1).map((c, i) => [bigramKey(c, w[i + 1]), c + w[i + 1]] as const);
    const sent = (w: string) => {
      const names = new Map(pairs(w));
      return parseQuery(w).parts[0].terms.map((k) => names.get(k));
    };
    expect(sent("関係人口")).toEqual(["関係", "人口"]);
    expect(sent("高齢者福祉の確保")).toEqual(["高齢", "者福", "福祉", "確保"]);
    expect(sent("あいさつ運動")).toEqual(["つ運", "運動"]);
    expect(sent("健全化")).toEqual(["健全", "全化"]);
    // Every character other than a particle is in a key the index has for the word.
    for (const w of ["関係人口", "高齢者福祉の確保", "地区ドック", "住み続けたい", "めざそう値"])
      expect(finds(w, w), w).toBe(true);
  });

  it("splits mixed queries by script and keeps words as typed", () => {
    expect(parseQuery("R6年度").parts.map((p) => [p.kind, p.text])).toEqual([
      ["word", "r6"],
      ["japanese", "年度"],
    ]);
    expect(parseQuery("農村RMO").parts.map((p) => p.kind)).toEqual(["japanese", "word"]);
    expect(parseQuery("district check-up").pagefind).toBe("district check-up");
    expect(parseQuery("互助・共助").parts.map((p) => p.text)).toEqual(["互助", "共助"]);
    // A single kanji has no bigram: Pagefind's own matching.
    expect(parseQuery("市").parts).toEqual([{ kind: "word", text: "市", terms: ["市"] }]);
    expect(parseQuery('"city promotion"').pagefind).toBe('"city promotion"');
  });

  it("returns no Pagefind query for an empty one", () => {
    expect(parseQuery("  ").pagefind).toBeNull();
    expect(parseQuery("、。").pagefind).toBeNull();
    expect(literalParts(parseQuery("promotion 関係人口 6-1"))).toHaveLength(2);
  });
});

describe("checking and showing results", () => {
  // Pagefind's raw content: words separated by U+200B for Japanese.
  const Z = "\u200b";
  const content = [
    "基本",
    "施策",
    " ",
    "6",
    "-",
    "1",
    "-",
    "1",
    ". ",
    "現状",
    "と",
    "課題",
    ". ",
    "関係",
    "人口",
    "の",
    "増加",
    "。",
  ].join(Z);
  const data: ResultData = {
    url: "/aioi/6-1-1/",
    content,
    meta: { title: "6-1-1 定住の促進と関係人口の拡大", number: "6-1-1" },
    locations: [],
    anchors: [{ element: "h2", id: "situation", text: "現状と課題", location: 9 }],
  };

  it("splits content into words the way Pagefind numbers them", () => {
    const c = cleanContent(content);
    expect(c.text).toBe("基本施策 6-1-1. 現状と課題. 関係人口の増加。");
    expect(c.text.slice(c.words[9].start, c.words[9].end)).toBe("現状");
    const en = cleanContent("Hello  big world");
    expect(en.words.map((w) => en.text.slice(w.start, w.end))).toEqual(["Hello", "big", "world"]);
  });

  it("finds literal parts, numbers only as whole numbers", () => {
    const text = "6-1-1-1 と 6-1-1 と 16-1-1、関係　人口 関係人口";
    expect(findPart(text, parseQuery("6-1-1").parts[0])).toEqual([{ start: 10, end: 15 }]);
    expect(findPart(text, parseQuery("関係人口").parts[0]).map((r) => text.slice(r.start, r.end))).toEqual([
      "関係人口",
    ]);
  });

  it("drops pages without the words as written and ranks the page's own number first", () => {
    const a = assess(parseQuery("関係人口"), data, 1);
    expect(a.ok).toBe(true);
    expect(a.clean.text.slice(a.ranges[0].start, a.ranges[0].end)).toBe("関係人口");
    expect(a.terms).toEqual(["関係人口"]);
    expect(assess(parseQuery("人口関係"), data, 1).ok).toBe(false);
    const own = assess(parseQuery("6-1-1"), data, 0.5);
    const other = assess(parseQuery("6-1-1"), { ...data, meta: { title: "めざそう値の進み具合" } }, 1);
    expect(own.score).toBeGreaterThan(other.score);
  });

  it("ranks the page whose title holds the query as written above a page with its parts scattered", () => {
    // 2026コース: the course page "Ⅱ 2026コース", not course Ⅰ whose text names 2026 and コース often.
    const q = parseQuery("2026コース");
    const course = (title: string, content: string, base: number) =>
      assess(q, { url: "/", content, meta: { title }, locations: [], anchors: [] }, base);
    const own = course("Ⅱ 2026コース | ロードマップ", "2026コース 2026年度", 0.5);
    const other = course("Ⅰ 2024コース | ロードマップ", "2024コース 2026年度 2026年度 2026年度 次のコース", 1);
    expect(own.score).toBeGreaterThan(other.score);
  });

  it("ranks the page whose title is the query above a page with it as a heading, even scored lower by Pagefind", () => {
    // 高齢者福祉の確保 at 1 000 measures: one measure's title, an action's heading on ten others.
    const q = parseQuery("高齢者福祉の確保");
    const own = assess(
      q,
      { url: "/p/11-1-7/", content: "高齢者福祉の確保 現状と課題", meta: { title: "高齢者福祉の確保" } },
      0.4,
    );
    const heading = assess(
      q,
      {
        url: "/p/6-1-1/",
        content: "子育て支援 取り組み事項 高齢者福祉の確保 高齢者福祉の確保について",
        meta: { title: "子育て支援" },
      },
      1,
    );
    expect(own.score).toBeGreaterThan(heading.score);
  });

  it("marks the Japanese runs of an excerpt with their language, inside and outside the matches", () => {
    const segs = tagJapanese(
      [
        { text: "Situation: ", mark: false },
        { text: "減債基金", mark: true },
        { text: "を積み立てます。 Not yet translated", mark: false },
      ],
      "ja",
    );
    expect(segs).toEqual([
      { text: "Situation: ", mark: false },
      { text: "減債基金", mark: true, lang: "ja" },
      { text: "を積み立てます。", mark: false, lang: "ja" },
      { text: " Not yet translated", mark: false },
    ]);
  });

  it("cuts an excerpt around the best match and marks it", () => {
    const a = assess(parseQuery("関係人口"), data, 1);
    const segs = excerpt(a.clean, a.ranges, a.focus);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(["関係人口"]);
    expect(segs.map((s) => s.text).join("")).toContain("関係人口の増加");
    expect(
      bestWindow(
        [
          { start: 0, end: 2, weight: 1, part: -1 },
          { start: 200, end: 204, weight: 5, part: -1 },
        ],
        50,
      ),
    ).toBe(184);
  });

  it("names the section of the match and links to it with a text fragment", () => {
    const c = cleanContent(content);
    const s = sectionAt(data, c, c.text.indexOf("関係"));
    expect(s).toEqual({ id: "situation", title: "現状と課題", linkId: "situation" });
    expect(headingText({ text: "現状と課題 provisional translation", location: 9 }, c)).toBe("現状と課題");
    expect(fragmentLink("situation", ["関係人口"])).toBe("#situation:~:text=%E9%96%A2%E4%BF%82%E4%BA%BA%E5%8F%A3");
    expect(fragmentLink(null, ["6-1-3", "a,b&c"])).toBe("#:~:text=6%2D1%2D3&text=a%2Cb%26c");
    expect(fragmentLink(null, [])).toBe("");
  });
});
