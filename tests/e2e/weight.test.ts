// Page weight, as Chromium loads each built page: the bytes of HTML, CSS and JavaScript (and
// anything else, e.g. the search index) it fetches, uncompressed. Written to
// test-results/weight.json (git-ignored) for comparing builds, and held to budgets:
//   - no page but the search pages loads any JavaScript;
//   - a measure page's HTML is at most 40 KB (it must not grow with the number of measures);
//   - a roadmap page's HTML is at most 200 KB (a course page holds at most 20 items, whatever the
//     project's size: src/lib/roadmap-pages.ts; measured on the synthetic sites in docs/performance.md);
//   - each page loads at most 15 KB of CSS.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, waitForSearchResults } from "./browser.ts";
import { builtPages, isSearchPage, SEARCH_WITH_RESULTS } from "./pages.ts";
import { dist, root } from "./paths.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const KB = 1024;
const BUDGET = { measureHtml: 40 * KB, roadmapHtml: 200 * KB, css: 15 * KB };
const MEASURE_PAGE = /^\/(en\/)?[^/]+\/\d+(-\d+)+\/$/;
const ROADMAP_PAGE = /^\/(en\/)?[^/]+\/roadmap\//;

interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  /** Fonts, images, JSON, WebAssembly, search index chunks… */
  other: number;
  requests: number;
  files: Array<{ path: string; type: string; bytes: number }>;
}

let server: StaticServer;
let browser: Browser;
const weights: PageWeight[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  const context = await browser.newContext();
  // What the current page has fetched; the listeners write to whatever these hold at the time.
  let files: PageWeight["files"] = [];
  let pending: Array<Promise<void>> = [];
  const record = (page: Page) =>
    page.on("response", (res) => {
      const list = files;
      pending.push(
        res
          .body()
          .then(
            (body) =>
              void list.push({
                path: new URL(res.url()).pathname,
                type: res.request().resourceType(),
                bytes: body.length,
              }),
          )
          .catch(() => {}),
      );
    });
  // One page for the pages without scripts; a fresh one for each search page, closed after,
  // so that its web worker's requests cannot be counted against the next page.
  const shared = await context.newPage();
  record(shared);
  const urls = [...builtPages(dist).map((p) => p.url), ...SEARCH_WITH_RESULTS];
  for (const url of urls) {
    [files, pending] = [[], []];
    const own = isSearchPage(url) ? await context.newPage() : null;
    if (own) record(own);
    const page = own ?? shared;
    await page.goto(server.origin + url, { waitUntil: "load" });
    if (url.includes("?q=")) await waitForSearchResults(page);
    else if (own) await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    await own?.close();
    const sum = (pred: (f: PageWeight["files"][number]) => boolean) =>
      files.filter(pred).reduce((n, f) => n + f.bytes, 0);
    const isJs = (f: PageWeight["files"][number]) => f.type === "script" || /\.m?js$/.test(f.path);
    weights.push({
      url,
      html: sum((f) => f.type === "document"),
      css: sum((f) => f.type === "stylesheet"),
      js: sum(isJs),
      other: sum((f) => f.type !== "document" && f.type !== "stylesheet" && !isJs(f)),
      requests: files.length,
      files,
    });
  }
  await context.close();
  const out = path.join(root, "test-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "weight.json"), JSON.stringify({ budget: BUDGET, pages: weights }, null, 2) + "\n");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("page weight (test-results/weight.json)", () => {
  it("records every page", () => {
    expect(weights.length).toBeGreaterThanOrEqual(builtPages(dist).length);
    for (const w of weights) expect(w.html, w.url).toBeGreaterThan(0);
  });

  it("no page but the search pages loads JavaScript", () => {
    const offenders = weights
      .filter((w) => !isSearchPage(w.url) && w.js > 0)
      .map(
        (w) =>
          `${w.url}: ${w.files
            .filter((f) => f.type === "script")
            .map((f) => f.path)
            .join(", ")}`,
      );
    expect(offenders).toEqual([]);
  });

  it("measure pages are at most 40 KB of HTML", () => {
    const measures = weights.filter((w) => MEASURE_PAGE.test(w.url));
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.filter((w) => w.html > BUDGET.measureHtml).map((w) => `${w.url}: ${w.html} bytes`)).toEqual([]);
  });

  it("roadmap pages (overview and course pages) are at most 200 KB of HTML", () => {
    const roadmaps = weights.filter((w) => ROADMAP_PAGE.test(w.url));
    expect(roadmaps.length).toBeGreaterThanOrEqual(3);
    expect(roadmaps.filter((w) => w.html > BUDGET.roadmapHtml).map((w) => `${w.url}: ${w.html} bytes`)).toEqual([]);
  });

  it("every page loads at most 15 KB of CSS", () => {
    expect(weights.filter((w) => w.css > BUDGET.css).map((w) => `${w.url}: ${w.css} bytes of CSS`)).toEqual([]);
    for (const w of weights) expect(w.css, w.url).toBeGreaterThan(0);
  });
});
