// The search indexer's steps (src/lib/search/indexer/): page text, key fields, bundles and their
// manifest, how much runs at once, the log summary. Pagefind itself runs in the end-to-end tests
// (tests/e2e/search.test.ts: bundles, a third locale, the relevance set).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundleFolder,
  bundleManifest,
  bundleSize,
  BUNDLE_PAGES,
  mergeEntries,
  planBundles,
} from "../../src/lib/search/indexer/bundles.ts";
import type { Entry } from "../../src/lib/search/indexer/bundles.ts";
import { extractPage, htmlLang, inlineMeta, pageUrl } from "../../src/lib/search/indexer/extract.ts";
import { keyFields, withKeyFields } from "../../src/lib/search/indexer/keys.ts";
import { limiter, memoryBudget, parallelRuns, RUN_BYTES, workerCount } from "../../src/lib/search/indexer/pool.ts";
import { preparePages } from "../../src/lib/search/indexer/prepare.ts";
import { summary } from "../../src/lib/search/indexer/report.ts";
import { startEarly } from "../../src/lib/search/indexer/early.ts";
import { outputFile } from "../../src/integrations/search.ts";
import { numberKey, bigramKey } from "../../src/lib/search/tokens.ts";

const html = `<!DOCTYPE html><html lang="ja"><head><title>x</title><script>var a = "<p>関係</p>";</script></head><body>
    <header>サイト名</header>
    <main data-pagefind-body><nav data-pagefind-ignore>ホーム 6-1</nav>
      <p class="eyebrow" data-pagefind-meta="number:6-1-1">基本施策</p>
      <h1 data-pagefind-meta="title:定住の促進と関係人口の拡大"><span class="num">6-1-1</span> 定住の促進と<span>関係</span><span>人口</span>の拡大<span data-pagefind-ignore>仮訳</span></h1>
      <p>本文&amp;テキスト<br>次の行 &#x95a2;&#20154;</p><ul><li data-pagefind-weight="5">シティプロモーション事業</li><li data-pagefind-weight="1">広報事業</li></ul>
      <h2>現状と課題</h2><img src="a.png" alt="図"><style>.x{}</style><template><p>テンプレート</p></template>
      <svg viewBox="0 0 1 1"><path d="M0 0" /><text>グラフ</text></svg>
      <div data-pagefind-ignore><span data-pagefind-meta="kind:基本施策"></span>無視</div>
    </main><footer>フッター</footer></body></html>`;

describe("extractPage", () => {
  const t = extractPage(html, "aioi/6-1-1/index.html");

  it("takes the indexed body without ignored parts, scripts, styles and templates", () => {
    expect(t.indexed).toBe(true);
    expect(t.body).toContain("関係人口の拡大");
    expect(t.body).toContain("本文&テキスト 次の行 関人");
    expect(t.body).toContain("グラフ");
    for (const absent of ["サイト名", "フッター", "ホーム", "仮訳", "var a", ".x{}", "テンプレート", "無視"])
      expect(t.body).not.toContain(absent);
  });

  it("separates blocks but not inline elements, and finds the key text", () => {
    expect(t.body).toContain("シティプロモーション事業 広報事業");
    expect(t.key).toContain("6-1-1 定住の促進と関係人口の拡大");
    expect(t.key).toContain("シティプロモーション事業");
    expect(t.key).toContain("現状と課題");
    expect(t.key).not.toContain("広報事業");
    expect(t.key).not.toContain("本文");
  });

  it("counts inline metadata as key text, even inside an ignored part (Pagefind reads it there)", () => {
    expect(t.key).toContain("6-1-1");
    expect(t.key).toContain("基本施策");
    expect(t.meta).toEqual({ number: "6-1-1", title: "定住の促進と関係人口の拡大", kind: "基本施策" });
  });

  it("gives the page's URL, language, title, headings and weighted elements", () => {
    expect(t.url).toBe("/aioi/6-1-1/");
    expect(t.lang).toBe("ja");
    expect(t.title).toBe("定住の促進と関係人口の拡大");
    expect(t.headings).toEqual(["6-1-1 定住の促進と関係人口の拡大", "現状と課題"]);
    expect(t.weighted).toEqual(["シティプロモーション事業"]);
  });

  it("takes the first h1 as the title without title metadata", () => {
    const page = `<html lang="en"><body><main data-pagefind-body><h2>Intro</h2><h1>Plan <span data-pagefind-ignore>(draft)</span></h1></main></body></html>`;
    expect(extractPage(page, "en/index.html")).toMatchObject({ title: "Plan", lang: "en", url: "/en/" });
  });

  it("reads the language from the start of the page", () => {
    expect(htmlLang('<!DOCTYPE html><html lang="ja"><head>')).toBe("ja");
    expect(htmlLang('<!doctype html><HTML\n  LANG=ko-KR data-x="1">')).toBe("ko-KR");
    expect(htmlLang("<html><head>")).toBe("");
    expect(htmlLang('<htmlx lang="x">')).toBe("");
  });

  it("reports pages that are not indexed, and those without a language", () => {
    const page = extractPage("<html><body><main><h1>x</h1></main></body></html>", "404.html");
    expect(page).toMatchObject({ indexed: false, body: "", key: "", lang: "", url: "/404.html" });
  });

  it("reads inline metadata like the indexer always did: the last of comma-separated entries", () => {
    expect(inlineMeta("number:6-1-3")).toEqual(["number", "6-1-3"]);
    expect(inlineMeta("title")).toBeNull();
    expect(inlineMeta("kind:x, number: 6-1")).toEqual(["number", " 6-1"]);
  });

  it("turns file paths into site paths", () => {
    expect(pageUrl("aioi/6-1-1/index.html")).toBe("/aioi/6-1-1/");
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl("404.html")).toBe("/404.html");
  });
});

