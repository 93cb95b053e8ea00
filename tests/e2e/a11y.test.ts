// Accessibility (JIS X 8341-3:2016 level AA = WCAG 2.0 AA; checked against WCAG 2.2 AA rules),
// on the built site in Chromium. See docs/accessibility.md for what each check covers.
//   1. axe-core on every built page, both languages (and the search page with results): no
//      violations of the wcag2a/2aa/21a/21aa/22aa rules.
//      Also the fallback build's pages with roadmap progress and a git history (section 6).
//   2. What axe cannot see: a keyboard-only walk (skip link, focus order, visible focus, the
//      scrollable roadmap region), heading levels, table captions and header cells, the KPI
//      chart's text alternative as Chromium computes it, the roadmap as a plain table, reflow at
//      200 % zoom and 320 px, and text spacing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser, BrowserContext, JSHandle, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSource, launchChromium, waitForSearchResults } from "./browser.ts";
import { layoutProblems } from "./layout.ts";
import { builtPages, isSearchPage, SEARCH_WITH_RESULTS } from "./pages.ts";
import { dist, fallbackDist, hostileDist } from "./paths.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const pages = builtPages(dist);
const MEASURE = "/aioi/6-1-1/";
/** A roadmap course page: the timeline and the table (the overview only links to them). */
const ROADMAP = "/jumin-jichi-refresh/roadmap/course-1/";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------------------------
// 1. axe-core

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** Violations as a reader wants them: rule, impact, what to do, where, and why. */
function formatViolations(url: string, vs: AxeViolation[]): string {
  return vs
    .map((v) =>
      [
        `${url}: ${v.id} (${v.impact ?? "?"}) — ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes
          .slice(0, 5)
          .flatMap((n) => [
            `  • ${n.target.join(" ")}`,
            `    ${n.html.slice(0, 160)}`,
            ...(n.failureSummary ?? "").split("\n").map((l) => `    ${l}`),
          ]),
        v.nodes.length > 5 ? `  … and ${v.nodes.length - 5} more` : "",
      ].join("\n"),
    )
    .join("\n\n");
}

describe("axe-core (WCAG 2.2 A/AA rules) on every page", () => {
  const urls = [...pages.map((p) => p.url), ...SEARCH_WITH_RESULTS];

  it("covers both languages, the 404 page and the search page", () => {
    expect(urls).toContain("/404.html");
    expect(urls.filter((u) => u.startsWith("/en/")).length).toBeGreaterThan(10);
    expect(urls.some(isSearchPage)).toBe(true);
    expect(
      existsSync(path.join(dist, "pagefind", "pagefind.js")),
      "dist/pagefind/: astro build indexes the site (src/integrations/search.ts)",
    ).toBe(true);
  });

  it.concurrent.each(urls)("%s", async (url) => {
    const page = await context.newPage();
    try {
      await page.goto(server.origin + url);
      if (url.includes("?q=")) await waitForSearchResults(page);
      const violations = await axe(page);
      expect(violations.length, formatViolations(url, violations)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Keyboard

interface Focused {
  region: string;
  desc: string;
  visible: boolean;
  outline: string;
  boxShadow: string;
}

const focusInfo = () => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const region = el.closest(".skip-link")
    ? "skip"
    : el.closest("form[role=search]")
      ? "search"
      : el.closest(".lang-switch")
        ? "lang"
        : el.closest(".site-nav")
          ? "nav"
          : el.closest("header")
            ? "header"
            : el.closest("main")
              ? "main"
              : el.closest("footer")
                ? "footer"
                : "other";
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return {
    region,
    desc: `<${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""}> ${(el.textContent ?? "").trim().slice(0, 40)}`,
    visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    boxShadow: s.boxShadow,
  };
};

/**
 * Presses Tab from the top of a freshly loaded page until focus leaves the document, and
 * returns each focused element with its focused style and its style once focus has moved on.
 */
async function tabWalk(page: Page, url: string, max = 400) {
  await page.goto(server.origin + url);
  const steps: Array<Focused & { unfocused: { outline: string; boxShadow: string } }> = [];
  let prev: JSHandle<Element | null> | null = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (prev && steps.length > 0) {
      steps[steps.length - 1].unfocused = await prev.evaluate((el) => {
        const s = getComputedStyle(el!);
        return {
          outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          boxShadow: s.boxShadow,
        };
      });
    }
    const info = await page.evaluate(focusInfo);
    if (!info || (steps.length > 0 && info.region === "skip")) break; // left the page, or wrapped round
    steps.push({ ...info, unfocused: { outline: "?", boxShadow: "?" } });
    prev = await page.evaluateHandle(() => document.activeElement);
  }
  return steps;
}

/** Region sequence with repeats collapsed: skip, header, search, … */
const collapse = (xs: string[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);

describe("keyboard only", () => {
  for (const url of [MEASURE, ROADMAP, `/en${MEASURE}`]) {
    it(`${url}: the first Tab reaches the skip link, which moves focus to <main>`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(server.origin + url);
        await page.keyboard.press("Tab");
        const first = await page.evaluate(focusInfo);
        expect(first?.region).toBe("skip");
        expect(first?.visible, "the skip link is on screen when focused").toBe(true);
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.activeElement?.id === "main");
        expect(new URL(page.url()).hash).toBe("#main");
        // The next Tab continues inside the main content, not back in the header.
        await page.keyboard.press("Tab");
        expect((await page.evaluate(focusInfo))?.region).toBe("main");
      } finally {
        await page.close();
      }
    });

    it(`${url}: focus order is header → search → language → menu → main → footer, every stop visibly marked`, async () => {
      const page = await context.newPage();
      try {
        const steps = await tabWalk(page, url);
        const regions = collapse(steps.map((s) => s.region));
        expect(regions, steps.map((s) => `${s.region} ${s.desc}`).join("\n")).toEqual([
          "skip",
          "header",
          "search",
          "lang",
          "nav",
          "main",
          "footer",
        ]);
        const unmarked = steps.filter(
          (s) =>
            !s.visible ||
            !(
              (s.outline !== "none" && parseFloat(s.outline.split(" ")[1]) >= 2 && s.outline !== s.unfocused.outline) ||
              (s.boxShadow !== "none" && s.boxShadow !== s.unfocused.boxShadow)
            ),
        );
        expect(
          unmarked.map(
            (s) =>
              `${s.desc}: visible ${s.visible}, focused ${s.outline} / ${s.boxShadow}, unfocused ${s.unfocused.outline} / ${s.unfocused.boxShadow}`,
          ),
        ).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("the roadmap's scrolling timeline is reached by Tab and scrolls with the arrow keys", async () => {
    const narrow = await browser.newContext({ viewport: { width: 480, height: 800 } });
    const page = await narrow.newPage();
    try {
      await page.goto(server.origin + ROADMAP);
      let found = false;
      for (let i = 0; i < 200 && !found; i++) {
        await page.keyboard.press("Tab");
        found = await page.evaluate(() => document.activeElement?.classList.contains("timeline-scroll") ?? false);
      }
      expect(found, "Tab reaches .timeline-scroll").toBe(true);
      const before = await page.evaluate(() => {
        const el = document.activeElement!;
        return { left: el.scrollLeft, overflow: el.scrollWidth - el.clientWidth, name: el.getAttribute("aria-label") };
      });
      expect(before.overflow, "the timeline is wider than its region at 480 px").toBeGreaterThan(100);
      expect(before.name).toBeTruthy();
      // Keyboard scrolling is animated (smooth scrolling): wait for it to move.
      const scrollLeft = () => page.evaluate(() => document.activeElement!.scrollLeft);
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      await expect.poll(scrollLeft, { timeout: 3000 }).toBeGreaterThan(before.left);
      await page.keyboard.press("End");
      await expect.poll(scrollLeft, { timeout: 3000 }).toBeGreaterThanOrEqual(before.overflow - 5);
      // Let the animated scroll to the end settle, or it swallows the next key presses.
      let end = await scrollLeft();
      for (let settled = 0; settled < 3;) {
        await page.waitForTimeout(100);
        const now = await scrollLeft();
        settled = now === end ? settled + 1 : 0;
        end = now;
      }
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
      await expect.poll(scrollLeft, { timeout: 3000 }).toBeLessThan(end);
    } finally {
      await narrow.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Structure (static HTML, every page of the site and of the hostile-content site)

const structurePages = [
  ...pages.map((p) => ({ ...p, site: "site" })),
  ...builtPages(hostileDist).map((p) => ({ ...p, site: "hostile" })),
];

describe("structure", () => {
  it("headings: one h1, first, and no skipped levels on every page", () => {
    const problems: string[] = [];
    for (const p of structurePages) {
      const doc = parse(readFileSync(p.file, "utf8"));
      const levels = doc.querySelectorAll("h1, h2, h3, h4, h5, h6").map((h) => Number(h.tagName[1]));
      if (levels.filter((l) => l === 1).length !== 1)
        problems.push(`${p.site} ${p.url}: ${levels.filter((l) => l === 1).length} h1`);
      if (levels[0] !== 1) problems.push(`${p.site} ${p.url}: first heading is h${levels[0]}`);
      levels.forEach((l, i) => {
        if (i > 0 && l > levels[i - 1] + 1) problems.push(`${p.site} ${p.url}: h${levels[i - 1]} → h${l}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("tables: every <table> has a caption and header cells with scope", () => {
    const problems: string[] = [];
    let tables = 0;
    for (const p of structurePages) {
      for (const [i, table] of parse(readFileSync(p.file, "utf8")).querySelectorAll("table").entries()) {
        tables++;
        const where = `${p.site} ${p.url} table ${i + 1}`;
        const caption = table.querySelector("caption");
        if (!caption || caption.text.trim() === "") problems.push(`${where}: no caption`);
        const ths = table.querySelectorAll("th");
        if (ths.length === 0) problems.push(`${where}: no header cells`);
        for (const th of ths)
          if (!["col", "row", "colgroup", "rowgroup"].includes(th.getAttribute("scope") ?? ""))
            problems.push(`${where}: <th> "${th.text.trim().slice(0, 30)}" without scope`);
        if (table.querySelectorAll("thead th").length === 0) problems.push(`${where}: no column headers`);
      }
    }
    expect(tables).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it("the roadmap data is also a plain table: every bar of the timeline (activity and status) is in the course's table", () => {
    const course2 = "/jumin-jichi-refresh/roadmap/course-2/";
    for (const url of [ROADMAP, `/en${ROADMAP}`, course2, `/en${course2}`]) {
      const doc = parse(readFileSync(path.join(dist, url, "index.html"), "utf8"));
      const courses = doc.querySelectorAll("section.course");
      expect(courses.length).toBeGreaterThan(0);
      for (const course of courses) {
        const table = course.querySelector("table.roadmap-table");
        expect(table, `${url} #${course.id}`).not.toBeNull();
        // Translation tags sit between an activity and its status: compare without them, on both sides.
        table!.querySelectorAll(".tag").forEach((n) => n.remove());
        const tableText = table!.text.replace(/\s+/g, " ");
        for (const bar of course.querySelectorAll(".tl-bar")) {
          bar.querySelectorAll(".visually-hidden, .tag").forEach((n) => n.remove());
          expect(tableText, `${url} #${course.id}`).toContain(bar.text.replace(/\s+/g, " ").trim());
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The KPI chart's name and description, as Chromium's accessibility tree has them

describe("KPI chart", () => {
  interface AXNode {
    role?: { value: string };
    name?: { value: string };
    description?: { value: string };
    ignored?: boolean;
  }

  for (const url of [MEASURE, `/en${MEASURE}`]) {
    it(`${url}: every chart (svg role=img) has a name and a text alternative with the figures`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(server.origin + url);
        const cdp = await context.newCDPSession(page);
        const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
        const images = nodes.filter((n) => !n.ignored && ["image", "img"].includes(n.role?.value ?? ""));
        const charts = await page.locator("figure.chart svg[role=img]").count();
        expect(charts).toBeGreaterThan(0);
        expect(images.length).toBe(charts);
        const figures = parse(readFileSync(path.join(dist, url, "index.html"), "utf8"))
          .querySelectorAll("table.kpi-table td")
          .map((td) => td.text.trim())
          .filter((t) => /^[\d.]+/.test(t));
        for (const img of images) {
          expect(img.name?.value ?? "").not.toBe("");
          const description = img.description?.value ?? "";
          expect(description.length).toBeGreaterThan(20);
          expect(
            figures.some((f) => description.includes(f)),
            description,
          ).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Reflow and text spacing

describe("reflow", () => {
  const viewports = [
    // 1280 CSS px at 200 % zoom: 640 CSS px, drawn with twice the pixels.
    { label: "200 % zoom (640 px)", viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 },
    // WCAG 1.4.10: 320 CSS px wide without scrolling in two directions.
    { label: "320 px", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  ];
  for (const v of viewports) {
    it(`${v.label}: no page scrolls sideways and no text is cut off (tables and the timeline scroll on their own)`, async () => {
      const ctx = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
      const page = await ctx.newPage();
      const problems: string[] = [];
      try {
        for (const p of pages) {
          await page.goto(server.origin + p.url);
          for (const problem of await page.evaluate(layoutProblems)) problems.push(`${p.url}: ${problem}`);
        }
      } finally {
        await ctx.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it("WCAG 1.4.12 text spacing: nothing is cut off with wider line, letter, word and paragraph spacing", async () => {
    // The test style sheet is injected, so this context ignores the site's CSP.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await ctx.newPage();
    const problems: string[] = [];
    try {
      for (const p of pages) {
        await page.goto(server.origin + p.url);
        await page.addStyleTag({
          content:
            "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
        });
        for (const problem of await page.evaluate(layoutProblems)) problems.push(`${p.url}: ${problem}`);
      }
    } finally {
      await ctx.close();
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Roadmap progress and history pages with content (the fallback build: statuses reported,
//    two commits; fallback-content.ts), in its three locales: axe, and reflow at 320 px.

describe("pages with roadmap progress and a history (fallback build)", () => {
  const urls = ["", "/en", "/ko"].flatMap((l) =>
    [
      "/",
      "/jumin-jichi-refresh/",
      "/jumin-jichi-refresh/roadmap/",
      "/jumin-jichi-refresh/roadmap/course-1/",
      "/aioi/history/",
      "/jumin-jichi-refresh/history/",
    ].map((u) => `${l}${u}`),
  );
  let fallback: StaticServer;
  beforeAll(async () => {
    fallback = await serveStatic(fallbackDist);
  });
  afterAll(async () => {
    await fallback?.close();
  });

  it.concurrent.each(urls)("axe: %s", async (url) => {
    const page = await context.newPage();
    try {
      await page.goto(fallback.origin + url);
      const violations = await axe(page);
      expect(violations.length, formatViolations(url, violations)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("320 px: no page scrolls sideways and no text is cut off", async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    const problems: string[] = [];
    try {
      for (const url of urls) {
        await page.goto(fallback.origin + url);
        for (const problem of await page.evaluate(layoutProblems)) problems.push(`${url}: ${problem}`);
      }
    } finally {
      await ctx.close();
    }
    expect(problems).toEqual([]);
  });
});
