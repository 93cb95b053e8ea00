// Chromium for the browser tests: Debian's /usr/bin/chromium (or $CHROMIUM_PATH) driven by
// playwright-core. One browser per test file; never downloads a browser.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

export { launchChromium } from "../../scripts/lib/chromium.ts";

/** The axe-core source, to evaluate in a page (an evaluated script is not subject to the page's CSP). */
export const axeSource: string = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A Content-Security-Policy violation as the page reported it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * A context whose pages record CSP violations (securitypolicyviolation events, from the very
 * start of each document) in window.__cspViolations, and JavaScript dialogs (alert, confirm…,
 * dismissed at once) in `dialogs`.
 */
export async function recordingContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; dialogs: string[] }> {
  const context = await browser.newContext(options);
  const dialogs: string[] = [];
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: unknown[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
  context.on("page", (page) => {
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
  });
  return { context, dialogs };
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []);
}

/**
 * Waits until the search page (opened with ?q=…) has shown its results: a link inside the
 * results list in <main>. Shared by the accessibility, CSP and weight tests.
 */
export async function waitForSearchResults(page: Page): Promise<number> {
  await page.waitForLoadState("networkidle");
  const handle = await page.waitForFunction(
    () => {
      const n = document.querySelectorAll("main [data-search-results] a, main .search-results a").length;
      return n > 0 ? n : false;
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}
