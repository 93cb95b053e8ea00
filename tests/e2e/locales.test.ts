// A third locale added by configuration alone (tests/fixtures/locales: one entry in its
// site.config.yaml and a ko.json dictionary), built by global-setup.ts from a copy of content/:
// its routes, lang, hreflang, the language switch, the fallback notices and its search index.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium as launch } from "../../scripts/lib/chromium.ts";
import { serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";
import { builtPages } from "./pages.ts";
import { fallbackDist, KOREAN_TITLE } from "./paths.ts";

const html = (url: string) => parse(readFileSync(path.join(fallbackDist, url, "index.html"), "utf8"));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("a third locale from configuration (ko)", () => {
  it("has every page of the site under /ko/, as many as ja and en", () => {
    const pages = builtPages(fallbackDist).map((p) => p.url);
    const ja = pages.filter((u) => !/^\/(en|ko)\//.test(u) && u !== "/404.html");
    const ko = pages.filter((u) => u.startsWith("/ko/"));
    expect(ko.sort()).toEqual(ja.map((u) => `/ko${u}`).sort());
    expect(pages.filter((u) => u.startsWith("/en/"))).toHaveLength(ja.length);
  });

  it("marks its pages lang=ko and links every locale's version with hreflang", () => {
    const doc = html("/ko/aioi/6-1-1/");
    expect(doc.querySelector("html")!.getAttribute("lang")).toBe("ko");
    const alternates = doc
      .querySelectorAll('link[rel="alternate"]')
      .map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]);
    expect(alternates).toEqual([
      ["ja", "/aioi/6-1-1/"],
      ["en", "/en/aioi/6-1-1/"],
      ["ko", "/ko/aioi/6-1-1/"],
      ["x-default", "/aioi/6-1-1/"],
    ]);
  });

  it("offers the other languages in the switch, each labelled in itself", () => {
    const links = (url: string) =>
      html(url)
        .querySelectorAll(".lang-switch a")
        .map((a) => [a.text.trim(), a.getAttribute("hreflang"), a.getAttribute("href")]);
    expect(links("/ko/aioi/6-1-1/")).toEqual([
      ["日本語", "ja", "/aioi/6-1-1/"],
      ["English", "en", "/en/aioi/6-1-1/"],
    ]);
    expect(links("/aioi/6-1-1/").map((l) => l[0])).toEqual(["English", "한국어"]);
  });

  it("shows its own dictionary and translations, and falls back in the configured order with a notice", () => {
    const doc = html("/ko/aioi/6-1-1/");
    // Interface text from ko.json; keys it leaves out come from its fallback, English.
    expect(doc.querySelector(".skip-link")!.text).toBe("본문으로 이동");
    expect(squash(doc.querySelector("#situation")!.text)).toBe("현황과 과제");
    expect(squash(doc.querySelector("#kpis")!.text)).toBe("목표값");
    // The Korean title, flagged as a provisional translation.
    const h1 = squash(doc.querySelector("h1")!.text);
    expect(h1).toContain(KOREAN_TITLE);
    expect(h1).toContain("임시 번역");
    // No Korean for the situation text: English first (ko → en), marked lang="en", with the notice.
    const fallback = doc.querySelector("#situation")!.parentNode!.querySelector('span[lang="en"]')!;
    expect(fallback.text).toMatch(/shrinking population/);
    expect(squash(fallback.nextElementSibling!.text)).toBe("번역되지 않아 다른 언어로 표시합니다");
    // No English either (6-1-3 in this build): the Japanese original, marked lang="ja".
    expect(
      html("/ko/aioi/6-1-3/").querySelector('#situation ~ p span[lang="ja"], section span[lang="ja"]'),
    ).not.toBeNull();
  });

  it("counts its translations on the staff page, next to English", () => {
    const captions = html("/translations/")
      .querySelectorAll("caption")
      .map((c) => c.text.trim());
    expect(captions).toEqual(["English（en）", "한국어（ko）"]);
  });
});

describe("the ko search index", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launch();
    server = await serveStatic(fallbackDist);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("exists beside ja and en, and /ko/search/ finds a Korean title", async () => {
    const entry = JSON.parse(readFileSync(path.join(fallbackDist, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "ja", "ko"]);
    expect(existsSync(path.join(fallbackDist, "ko", "search", "index.html"))).toBe(true);
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/ko/search/?q=${encodeURIComponent("정주 촉진")}`);
      await page.waitForFunction(() => /found/.test(document.querySelector("#search-status")?.textContent ?? ""));
      const hits = await page.$$eval("#search-list .result-title a", (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(hits[0]).toBe("/ko/aioi/6-1-1/");
    } finally {
      await page.close();
    }
  });
});