describe("key fields", () => {
  it("gives Pagefind the page with the key fields added at the end of <head>", () => {
    const fields = keyFields(extractPage(html, "aioi/6-1-1/index.html"));
    expect(fields.kt).toContain(numberKey("6-1-1"));
    expect(fields.kt).toContain(bigramKey("係", "人"));
    expect(fields.k).toContain(bigramKey("本", "文"));
    expect(fields.kt).not.toContain(bigramKey("本", "文"));
    const copy = withKeyFields(html, fields)!;
    expect(copy).toMatch(
      /<meta data-pagefind-meta="kp:[a-z ]+"><meta data-pagefind-meta="kt:[a-z ]+"><meta data-pagefind-meta="k:[a-z ]+"><\/head>/,
    );
    expect(copy.replace(/<meta data-pagefind-meta="k[pt]?:[a-z ]*">/g, "")).toBe(html);
    expect(withKeyFields("<html><body><main>x</main></body></html>", fields)).toBeNull();
  });

  it("keeps the page's own title and number apart from its other headings (kp)", () => {
    // At 1 000 measures a measure's title (高齢者福祉の確保) is also an action's <h3> on ten other
    // measure pages: only kp, weighted most by the search page, tells the measure apart.
    const fields = keyFields(extractPage(html, "aioi/6-1-1/index.html"));
    expect(fields.kp).toContain(numberKey("6-1-1"));
    expect(fields.kp).toContain(bigramKey("関", "係"));
    expect(fields.kp).not.toContain(bigramKey("課", "題"));
    expect(fields.kt).toContain(bigramKey("課", "題"));
  });
});

