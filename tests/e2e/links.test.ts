// No broken links: every internal reference in the built site (a, area, link, img, script,
// source, form; href, src, srcset, action; url() in the CSS) resolves to a file in dist/, and
// every #fragment to an id in the page it points at. The language switch and the hreflang
// alternates point at pages that exist and point back. Links to other sites are not fetched
// (the tests run offline); they are only checked not to be javascript:/data: URLs.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtPages } from "./pages.ts";
import { dist } from "./paths.ts";

const pages = builtPages(dist);
const docs = new Map<string, HTMLElement>();
function docOf(file: string): HTMLElement {
  let d = docs.get(file);
  if (!d) docs.set(file, (d = parse(readFileSync(file, "utf8"))));
  return d;
}
const idsOf = (file: string) =>
  new Set(
    docOf(file)
      .querySelectorAll("[id]")
      .map((e) => e.getAttribute("id")!),
  );

/** The site's own origin, from the home page's canonical link (SITE_URL at build time). */
const siteOrigin = new URL(
  docOf(path.join(dist, "index.html")).querySelector("link[rel=canonical]")!.getAttribute("href")!,
).origin;

type Target = { kind: "internal"; file: string | null; fragment: string; path: string } | { kind: "external" };

/** Resolves a reference found on the page at `pageUrl` to a file in dist/ (null when missing). */
function resolve(ref: string, pageUrl: string): Target | { kind: "forbidden" } {
  const trimmed = ref.trim();
  if (/^(javascript|data|vbscript):/i.test(trimmed)) return { kind: "forbidden" };
  if (/^(mailto|tel):/i.test(trimmed)) return { kind: "external" };
  const url = new URL(trimmed, siteOrigin + pageUrl);
  if (url.origin !== siteOrigin) return { kind: "external" };
  const p = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));
  const candidate = path.join(dist, p);
  let file: string | null = null;
  if (p.endsWith("/"))
    file = existsSync(path.join(candidate, "index.html")) ? path.join(candidate, "index.html") : null;
  else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
  // A folder without its trailing slash would only work through a redirect: report it.
  return { kind: "internal", file, fragment, path: p };
}

const REFS: Array<[selector: string, attr: string]> = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["script[src]", "src"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["form[action]", "action"],
];

function refsOf(doc: HTMLElement): Array<{ ref: string; where: string }> {
  const out: Array<{ ref: string; where: string }> = [];
  for (const [sel, attr] of REFS) {
    for (const el of doc.querySelectorAll(sel)) {
      const value = el.getAttribute(attr)!;
      const refs = attr === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0]) : [value];
      for (const ref of refs) out.push({ ref, where: `<${el.rawTagName} ${attr}>` });
    }
  }
  return out;
}

