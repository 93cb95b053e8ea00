// Hostile content made harmless (docs/security.md). tests/fixtures/hostile is content a careless
// or malicious editor could commit — script and image tags, event-handler and attribute
// break-outs, javascript:/data: URLs and Markdown links to them, a 5 000-character word, 40
// main projects, 50 KPI rows, right-to-left override characters — all valid against the schema
// (the validator only warns). global-setup.ts builds it into a temporary dist; here Chromium
// checks that every text shows literally and inertly. The browser context ignores the site's
// CSP for these checks, so that they prove the escaping itself, not only the policy; a last
// check confirms the policy is not triggered either (nothing even tries to run).
// Content the validator must refuse (alias bomb, 10 MB file, duplicate key, wrong type deep in
// a roadmap) is tested in tests/unit/hostile.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cspViolations, launchChromium, recordingContext, waitForSearchResults } from "./browser.ts";
import { layoutProblems } from "./layout.ts";
import { builtPages, isSearchPage } from "./pages.ts";
import { hostileDist } from "./paths.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const pages = builtPages(hostileDist);
const MEASURE = "/hostile-plan/6-1-1/";
const KPIS = "/hostile-plan/6-1-2/";
/** The roadmap's course page, where the timeline and the table are. */
const ROADMAP = "/hostile-project/roadmap/course-1/";
const LONG = "0123456789".repeat(500);
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let dialogs: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(hostileDist), launchChromium()]);
  ({ context, dialogs } = await recordingContext(browser, { bypassCSP: true, viewport: { width: 1280, height: 900 } }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.origin + url, { waitUntil: "load" });
  return page;
}

const html = (url: string) =>
  readFileSync(path.join(hostileDist, url.endsWith(".html") ? url : path.join(url, "index.html")), "utf8");