describe("bundles", () => {
  it("keeps a locale up to the bundle size in one bundle, and deals larger ones out in turn", () => {
    const pages = new Map([
      ["ja", ["c", "a", "b", "e", "d"]],
      ["en", ["x"]],
      ["ko", []],
    ]);
    expect(planBundles(pages, 5)).toEqual([
      { locale: "ja", bundle: 0, files: ["a", "b", "c", "d", "e"] },
      { locale: "en", bundle: 0, files: ["x"] },
    ]);
    expect(planBundles(pages, 2)).toEqual([
      { locale: "ja", bundle: 0, files: ["a", "d"] },
      { locale: "ja", bundle: 1, files: ["b", "e"] },
      { locale: "ja", bundle: 2, files: ["c"] },
      { locale: "en", bundle: 0, files: ["x"] },
    ]);
    expect(bundleFolder(0)).toBe("");
    expect(bundleFolder(2)).toBe("b2/");
  });

  it("takes the bundle size from the option, then SEARCH_BUNDLE_PAGES", () => {
    expect(bundleSize(undefined, undefined)).toBe(BUNDLE_PAGES);
    expect(bundleSize(undefined, "40")).toBe(40);
    expect(bundleSize(4, "40")).toBe(4);
    expect(bundleSize(undefined, "zero")).toBe(BUNDLE_PAGES);
    expect(() => bundleSize(0, undefined)).toThrow(/positive integer/);
  });

  const entry = (lang: string, pages: number): Entry => ({
    version: "1.6.0",
    languages: { [lang]: { hash: `${lang}_1`, wasm: null, page_count: pages } },
    include_characters: ["_"],
  });

  it("merges the runs' entries of a folder, languages in a fixed order", () => {
    const merged = mergeEntries([entry("ko", 1), entry("ja", 2), entry("en", 3)]);
    expect(Object.keys(merged.languages)).toEqual(["en", "ja", "ko"]);
    expect(merged).toMatchObject({ version: "1.6.0", include_characters: ["_"] });
    expect(() => mergeEntries([entry("ja", 1), entry("ja", 2)])).toThrow(/same Pagefind language "ja"/);
  });

  it("lists each language's extra bundles in the manifest", () => {
    const folders = new Map([
      [0, mergeEntries([entry("ja", 4), entry("en", 4)])],
      [2, mergeEntries([entry("ja", 3)])],
      [1, mergeEntries([entry("ja", 3), entry("en", 3)])],
    ]);
    expect(bundleManifest(folders)).toEqual({ en: ["b1/"], ja: ["b1/", "b2/"] });
    expect(bundleManifest(new Map([[0, entry("ja", 4)]]))).toEqual({});
  });
});

describe("runs at once", () => {
  it("runs as many Pagefind runs as workers, runs and memory allow", () => {
    const one = RUN_BYTES.base + RUN_BYTES.perPage * 1000;
    expect(parallelRuns([1000, 1000], 2, 100 * one)).toBe(2);
    expect(parallelRuns([1000, 1000, 10], 4, 100 * one)).toBe(3);
    expect(parallelRuns([1000, 1000], 2, 1.5 * one)).toBe(1);
    expect(parallelRuns([1000], 2, 0)).toBe(1);
  });

  it("keeps to 2 GB (or SEARCH_INDEX_MEMORY_MB), within 3/4 of the available memory", () => {
    expect(memoryBudget(16e9, undefined)).toBe(2e9);
    expect(memoryBudget(16e9, "4000")).toBe(4e9);
    expect(memoryBudget(2e9, undefined)).toBe(1.5e9);
    const budget = memoryBudget(16e9, undefined);
    expect(parallelRuns([1025, 1025], 2, budget)).toBe(2);
    expect(parallelRuns([2500, 2500, 2500, 2500], 2, budget)).toBe(1);
  });

  it("starts workers only for sites large enough, unless told", () => {
    expect(workerCount(30, undefined, undefined)).toBe(1);
    expect(workerCount(30, 2, undefined)).toBe(2);
    expect(workerCount(30, undefined, "3")).toBe(3);
    expect(workerCount(100_000, undefined, undefined)).toBe(os.availableParallelism());
    expect(() => workerCount(30, 0, undefined)).toThrow(/positive integer/);
  });

  it("limits the calls at once", async () => {
    const slot = limiter(2);
    let running = 0;
    let most = 0;
    const out = await Promise.all(
      [30, 10, 20, 5, 1].map((ms) =>
        slot(async () => {
          most = Math.max(most, ++running);
          await new Promise((r) => setTimeout(r, ms));
          running--;
          return ms * 2;
        }),
      ),
    );
    expect(out).toEqual([60, 20, 40, 10, 2]);
    expect(most).toBe(2);
  });
});