describe("links", () => {
  it("finds the pages of both languages", () => {
    expect(pages.filter((p) => p.lang === "ja").length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.lang === "en").length).toBeGreaterThan(10);
  });

  it("every internal href, src, srcset and action resolves to a file in dist/", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const { ref, where } of refsOf(docOf(page.file))) {
        const t = resolve(ref, page.url);
        if (t.kind === "forbidden") problems.push(`${page.url}: ${where} ${ref} is a script or data URL`);
        if (t.kind !== "internal") continue;
        checked++;
        if (!t.file) problems.push(`${page.url}: ${where} ${ref} → ${t.path} does not exist`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it("every #fragment points at an id in its page", () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const { ref, where } of refsOf(docOf(page.file))) {
        const t = resolve(ref, page.url);
        if (t.kind !== "internal" || !t.file || !ref.includes("#")) continue;
        if (t.fragment === "") problems.push(`${page.url}: ${where} ${ref} has an empty fragment`);
        else if (!t.file.endsWith(".html"))
          problems.push(`${page.url}: ${where} ${ref} has a fragment on a non-HTML file`);
        else if (!idsOf(t.file).has(t.fragment)) problems.push(`${page.url}: ${where} ${ref}: no id "${t.fragment}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every id is unique within its page (fragments are unambiguous)", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const el of docOf(page.file).querySelectorAll("[id]")) {
        const id = el.getAttribute("id")!;
        if (seen.has(id)) problems.push(`${page.url}: id "${id}" twice`);
        seen.add(id);
      }
    }
    expect(problems).toEqual([]);
  });

  it("url() references in the CSS resolve", () => {
    const problems: string[] = [];
    const css = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const rel of css) {
      const text = readFileSync(path.join(dist, rel), "utf8");
      for (const m of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
        const ref = m[2];
        if (ref.startsWith("data:") || ref.startsWith("#")) continue;
        const t = resolve(ref, "/" + rel.split(path.sep).join("/"));
        if (t.kind === "internal" && !t.file) problems.push(`${rel}: url(${ref}) does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("languages", () => {
  const withSwitch = pages.filter((p) => docOf(p.file).querySelector(".lang-switch a"));

  it("every page but the 404 page has a language switch", () => {
    expect(pages.filter((p) => !withSwitch.includes(p)).map((p) => p.url)).toEqual(["/404.html"]);
  });

  it("the language switch leads to the same page in the other language, and back", () => {
    const problems: string[] = [];
    for (const page of withSwitch) {
      const a = docOf(page.file).querySelector(".lang-switch a")!;
      const other = page.lang === "ja" ? "en" : "ja";
      if (a.getAttribute("hreflang") !== other || a.getAttribute("lang") !== other)
        problems.push(`${page.url}: switch link lacks hreflang/lang="${other}"`);
      const t = resolve(a.getAttribute("href")!, page.url);
      if (t.kind !== "internal" || !t.file) {
        problems.push(`${page.url}: switch → ${a.getAttribute("href")} does not exist`);
        continue;
      }
      const target = docOf(t.file);
      if (target.querySelector("html")!.getAttribute("lang") !== other)
        problems.push(`${page.url}: switch → ${t.path} is not in ${other}`);
      const back = target.querySelector(".lang-switch a")?.getAttribute("href");
      const backT = back ? resolve(back, t.path) : null;
      if (!backT || backT.kind !== "internal" || backT.file !== page.file)
        problems.push(`${page.url}: ${t.path} switches back to ${back}, not here`);
    }
    expect(problems).toEqual([]);
  });

  it("hreflang alternates exist, include the page itself and are reciprocal", () => {
    const problems: string[] = [];
    const alternates = (file: string) =>
      Object.fromEntries(
        docOf(file)
          .querySelectorAll("link[rel=alternate][hreflang]")
          .map((l): [string, string] => [l.getAttribute("hreflang")!, l.getAttribute("href")!]),
      );
    for (const page of withSwitch) {
      const alt = alternates(page.file);
      if (Object.keys(alt).sort().join() !== "en,ja,x-default")
        problems.push(`${page.url}: hreflang ${Object.keys(alt).join()}`);
      const canonical = docOf(page.file).querySelector("link[rel=canonical]")?.getAttribute("href");
      if (canonical !== alt[page.lang]) problems.push(`${page.url}: canonical ${canonical} ≠ hreflang ${page.lang}`);
      for (const [lang, href] of Object.entries(alt)) {
        const t = resolve(href, page.url);
        if (t.kind !== "internal" || !t.file) {
          problems.push(`${page.url}: hreflang ${lang} → ${href} does not exist`);
          continue;
        }
        const back = alternates(t.file);
        if (JSON.stringify(back) !== JSON.stringify(alt))
          problems.push(`${page.url}: ${t.path} lists other alternates`);
        const targetLang = docOf(t.file).querySelector("html")!.getAttribute("lang");
        if (lang !== "x-default" && targetLang !== lang)
          problems.push(`${page.url}: hreflang ${lang} → a ${targetLang} page`);
      }
    }
    expect(problems).toEqual([]);
  });
});
