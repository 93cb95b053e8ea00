// Content-Security-Policy (src/lib/csp.ts; docs/security.md). The site ships the policy twice:
// as <meta http-equiv> first in every page's <head>, and as dist/_headers for hosts that read
// one. These tests check that the build output needs nothing the policy forbids (no inline
// script, style element, style attribute or event handler), that Chromium reports no violation
// on any page with both policies in force, that the policy is really enforced (an injected
// inline script and style attribute are refused — with the meta alone and with the header
// alone), and that search still works under it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { HTMLElement, parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cspDirectives, cspHeader, cspMeta } from "../../src/lib/csp.ts";
import { cspViolations, launchChromium, recordingContext, waitForSearchResults } from "./browser.ts";
import { builtPages, isSearchPage, SEARCH_WITH_RESULTS } from "./pages.ts";
import { dist, hostileDist } from "./paths.ts";
import { parseHeadersFile, serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const pages = builtPages(dist);
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

describe("the policy", () => {
  it("allows only the site itself, no inline code and no eval (WebAssembly only)", () => {
    const d = Object.fromEntries(cspDirectives);
    expect(d["default-src"]).toBe("'none'");
    expect(d["script-src"]).toBe("'self' 'wasm-unsafe-eval'");
    expect(d["style-src"]).toBe("'self'");
    expect(d["base-uri"]).toBe("'none'");
    expect(d["form-action"]).toBe("'self'");
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "data:", "blob:", "*", "http:", "https:"])
      expect(cspHeader.split(/[\s;]+/), bad).not.toContain(bad);
    // Directives browsers ignore in <meta> are only sent as a header.
    expect(cspMeta).not.toContain("frame-ancestors");
    expect(cspHeader.startsWith(cspMeta + "; ")).toBe(true);
    expect(cspHeader).toContain("frame-ancestors 'none'");
  });

  it("dist/_headers sends it (and the other security headers) for every path", () => {
    const rules = parseHeadersFile(readFileSync(path.join(dist, "_headers"), "utf8"));
    const all = rules.find((r) => r.pattern === "/*");
    expect(all).toBeDefined();
    const headers = Object.fromEntries(all!.headers);
    expect(headers["Content-Security-Policy"]).toBe(cspHeader);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeTruthy();
  });
});