describe("preparePages", () => {
  it("writes each indexed page's copy under its locale and reports pages in no configured locale", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-prepare-"));
    try {
      const dist = path.join(dir, "dist");
      const tmp = path.join(dir, "tmp");
      const page = (lang: string) => html.replace('lang="ja"', `lang="${lang}"`);
      for (const [file, content] of [
        ["aioi/6-1-1/index.html", page("ja")],
        ["ko/aioi/6-1-1/index.html", page("KO")],
        ["xx/index.html", page("fr")],
        ["404.html", '<html lang="ja"><head></head><body><main>x</main></body></html>'],
      ]) {
        mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
        writeFileSync(path.join(dist, file), content);
      }
      const r = preparePages({
        dist,
        files: ["404.html", "aioi/6-1-1/index.html", "ko/aioi/6-1-1/index.html", "xx/index.html"],
        tmp,
        localeByLang: { ja: "ja", ko: "ko" },
        keys: true,
      });
      expect(r.pages.map((p) => [p.file, p.locale])).toEqual([
        ["aioi/6-1-1/index.html", "ja"],
        ["ko/aioi/6-1-1/index.html", "ko"],
      ]);
      expect(r.pages[0].keys).toBeGreaterThan(10);
      expect(r.unknown).toEqual([{ file: "xx/index.html", lang: "fr" }]);
      expect(readFileSync(path.join(tmp, "ko", "ko/aioi/6-1-1/index.html"), "utf8")).toContain(
        'data-pagefind-meta="kt:',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("startEarly", () => {
  it("uses a page prepared while rendering only if the file written is the HTML it saw", async () => {
    const early = startEarly({ ja: "ja" }, true, { jobs: 1, minPages: 0 });
    const dist = mkdtempSync(path.join(os.tmpdir(), "plan-early-"));
    try {
      const changed = html.replace("本文", "書き換えた本文");
      for (const [file, content] of [
        ["a/index.html", html],
        ["b/index.html", changed],
        ["c/index.html", html],
      ]) {
        mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
        writeFileSync(path.join(dist, file), content);
      }
      early.feed("a/index.html", Promise.resolve(html));
      early.feed("b/index.html", Promise.resolve(html));
      const { ready, rest } = await early.take(dist, ["a/index.html", "b/index.html", "c/index.html"]);
      expect(ready.map((r) => (r && "page" in r ? [r.page.file, r.page.locale] : r))).toEqual([["a/index.html", "ja"]]);
      expect(rest).toEqual(["b/index.html", "c/index.html"]);
      expect(readFileSync(path.join(early.tmp, "pages", "ja", "a/index.html"), "utf8")).toContain("kt:");
    } finally {
      await early.pool?.close();
      rmSync(early.tmp, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("starts no worker and prepares nothing early for a site of fewer pages than minPages", async () => {
    const early = startEarly({ ja: "ja" }, true, { minPages: 2 });
    const dist = mkdtempSync(path.join(os.tmpdir(), "plan-early-"));
    try {
      for (const file of ["a/index.html", "b/index.html"]) {
        mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
        writeFileSync(path.join(dist, file), html);
        early.feed(file, Promise.resolve(html));
      }
      expect(early.pool).toBeUndefined();
      expect(await early.take(dist, ["a/index.html", "b/index.html"])).toEqual({
        ready: [],
        rest: ["a/index.html", "b/index.html"],
      });
    } finally {
      rmSync(early.tmp, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("outputFile", () => {
  it("names the file astro build writes for a page path, under the base path", () => {
    expect(outputFile("/", "/")).toBe("index.html");
    expect(outputFile("/en/aioi/6-1-1/", "/")).toBe(path.join("en", "aioi", "6-1-1", "index.html"));
    expect(outputFile("/plan/en/", "/plan/")).toBe(path.join("en", "index.html"));
    expect(outputFile("/404", "/")).toBe("404.html");
  });
});

describe("summary", () => {
  it("prints the lines the build log shows", () => {
    const lines = summary(
      {
        htmlFiles: 31,
        pages: { ja: 10, en: 10 },
        bundles: { ja: 2, en: 1 },
        bytes: { index: 81.9 * 1024, fragment: 54.8 * 1024, filter: 0.9 * 1024, other: 0, total: 338.7 * 1024 },
        keysPerPage: 231,
        parallel: 2,
        warnings: [],
        ms: 242,
      },
      "dist",
    );
    expect(lines).toEqual([
      "31 ページ / pages in dist",
      "検索インデックス / search index: ja 10 (2 bundles), en 10 pages; 338.7 KB in pagefind/ (index 81.9 KB, fragments 54.8 KB, filters 0.9 KB); 231 keys/page; 242 ms (2 Pagefind runs at once)",
    ]);
  });
});
