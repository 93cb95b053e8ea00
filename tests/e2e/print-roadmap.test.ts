// Printing the roadmap, as Chromium prints to PDF (page.pdf() with the CSS page size): every
// roadmap page on A4 landscape, the course's timeline grid printed (not only the table), few
// sheets, and no sheet nearly empty — the first one least of all (issue #11: 7 portrait pages,
// the first nearly empty, no grid). A sheet's fill is measured by its text-drawing operators,
// read from the PDF's page content streams (src of truth: the PDF bytes, no PDF library).
import { inflateSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { dist } from "./paths.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const ROADMAP = "/jumin-jichi-refresh/roadmap/";
/** A4 landscape in PDF points (297 × 210 mm). */
const A4_LANDSCAPE = [842, 595];

interface PdfPage {
  /** Width and height in points. */
  size: [number, number];
  /** Text-drawing operators (Tj, TJ) in the page's content stream. */
  texts: number;
}

/** The pages of a PDF as Chromium (Skia) writes it: uncompressed page objects, Flate content streams. */
function pdfPages(pdf: Buffer): PdfPage[] {
  const s = pdf.toString("latin1");
  return [...s.matchAll(/\/Type \/Page\n/g)].map((m) => {
    const body = s.slice(m.index, s.indexOf("endobj", m.index));
    const box = /\/MediaBox \[([^\]]*)\]/.exec(body)![1].split(/\s+/).map(Number);
    const ref = /\/Contents (\d+) 0 R/.exec(body)![1];
    const obj = new RegExp(`\\n${ref} 0 obj\\s*<<([\\s\\S]*?)>>\\s*stream\\r?\\n`).exec(s)!;
    const length = Number(/\/Length (\d+)/.exec(obj[1])![1]);
    const start = obj.index + obj[0].length;
    const content = inflateSync(pdf.subarray(start, start + length)).toString("latin1");
    return {
      size: [Math.round(box[2] - box[0]), Math.round(box[3] - box[1])],
      texts: content.match(/T[jJ]\b/g)?.length ?? 0,
    };
  });
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const printed = new Map<string, PdfPage[]>();

async function print(url: string): Promise<PdfPage[]> {
  if (!printed.has(url)) {
    await page.goto(server.origin + url);
    printed.set(url, pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  }
  return printed.get(url)!;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("printing the roadmap", () => {
  const urls = [ROADMAP, `${ROADMAP}course-1/`, `${ROADMAP}course-2/`, `/en${ROADMAP}course-1/`];

  it("prints every roadmap page on A4 landscape", async () => {
    for (const url of urls) {
      const pages = await print(url);
      expect(pages.length, url).toBeGreaterThan(0);
      for (const p of pages) expect(p.size, url).toEqual(A4_LANDSCAPE);
    }
  });

  it("prints the timeline grid, laid out as on screen (years side by side), not only the table", async () => {
    await page.goto(`${server.origin}${ROADMAP}course-1/`);
    await page.emulateMedia({ media: "print" });
    try {
      const grid = await page.evaluate(() => {
        const tl = document.querySelector(".timeline")!;
        const years = [...tl.querySelectorAll(".tl-year")].map((y) => y.getBoundingClientRect());
        return {
          shown: getComputedStyle(tl.closest(".timeline-scroll")!).display !== "none",
          display: getComputedStyle(tl).display,
          sameRow: years.every((r) => Math.abs(r.top - years[0].top) < 1),
          // Printed, nothing may be cut off to the right of the sheet (no scrolling on paper).
          fits: tl.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
          bars: tl.querySelectorAll(".tl-bar").length,
        };
      });
      expect(grid).toEqual({ shown: true, display: "grid", sameRow: true, fits: true, bars: grid.bars });
      expect(grid.bars).toBeGreaterThan(10);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it("takes few sheets: the overview at most 2, a course of the seed at most 6 (was 7 for the whole roadmap)", async () => {
    expect((await print(ROADMAP)).length).toBeLessThanOrEqual(2);
    for (const c of ["course-1", "course-2"]) expect((await print(`${ROADMAP}${c}/`)).length, c).toBeLessThanOrEqual(6);
  });

  it("leaves no sheet nearly empty: the first is well filled, and only the last may be short", async () => {
    for (const url of urls) {
      const pages = await print(url);
      const counts = pages.map((p) => p.texts);
      const fullest = Math.max(...counts);
      expect(counts[0], `${url}: first sheet ${counts.join(" ")}`).toBeGreaterThanOrEqual(fullest * 0.4);
      for (const c of counts.slice(0, -1))
        expect(c, `${url}: ${counts.join(" ")}`).toBeGreaterThanOrEqual(fullest * 0.25);
    }
  });
});