describe("the build output needs no 'unsafe-inline'", () => {
  for (const [name, root] of [
    ["site", dist],
    ["hostile-content site", hostileDist],
  ] as const) {
    it(`${name}: every page has the meta policy first and no inline script, style or handler`, () => {
      const problems: string[] = [];
      for (const p of builtPages(root)) {
        const html = readFileSync(p.file, "utf8");
        const doc = parse(html);
        const head = doc.querySelector("head")!;
        const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
        if (metas.length !== 1) problems.push(`${p.url}: ${metas.length} CSP meta elements`);
        else {
          if (metas[0].getAttribute("content") !== cspMeta)
            problems.push(`${p.url}: CSP meta differs from src/lib/csp.ts`);
          // Only <meta charset> may come before it: the policy covers what follows.
          const before = head.childNodes.filter((n) => n instanceof HTMLElement).indexOf(metas[0]);
          if (before > 1) problems.push(`${p.url}: CSP meta is element ${before + 1} of <head>`);
        }
        for (const s of doc.querySelectorAll("script")) {
          if (!s.getAttribute("src") && !DATA_SCRIPT.test(s.getAttribute("type") ?? ""))
            problems.push(`${p.url}: inline <script>`);
          if (s.getAttribute("src") && !isSearchPage(p.url))
            problems.push(`${p.url}: <script src> outside the search page`);
        }
        if (doc.querySelectorAll("style").length > 0) problems.push(`${p.url}: <style> element`);
        for (const el of doc.querySelectorAll("*")) {
          for (const attr of Object.keys(el.attributes)) {
            if (attr.toLowerCase() === "style") problems.push(`${p.url}: style attribute on <${el.rawTagName}>`);
            if (/^on/i.test(attr)) problems.push(`${p.url}: ${attr} attribute on <${el.rawTagName}>`);
          }
          for (const attr of ["href", "src", "action", "formaction", "xlink:href"]) {
            if (/^\s*(javascript|vbscript):/i.test(el.getAttribute(attr) ?? ""))
              problems.push(`${p.url}: ${attr}="${el.getAttribute(attr)}"`);
          }
        }
        if (doc.querySelector("base")) problems.push(`${p.url}: <base> element`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("in Chromium", () => {
  let browser: Browser;
  let withHeaders: StaticServer;
  let metaOnly: StaticServer;

  beforeAll(async () => {
    [browser, withHeaders, metaOnly] = await Promise.all([
      launchChromium(),
      serveStatic(dist, { headers: true }),
      serveStatic(dist),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await withHeaders?.close();
    await metaOnly?.close();
  });

  /** Opens a page and returns every CSP complaint: violation events and console messages. */
  async function visit(page: Page, url: string, consoleLines: string[]) {
    await page.goto(url, { waitUntil: "load" });
    return [
      ...(await cspViolations(page)).map((v) => `${v.directive} blocked ${v.blocked} at ${v.source}`),
      ...consoleLines,
    ];
  }

  it("no page raises a CSP violation with the meta and the header policy in force", async () => {
    const { context } = await recordingContext(browser);
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on("console", (m) => {
      if (/content.security.policy|refused to/i.test(m.text())) consoleLines.push(m.text());
    });
    const problems: string[] = [];
    try {
      for (const p of pages) {
        consoleLines.length = 0;
        // The server sends the _headers policy too, so both apply (the stricter wins).
        const res = await page.request.get(withHeaders.origin + p.url);
        expect(res.headers()["content-security-policy"], p.url).toBe(cspHeader);
        for (const v of await visit(page, withHeaders.origin + p.url, consoleLines)) problems.push(`${p.url}: ${v}`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  // Proves the policy is enforced and that the listener would see a violation.
  async function injected(page: Page) {
    return page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.body.append(s);
      document.body.setAttribute("style", "outline: 5px solid red");
      const w = window as unknown as { __inlineRan?: boolean };
      return { ran: w.__inlineRan === true, styled: getComputedStyle(document.body).outlineStyle === "solid" };
    });
  }

  it("refuses an injected inline script and style attribute, with the meta policy alone", async () => {
    const { context } = await recordingContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(metaOnly.origin + "/aioi/6-1-1/");
      const res = await page.request.get(metaOnly.origin + "/aioi/6-1-1/");
      expect(res.headers()["content-security-policy"]).toBeUndefined();
      expect(await injected(page)).toEqual({ ran: false, styled: false });
      const directives = (await cspViolations(page)).map((v) => v.directive);
      expect(directives).toContain("script-src-elem");
      expect(directives).toContain("style-src-attr");
    } finally {
      await context.close();
    }
  });

  it("refuses them with the _headers policy alone (meta removed)", async () => {
    const { context } = await recordingContext(browser);
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      const type = response.headers()["content-type"] ?? "";
      if (!type.startsWith("text/html")) return route.fulfill({ response });
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
      return route.fulfill({ response, body });
    });
    const page = await context.newPage();
    try {
      await page.goto(withHeaders.origin + "/aioi/6-1-1/");
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
      expect(await injected(page)).toEqual({ ran: false, styled: false });
      const directives = (await cspViolations(page)).map((v) => v.directive);
      expect(directives).toContain("script-src-elem");
      expect(directives).toContain("style-src-attr");
    } finally {
      await context.close();
    }
  });

  it("search works under the policy (module, worker, WebAssembly) with no violation", async () => {
    const { context } = await recordingContext(browser);
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on("console", (m) => {
      if (/content.security.policy|refused to|wasm|webassembly/i.test(m.text())) consoleLines.push(m.text());
    });
    try {
      for (const url of SEARCH_WITH_RESULTS) {
        consoleLines.length = 0;
        await page.goto(withHeaders.origin + url);
        const results = await waitForSearchResults(page);
        expect(results, url).toBeGreaterThan(0);
        // What the reader sees: the count of pages found, not "search could not be loaded".
        expect(await page.textContent("#search-status"), url).toMatch(/件見つかりました|\d+ found/);
        const violations = (await cspViolations(page)).map((v) => `${v.directive} blocked ${v.blocked} at ${v.source}`);
        expect([...violations, ...consoleLines], url).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
