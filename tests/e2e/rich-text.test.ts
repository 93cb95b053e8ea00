// Markdown in paragraph-like texts, on the built sites: the allowed link, **strong** and list
// work; the attacks of the hostile fixture's notes (measure 6-1-1) are shown as text and make no
// element or link; a related plan with a url links its name (fallback site); search reads the
// words, not the syntax.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, waitForSearchResults } from "./browser.ts";
import { fallbackDist, hostileDist, RELATED_PLAN_URL } from "./paths.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

/** The hostile measure page with the notes. */
const notes = () => ({
  doc: parse(readFileSync(path.join(hostileDist, "hostile-plan", "6-1-1", "index.html"), "utf8")),
});

describe("Markdown in the hostile fixture's notes", () => {
  it("makes the allowed link, **strong** and bullet list", () => {
    const { doc } = notes();
    const ok = doc.querySelectorAll("main a").find((a) => a.text === "正しいリンク");
    expect(ok?.getAttribute("href")).toBe("https://example.jp/ok");
    expect(doc.querySelectorAll("main strong").map((s) => s.text)).toContain("太字");
    const item = doc.querySelectorAll("main ul li").find((li) => li.text.includes("Kayakmap"));
    expect(item?.querySelector("a")?.getAttribute("href")).toBe("https://example.jp/kayak");
  });

  it("shows every attack as the text it was written as, with no element or link made from it", () => {
    const { doc } = notes();
    const text = doc.querySelector("main")!.text;
    for (const t of [
      `<img src=x onerror="window.__pwned = 'md img'">`,
      "[クリック](JAVASCRIPT:window.__pwned='md_js')",
      "<https://evil.example/autolink>",
      "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
      "[[内側](javascript:alert(1))](https://example.jp/outer)",
      "[データ][d]",
      "[d]: data:text/html,<script>window.__pwned='ref'</script>",
      "<script>window.__pwned = 'list'</script>",
    ])
      expect(text).toContain(t);
    const hrefs = doc.querySelectorAll("a").map((a) => a.getAttribute("href") ?? "");
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):|evil\.example|outer/i.test(h))).toEqual([]);
    expect(doc.querySelectorAll("main img, main svg[onload], main script")).toHaveLength(0);
  });
});

describe("a related plan with a url (fallback site)", () => {
  it("links the plan's name to its page, in every language", () => {
    for (const prefix of ["", "en/", "ko/"]) {
      const doc = parse(readFileSync(path.join(fallbackDist, prefix, "aioi", "6-1-2", "index.html"), "utf8"));
      const link = doc
        .querySelectorAll("main table th[scope=row] a")
        .find((a) => a.getAttribute("href") === RELATED_PLAN_URL);
      expect(link, prefix || "ja").toBeDefined();
      expect(link!.text.trim()).not.toBe("");
      // The other related plan has no url: its name stays text.
      expect(
        doc.querySelectorAll("main table th[scope=row]").filter((th) => !th.querySelector("a")).length,
      ).toBeGreaterThan(0);
    }
  });
});

describe("search reads the words of a link", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(hostileDist), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds the page by a linked word, with an excerpt free of Markdown syntax", async () => {
    const page: Page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/search/?q=Kayakmap`);
      expect(await waitForSearchResults(page)).toBeGreaterThan(0);
      const results = await page.locator("main [data-search-results]").innerText();
      expect(results).toContain("Kayakmap");
      expect(results).not.toContain("](");
      expect(results).not.toContain("example.jp/kayak");
      const hrefs = await page
        .locator("main [data-search-results] a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs.some((h) => h?.includes("/hostile-plan/6-1-1/"))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
