// Full-text search in a real browser (headless Chromium, one for the whole file): the header
// search box on a content page, the results on /search/, the link to the page with the words
// highlighted (text fragment: the browser scrolls to them and marks them, no script on the
// target page), filters, the page without JavaScript, a CONTENT_DIR build, and the relevance
// set (tests/search/relevance.json) with the hit rates reached (docs/search.md).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium as launch } from "../../scripts/lib/chromium.ts";
import { BUNDLES_FILE, indexSite } from "../../src/lib/search/indexer/index-site.ts";
import { formatReport, runRelevance } from "../../scripts/search/relevance.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";
import { dist, fallbackDist, root, UNTRANSLATED_MEASURE } from "./paths.ts";

/** Hit rates of the relevance set reached with the site's search (docs/search.md): fail below. */
const MIN_TOP1 = 1.0;
const MIN_TOP5 = 1.0;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  server = await serveStatic(dist);
  // A phone-sized window: most words are below the fold, so scrolling to them is visible.
  context = await browser.newContext({ viewport: { width: 320, height: 560 } });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The result links on the search page, once the status says how many were found. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /件見つかりました|found|見つかりませんでした|No page/.test(
      document.querySelector("#search-status")?.textContent ?? "",
    ),
  );
  return page.$$eval("#search-list .result-title a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** Where the first occurrence of `text` is on the page (viewport coordinates), and the scroll. */
function placeOf(page: Page, text: string) {
  return page.evaluate((t) => {
    const walk = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i === -1) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const box = r.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, scrollY: window.scrollY, height: window.innerHeight };
    }
    return null;
  }, text);
}

describe("search from the header of a content page", () => {
  const cases = [
    { from: "/aioi/6-1-2/", q: "関係人口", expect: "/aioi/6-1-1/", word: "関係人口" },
    { from: "/aioi/6-1-1/", q: "地区ドック", expect: "/jumin-jichi-refresh/roadmap/course-1/", word: "地区ドック" },
    { from: "/jumin-jichi-refresh/", q: "減債基金", expect: "/aioi/6-1-3/", word: "減債基金" },
    { from: "/aioi/", q: "あいさつ運動", expect: "/aioi/6-1-1/", word: "あいさつ運動" },
    { from: "/glossary/", q: "6-1-3", expect: "/aioi/6-1-3/", word: "6-1-3" },
    {
      from: "/en/aioi/6-1-1/",
      q: "district check-up",
      expect: "/en/jumin-jichi-refresh/roadmap/course-1/",
      word: "district check-ups",
    },
  ];

  for (const c of cases) {
    it(`${c.q} (from ${c.from}) → ${c.expect}, opened with the words highlighted`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(server.origin + c.from);
        await page.fill("#site-search", c.q);
        await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press("#site-search", "Enter")]);
        const lang = c.from.startsWith("/en/") ? "en" : "ja";
        expect(new URL(page.url()).pathname).toBe(lang === "en" ? "/en/search/" : "/search/");
        const hrefs = await results(page);
        expect(hrefs.length).toBeGreaterThan(0);
        expect(new URL(hrefs[0]).pathname, hrefs.join("\n")).toBe(c.expect);
        expect(await page.textContent("#search-status")).toMatch(lang === "ja" ? /\d+件見つかりました/ : /\d+ found/);
        // The first result shows its title, kind and an excerpt with the words marked.
        const first = page.locator("#search-list .result").first();
        expect(await first.locator(".result-kind").textContent()).toBeTruthy();
        const marks = await first.locator(".result-excerpt mark").allTextContents();
        expect(marks.length).toBeGreaterThan(0);
        // The link carries a text fragment for the words.
        expect(decodeURIComponent(hrefs[0])).toContain(`:~:text=${c.word.split(" ")[0]}`);

        // Where the words are without the fragment, then after following the result link.
        const plain = await context.newPage();
        await plain.goto(server.origin + c.expect);
        const before = (await placeOf(plain, c.word))!;
        await plain.close();
        await Promise.all([page.waitForURL((u) => u.pathname === c.expect), first.locator(".result-title a").click()]);
        expect(new URL(page.url()).pathname).toBe(c.expect);
        await page.waitForFunction(() => window.scrollY > 0 || document.readyState === "complete");
        await page.waitForTimeout(200);
        const after = (await placeOf(page, c.word))!;
        expect(after, "the word is on the page").not.toBeNull();
        // Scrolled to (and highlighted by) the text fragment: in view, and brought there if it was not.
        expect(after.top).toBeGreaterThanOrEqual(0);
        expect(after.bottom).toBeLessThanOrEqual(after.height);
        if (before.bottom > before.height) expect(after.scrollY).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  }

  it("loads no script on the content page, and only the search page's module on /search/", async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.origin}/aioi/6-1-1/`);
    expect(scripts).toEqual([]);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("関係人口")}`);
    await results(page);
    expect(scripts.every((s) => s.startsWith("/_astro/") || s.startsWith("/pagefind/"))).toBe(true);
    expect(await page.$$eval("script:not([src])", (s) => s.length)).toBe(0);
    await page.close();
  });
});