describe("hostile content: nothing runs", () => {
  it("the hostile site has the pages the fixtures describe", () => {
    const urls = pages.map((p) => p.url);
    for (const u of [MEASURE, KPIS, ROADMAP, "/hostile-project/roadmap/", "/hostile-plan/kpi/", `/en${MEASURE}`])
      expect(urls).toContain(u);
  });

  it("no page opens a dialog or runs injected script, even with the CSP switched off", async () => {
    const page = await context.newPage();
    const ran: string[] = [];
    try {
      for (const p of pages) {
        await page.goto(server.origin + p.url, { waitUntil: "load" });
        // Hover and focus everything, so that onmouseover / onfocus would fire if they existed.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll("body *")) {
            el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
            (el as HTMLElement).focus?.();
          }
        });
        const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
        if (pwned !== undefined) ran.push(`${p.url}: window.__pwned = ${pwned}`);
      }
    } finally {
      await page.close();
    }
    expect(ran).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("no element, attribute or link comes from the content", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const doc = parse(html(p.url));
      for (const tag of ["img", "iframe", "object", "embed", "style", "marquee", "u", "b", "svg[onload]"])
        if (doc.querySelectorAll(`body ${tag}`).length > 0) problems.push(`${p.url}: <${tag}>`);
      if (!isSearchPage(p.url) && doc.querySelectorAll("script").length > 0) problems.push(`${p.url}: <script>`);
      for (const el of doc.querySelectorAll("*")) {
        for (const attr of Object.keys(el.attributes)) {
          if (/^on|^autofocus$|^data-x$/i.test(attr)) problems.push(`${p.url}: ${attr}= on <${el.rawTagName}>`);
        }
        const href = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
        if (/^\s*(javascript|data|vbscript):/i.test(href)) problems.push(`${p.url}: link to ${href.slice(0, 40)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the CSP is not triggered on any page (nothing even tries to run)", async () => {
    const { context: strict, dialogs: strictDialogs } = await recordingContext(browser);
    const page = await strict.newPage();
    const problems: string[] = [];
    try {
      for (const p of pages) {
        await page.goto(server.origin + p.url, { waitUntil: "load" });
        for (const v of await cspViolations(page)) problems.push(`${p.url}: ${v.directive} ${v.blocked}`);
      }
    } finally {
      await strict.close();
    }
    expect(problems).toEqual([]);
    expect(strictDialogs).toEqual([]);
  });
});

describe("hostile content: shown literally", () => {
  it("markup in titles and paragraphs is visible as text, in Japanese and English", async () => {
    const ja = await open(MEASURE);
    const en = await open(`/en${MEASURE}`);
    try {
      expect(await ja.locator("h1").innerText()).toContain("<script>alert(1)</script>");
      expect(await ja.title()).toContain("<script>alert(1)</script>");
      const main = await ja.locator("main").innerText();
      for (const t of [
        "<img src=x onerror=alert(1)> 画像タグを書いた段落です。",
        "javascript:alert(1) と data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== は文字として表示されます。",
        "[リンクのつもり](javascript:alert(1)) と [データ](data:text/html,<script>alert(1)</script>) も文字です。",
        "<iframe src=javascript:alert(1)></iframe>関連計画",
      ])
        expect(main).toContain(t);
      expect(await en.locator("h1").innerText()).toContain("<script>window.__pwned = 'measure title'</script>");
      expect(await en.locator("main").innerText()).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    } finally {
      await ja.close();
      await en.close();
    }
  });

  it("javascript: and data: URLs and Markdown links stay plain text, never links", async () => {
    const page = await open(MEASURE);
    try {
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
      expect(await page.getByText("[リンクのつもり](javascript:alert(1))").count()).toBe(1);
      expect(await page.locator("a", { hasText: "リンクのつもり" }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("text in SVG and in attributes is escaped (chart title, aria-label, <title>)", async () => {
    const chart = await open(MEASURE);
    const roadmap = await open(ROADMAP);
    const project = await open("/hostile-project/");
    try {
      expect(await chart.locator("figure.chart svg title").first().textContent()).toContain(
        "</title><script>alert(1)</script>グラフの名前",
      );
      expect(await chart.locator("table.kpi-table caption").first().textContent()).toContain("<b>%</b>");
      expect(await roadmap.locator(".timeline-scroll").first().getAttribute("aria-label")).toContain(
        '"><img src=x onerror=alert(1)>コース',
      );
      // A status note is text too, in the roadmap's plain table.
      expect(await roadmap.locator("table.roadmap-table .progress-report").first().innerText()).toContain(
        "<img src=x onerror=alert(1)>遅れの理由",
      );
      const title = '" onmouseover="alert(1)" data-x="プロジェクト';
      expect(await project.locator("h1").innerText()).toContain(title);
      expect(await project.title()).toContain(title);
    } finally {
      await Promise.all([chart.close(), roadmap.close(), project.close()]);
    }
  });

  it("right-to-left override and isolate characters are removed (the validator warns about them)", async () => {
    for (const p of pages) expect(BIDI.test(html(p.url)), p.url).toBe(false);
    const page = await open(MEASURE);
    const roadmap = await open(ROADMAP);
    try {
      // Without the override, the file name reads in its real order.
      expect(await page.locator("main").innerText()).toContain("請求書txt.exe と 隔離 は取り除かれます。");
      expect(await roadmap.locator("main").innerText()).toContain("市民への周知お知らせ");
    } finally {
      await Promise.all([page.close(), roadmap.close()]);
    }
  });
});

describe("hostile content: long and large", () => {
  it("a 5 000-character word wraps: no page overflows at 360 px (or 320 px)", async () => {
    const problems: string[] = [];
    for (const width of [360, 320]) {
      const narrow = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      const page = await narrow.newPage();
      try {
        for (const p of pages) {
          await page.goto(server.origin + p.url, { waitUntil: "load" });
          for (const problem of await page.evaluate(layoutProblems)) problems.push(`${width}px ${p.url}: ${problem}`);
        }
        await page.goto(server.origin + MEASURE);
        const para = page.locator("main p", { hasText: LONG });
        expect(await para.count()).toBe(1);
        const box = (await para.boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(width);
        expect(box.height, "the word is broken over many lines").toBeGreaterThan(500);
        expect((await para.innerText()).replace(/\s/g, "")).toBe(LONG);
      } finally {
        await narrow.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it("an action with 40 main projects shows all 40, in order", async () => {
    const page = await open(MEASURE);
    try {
      const items = page.locator("#action-1 .main-projects li");
      expect(await items.count()).toBe(40);
      const texts = await items.allInnerTexts();
      expect(texts).toEqual(Array.from({ length: 40 }, (_, i) => `主な事業 第${i + 1}号（全40件のうち${i + 1}件目）`));
      for (let i = 0; i < 40; i++) expect(await items.nth(i).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("50 KPI rows: every one has its table and chart on the measure page and a row on the dashboard", async () => {
    const measure = await open(KPIS);
    const dashboard = await open("/hostile-plan/kpi/");
    try {
      expect(await measure.locator("table.kpi-table").count()).toBe(50);
      expect(await measure.locator("figure.chart svg[role=img]").count()).toBe(50);
      const rows = await dashboard.locator("main table.dashboard tbody tr").allInnerTexts();
      for (let i = 1; i <= 50; i++) {
        expect(await measure.getByText(`めざそう値 第${i}行（全50行）`, { exact: true }).first().isVisible()).toBe(
          true,
        );
        expect(
          rows.filter((r) => r.includes(`めざそう値 第${i}行（全50行）`)),
          `dashboard row ${i}`,
        ).toHaveLength(1);
      }
      expect(rows).toHaveLength(51); // and the one KPI of 6-1-1
    } finally {
      await Promise.all([measure.close(), dashboard.close()]);
    }
  });
});

describe("hostile content: search", () => {
  it("results and the echoed query show markup as text, and run nothing", async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const page = await narrow.newPage();
    const seen: string[] = [];
    page.on("dialog", (d) => {
      seen.push(d.message());
      void d.dismiss().catch(() => {});
    });
    try {
      for (const q of [
        "alert",
        `<img src=x onerror="window.__pwned = 'query'">`,
        `"><script>window.__pwned = 'q'</script>`,
      ]) {
        await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
        if (q === "alert") {
          expect(await waitForSearchResults(page)).toBeGreaterThan(0);
          const results = await page.locator("main [data-search-results]").innerText();
          expect(results).toContain("<script>alert(1)</script>");
        } else {
          await page.waitForLoadState("networkidle");
        }
        expect(await page.locator("#search-q, main input[name=q]").first().inputValue()).toBe(q);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
        expect(await page.locator("main img, main iframe, main script:not([src])").count()).toBe(0);
        expect(await page.evaluate(layoutProblems), q).toEqual([]);
      }
    } finally {
      await narrow.close();
    }
    expect(seen).toEqual([]);
  });
});
