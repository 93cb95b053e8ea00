// A measure page on paper (A4 portrait, Chromium's print to PDF): at most two pages with its KPI
// tables and charts, no near-empty last page, no navigation, and the address of each link in
// the content written after it. The PDFs and a print-media screenshot of each page go to
// test-results/print/ (git-ignored) for a person to look at.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { builtPages } from "./pages.ts";
import { dist, fallbackDist, KPI_SAMPLES_MEASURE, root } from "./paths.ts";
import { readPdf } from "./pdf.ts";
import type { PrintedPdf } from "./pdf.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const MEASURE_PAGE = /^\/(en\/)?[^/]+\/\d+(-\d+)+\/$/;
const out = path.join(root, "test-results", "print");
/** Below this share of its height a last page is "near-empty" (a line or two of text). */
const MIN_LAST_PAGE_FILL = 0.2;

interface Printed {
  url: string;
  pdf: PrintedPdf;
  /** KPI tables and charts laid out in print (not display: none), and how many there are. */
  kpis: { tables: number; charts: number; shownTables: number; shownCharts: number };
  /** Whether the site navigation, header and footer are hidden in print. */
  navHidden: boolean;
  /** Links in the content: href and the text printed after them. */
  links: Array<{ href: string; after: string }>;
}

let browser: Browser;
const servers: StaticServer[] = [];

async function printPage(page: Page, origin: string, url: string, name: string): Promise<Printed> {
  await page.goto(origin + url, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  writeFileSync(path.join(out, `${name}.pdf`), pdf);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  const shown = (sel: string) =>
    page.$$eval(sel, (els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0).length);
  const printed: Printed = {
    url,
    pdf: await readPdf(pdf),
    kpis: {
      tables: await page.locator(".kpi-table").count(),
      charts: await page.locator("figure.chart svg").count(),
      shownTables: await shown(".kpi-table"),
      shownCharts: await shown("figure.chart svg"),
    },
    navHidden: await page.$$eval(".site-header, .site-nav, .site-footer, .breadcrumbs", (els) =>
      els.every((e) => getComputedStyle(e).display === "none"),
    ),
    links: await page.$$eval("main a[href]", (els) =>
      els
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => ({ href: (a as HTMLAnchorElement).href, after: getComputedStyle(a, "::after").content })),
    ),
  };
  await page.emulateMedia({ media: "screen" });
  return printed;
}

const seed: Printed[] = [];
let samples: Printed[] = [];
/** Listing pages: their content is links (a measure page's content has none yet). */
let listings: Printed[] = [];

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  const [site, fallback] = await Promise.all([serveStatic(dist), serveStatic(fallbackDist)]);
  servers.push(site, fallback);
  browser = await launchChromium();
  const page = await browser.newPage();
  for (const { url } of builtPages(dist).filter((p) => MEASURE_PAGE.test(p.url))) {
    seed.push(await printPage(page, site.origin, url, url.replaceAll("/", "_").replace(/^_|_$/g, "")));
  }
  listings = [
    await printPage(page, site.origin, "/aioi/", "aioi"),
    await printPage(page, site.origin, "/en/aioi/goals/6/", "en_aioi_goals_6"),
  ];
  samples = [
    await printPage(page, fallback.origin, `/aioi/${KPI_SAMPLES_MEASURE}/`, `fallback_aioi_${KPI_SAMPLES_MEASURE}`),
    await printPage(
      page,
      fallback.origin,
      `/en/aioi/${KPI_SAMPLES_MEASURE}/`,
      `fallback_en_aioi_${KPI_SAMPLES_MEASURE}`,
    ),
  ];
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe("a measure page printed on A4 portrait (test-results/print/)", () => {
  it("every seed measure page prints on at most two pages", () => {
    expect(seed.length).toBeGreaterThanOrEqual(6);
    expect(seed.filter((p) => p.pdf.pages > 2).map((p) => `${p.url}: ${p.pdf.pages} pages`)).toEqual([]);
  });

  it("no printed measure ends on a near-empty page", () => {
    const all = [...seed, ...samples];
    expect(
      all
        .filter((p) => p.pdf.pages > 1 && p.pdf.lastPageFill < MIN_LAST_PAGE_FILL)
        .map((p) => `${p.url}: last of ${p.pdf.pages} pages ${Math.round(p.pdf.lastPageFill * 100)}% full`),
    ).toEqual([]);
  });

  it("KPI tables and charts are printed, not hidden", () => {
    for (const p of [...seed, ...samples]) {
      expect(p.kpis.tables, p.url).toBeGreaterThan(0);
      expect(p.kpis, p.url).toEqual({
        tables: p.kpis.tables,
        charts: p.kpis.tables,
        shownTables: p.kpis.tables,
        shownCharts: p.kpis.tables,
      });
    }
    // …and their figures are on paper: the first KPI's caption.
    for (const p of seed) expect(p.pdf.text.join("")).toMatch(/(基準値|Baseline)/);
  });

  it("the measure with 17 KPIs prints on at most 8 pages", () => {
    // 6-1-4 (tests/fixtures/kpi-directions) is longer than any real measure: it cannot fit on
    // two pages, but its KPIs must not spread out either.
    for (const p of samples) {
      expect(p.kpis.tables, p.url).toBe(17);
      expect(p.pdf.pages, p.url).toBeLessThanOrEqual(8);
    }
  });

  it("the navigation, header and footer are not printed", () => {
    for (const p of [...seed, ...samples, ...listings]) expect(p.navHidden, p.url).toBe(true);
  });

  it("a link in the content is printed with its full address after it", () => {
    const links = [...seed, ...listings].flatMap((p) => p.links.map((l) => ({ ...l, page: p.url })));
    const local = links.filter((l) => l.href.startsWith(servers[0].origin));
    expect(local.length).toBeGreaterThan(10);
    for (const l of links) {
      // A link to the site itself prints as the site's public address (SITE_URL, not the test
      // server's), anything else as it is; in-page links (#…) print nothing.
      const url = new URL(l.href);
      const shown = url.hash && url.pathname === new URL(l.page, url).pathname ? null : url.pathname + url.hash;
      if (shown === null) continue;
      expect(l.after, `${l.page}: ${l.href}`).toMatch(/^" \(https:\/\/[^/]+\//);
      expect(l.after, `${l.page}: ${l.href}`).toContain(l.href.startsWith(servers[0].origin) ? shown : l.href);
    }
  });
});