describe("the search page", () => {
  it("filters narrow the results and stay in the URL", async () => {
    const page = await context.newPage();
    // A word on two measure pages and on the plan overview and goal page (listing pages no
    // longer match a measure's title: their lists are not indexed).
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("まちづくり")}`);
    const all = await results(page);
    expect(all.length).toBeGreaterThan(1);
    await page.click("#search-filters-box summary");
    const box = page.getByRole("checkbox", { name: "基本施策" });
    await Promise.all([
      page.waitForFunction((n) => document.querySelectorAll("#search-list .result").length < n, all.length),
      box.check(),
    ]);
    const narrowed = await results(page);
    expect(narrowed.map((u) => new URL(u).pathname)).toEqual(["/aioi/6-1-1/", "/aioi/6-1-2/"]);
    expect(new URL(page.url()).searchParams.getAll("kind")).toEqual(["基本施策"]);
    // Reloading the URL gives the same, with the box still ticked.
    await page.reload();
    expect((await results(page)).map((u) => new URL(u).pathname)).toEqual(["/aioi/6-1-1/", "/aioi/6-1-2/"]);
    expect(await page.getByRole("checkbox", { name: "基本施策" }).isChecked()).toBe(true);
    await page.close();
  });

  it("puts the page whose whole title is the query first, looked up in one small title shard", async () => {
    const page = await context.newPage();
    const shards: Array<{ url: string; status: number }> = [];
    page.on("response", (r) => {
      if (r.url().includes("/pagefind/titles/")) shards.push({ url: r.url(), status: r.status() });
    });
    const title = "定住の促進と関係人口の拡大";
    expect(readFileSync(path.join(dist, "aioi", "6-1-1", "index.html"), "utf8")).toContain(title);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(title)}`);
    const found = await results(page);
    expect(new URL(found[0]).pathname).toBe("/aioi/6-1-1/");
    expect(shards).toHaveLength(1);
    expect(shards[0].status).toBe(200);
    expect(shards[0].url).toMatch(/\/pagefind\/titles\/ja\/[0-9a-f]{2}\.json$/);
    await page.close();
  });

  it("loads the filter lists only when the filters are opened, and no web worker", async () => {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("関係人口")}`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(fetched.filter((u) => u.includes("/pagefind/filter/"))).toEqual([]);
    // The first results' download (docs/search.md, "Size and cost"): Pagefind searches on the
    // page's thread, without its worker script.
    expect(fetched.filter((u) => u.includes("pagefind-worker"))).toEqual([]);
    await page.click("#search-filters-box summary");
    await page.getByRole("checkbox", { name: "基本施策" }).waitFor();
    expect(fetched.filter((u) => u.includes("/pagefind/filter/")).length).toBeGreaterThan(0);
    await page.close();
  });

  it("filters alone list pages (a roadmap course, a document)", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?document=${encodeURIComponent("第6次相生市総合計画")}`);
    const paths = (await results(page)).map((u) => new URL(u).pathname);
    expect(paths).toContain("/aioi/6-1-3/");
    expect(paths).toContain("/aioi/kpi/");
    expect(paths.every((p) => p.startsWith("/aioi/"))).toBe(true);
    await page.close();
  });

  it("is usable with the keyboard: type, Enter, Tab to the results", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.focus("#search-q");
    await page.keyboard.type("ワーキンググループ");
    await page.keyboard.press("Enter");
    const hrefs = await results(page);
    expect(new URL(hrefs[0]).pathname).toBe("/jumin-jichi-refresh/");
    expect(await page.getAttribute("#search-status", "role")).toBe("status");
    expect(await page.getAttribute("#search-q", "id")).toBe(await page.getAttribute("label[for=search-q]", "for"));
    // The page does not scroll sideways at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it("says when nothing matches (not pages with a fragment of the word), and relaxes several words", async () => {
    const page = await context.newPage();
    // 新幹線 is on no page; Pagefind alone would return every page with 新 (Pagefind issue #1237).
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("新幹線")}`);
    expect(await results(page)).toEqual([]);
    expect(await page.textContent("#search-status")).toContain("見つかりませんでした");
    // No page has both words: the pages with either, and a note saying so.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("関係人口 地区ドック")}`);
    const paths = (await results(page)).map((u) => new URL(u).pathname);
    expect(paths).toEqual(expect.arrayContaining(["/aioi/6-1-1/", "/jumin-jichi-refresh/roadmap/course-1/"]));
    expect(await page.isVisible("#search-note")).toBe(true);
    await page.close();
  });

  it("without JavaScript offers the lists that lead to every page", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("関係人口")}`);
    expect(await page.isVisible("noscript p")).toBe(true);
    expect(await page.textContent("noscript p")).toContain("JavaScript");
    const links = await page.$$eval("#other-ways + ul a", (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toEqual(
      expect.arrayContaining([
        "/aioi/",
        "/aioi/numbers/",
        "/aioi/kpi/",
        "/jumin-jichi-refresh/",
        "/jumin-jichi-refresh/roadmap/",
        "/glossary/",
      ]),
    );
    await noJs.close();
  });

  it("works on a site built from another CONTENT_DIR, and finds a Japanese word in the untranslated text of English and Korean pages", async () => {
    const other = await serveStatic(fallbackDist);
    const page = await context.newPage();
    try {
      // The untranslated measure is found in English by its number…
      await page.goto(`${other.origin}/en/search/?q=${UNTRANSLATED_MEASURE}`);
      expect(new URL((await results(page))[0]).pathname).toBe(`/en/aioi/${UNTRANSLATED_MEASURE}/`);
      // …and by a Japanese word of its body, which the English page shows in Japanese: the result
      // says so, and the excerpt's Japanese is marked lang="ja" for screen readers.
      for (const [search, found, note] of [
        ["/en/search/", `/en/aioi/${UNTRANSLATED_MEASURE}/`, "Match in Japanese"],
        ["/ko/search/", `/ko/aioi/${UNTRANSLATED_MEASURE}/`, "Match in Japanese"],
        ["/search/", `/aioi/${UNTRANSLATED_MEASURE}/`, null],
      ] as const) {
        await page.goto(`${other.origin}${search}?q=${encodeURIComponent("減債基金")}`);
        expect(new URL((await results(page))[0]).pathname, search).toBe(found);
        const first = page.locator("#search-list .result").first();
        expect(await first.locator("mark").first().textContent()).toBe("減債基金");
        if (note) {
          expect(await first.locator("mark").first().getAttribute("lang")).toBe("ja");
          expect(await first.textContent()).toContain(note);
        } else {
          expect(await first.locator("[lang]").count()).toBe(0);
          expect(await first.textContent()).not.toContain("日本語の原文に一致");
        }
      }
      // English words still find English pages only through English text.
      await page.goto(`${other.origin}/en/search/?q=${encodeURIComponent("fiscal")}`);
      expect((await results(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
      await other.close();
    }
  });
});

describe("relevance set", () => {
  it(`finds the expected page first for at least ${MIN_TOP1 * 100}% of queries, in the first five for ${MIN_TOP5 * 100}%`, async () => {
    const report = await runRelevance(path.resolve(dist), { browser });
    const summary = formatReport(report);
    expect(report.queries).toBeGreaterThanOrEqual(40);
    expect(Object.keys(report.byLang).sort()).toEqual(["en", "ja"]);
    expect(report.top1Rate, summary).toBeGreaterThanOrEqual(MIN_TOP1);
    expect(report.top5Rate, summary).toBeGreaterThanOrEqual(MIN_TOP5);
  }, 120_000);
});

describe("an index in several bundles (large sites)", () => {
  // The seed site indexed in bundles of at most 4 pages (3 per language), as a site with more than
  // BUNDLE_PAGES pages per language is: the search page merges the language's extra bundles.
  // Built inside the working directory (node_modules/.cache), from a copy of dist/.
  const bundled = path.join(root, "node_modules", ".cache", "plan-e2e-bundles", "dist");

  beforeAll(async () => {
    rmSync(path.dirname(bundled), { recursive: true, force: true });
    cpSync(dist, bundled, { recursive: true });
    // Two workers, so that the bundles also run in parallel (the seed alone is indexed in-thread).
    const r = await indexSite(bundled, { bundlePages: 4, jobs: 2 });
    expect(r.bundles).toEqual({ en: 3, ja: 3 });
    expect(r.parallel).toBe(2);
  }, 60_000);

  afterAll(() => rmSync(path.dirname(bundled), { recursive: true, force: true }));

  it("writes the extra bundles and their manifest, without their own script or WebAssembly", () => {
    const manifest = JSON.parse(readFileSync(path.join(bundled, "pagefind", BUNDLES_FILE), "utf8")) as unknown;
    expect(manifest).toEqual({ en: ["b1/", "b2/"], ja: ["b1/", "b2/"] });
    expect(existsSync(path.join(bundled, "pagefind", "b1", "pagefind-entry.json"))).toBe(true);
    expect(existsSync(path.join(bundled, "pagefind", "b1", "pagefind.js"))).toBe(false);
    // One bundle per language (the seed as built): an empty manifest.
    expect(JSON.parse(readFileSync(path.join(dist, "pagefind", BUNDLES_FILE), "utf8"))).toEqual({});
  });

  it("finds the same pages as the one-bundle index, re-ranked across bundles", async () => {
    const one = await serveStatic(dist);
    const many = await serveStatic(bundled);
    const page = await context.newPage();
    try {
      for (const [lang, q] of [
        ["ja", "計画"],
        ["ja", "6-1-3"],
        ["ja", "関係人口 地区ドック"],
        ["en", "plan"],
      ]) {
        const run = async (origin: string) => {
          await page.goto(`${origin}${lang === "en" ? "/en" : ""}/search/`);
          await page.waitForFunction(() => window.planSearch !== undefined);
          return page.evaluate(async (word) => {
            const r = await window.planSearch!.search(word);
            const hits = [...r.hits];
            for (let more = r.hasMore; more;) {
              const m = await r.more();
              hits.push(...m.hits);
              more = m.hasMore;
            }
            return { total: r.total, urls: hits.map((h) => h.url), scores: r.hits.map((h) => h.score) };
          }, q);
        };
        const a = await run(one.origin);
        const b = await run(many.origin);
        expect(b.total, q).toBe(a.total);
        expect([...b.urls].sort(), q).toEqual([...a.urls].sort());
        // Each batch of results is in the engine's order, whatever bundle a page came from.
        expect(b.scores, q).toEqual([...b.scores].sort((x, y) => y - x));
      }
    } finally {
      await page.close();
      await one.close();
      await many.close();
    }
  });

  it("keeps the relevance set's hit rates (top-5 100%; top-1 at most one miss with 4-page bundles)", async () => {
    const report = await runRelevance(bundled, { browser });
    const summary = formatReport(report);
    expect(report.top5Rate, summary).toBeGreaterThanOrEqual(MIN_TOP5);
    // Pagefind scores each bundle with its own word statistics (BM25); with bundles of 4 pages
    // they differ most, and one query (6-1: the goal page vs the plan overview) can change places.
    expect(report.top1Rate * report.queries, summary).toBeGreaterThanOrEqual(report.queries - 1);
  }, 120_000);
});

describe("a third locale", () => {
  // The English pages copied to /ko/ with <html lang="ko">, as a configured third locale (code ko,
  // lang ko) would build them: it gets an index of its own, which its search page searches.
  const site = path.join(root, "node_modules", ".cache", "plan-e2e-ko", "dist");
  const locales = [
    { code: "ja", lang: "ja" },
    { code: "en", lang: "en" },
    { code: "ko", lang: "ko" },
  ];

  beforeAll(async () => {
    rmSync(path.dirname(site), { recursive: true, force: true });
    cpSync(dist, site, { recursive: true });
    const en = path.join(site, "en");
    for (const f of readdirSync(en, { recursive: true }) as string[]) {
      if (!f.endsWith(".html")) continue;
      const to = path.join(site, "ko", f);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, readFileSync(path.join(en, f), "utf8").replace('<html lang="en"', '<html lang="ko"'));
    }
    const r = await indexSite(site, { locales, jobs: 2 });
    expect(r.pages).toEqual({ ja: 12, en: 12, ko: 12 }); // the roadmap: an overview and 2 course pages
    expect(r.warnings).toEqual([]);
  }, 60_000);

  afterAll(() => rmSync(path.dirname(site), { recursive: true, force: true }));

  it("has its own index, searched from its own search page", async () => {
    const entry = JSON.parse(readFileSync(path.join(site, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["en", "ja", "ko"]);
    const server = await serveStatic(site);
    const page = await context.newPage();
    /** The result URLs of the search page under `prefix` for `q`. */
    const urlsFor = async (prefix: string, q: string) => {
      await page.goto(`${server.origin}${prefix}/search/`);
      await page.waitForFunction(() => window.planSearch !== undefined);
      return page.evaluate(async (word) => (await window.planSearch!.search(word)).hits.map((h) => h.url), q);
    };
    try {
      const ko = await urlsFor("/ko", "plan");
      const en = await urlsFor("/en", "plan");
      const ja = await urlsFor("", "計画");
      expect([ko.length, en.length, ja.length].every((n) => n > 0)).toBe(true);
      expect(ko.filter((u) => !u.startsWith("/ko/"))).toEqual([]);
      expect(en.filter((u) => !u.startsWith("/en/"))).toEqual([]);
      expect(ja.filter((u) => /^\/(en|ko)\//.test(u))).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it("fails on indexed pages in no configured locale", async () => {
    await expect(indexSite(site, { locales: locales.slice(0, 2) })).rejects.toThrow(
      /12 indexed page\(s\) in no configured locale \(ja, en\): ko\//,
    );
  });
});
