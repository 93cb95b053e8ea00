// What a city configures, as citizens, search engines and link previews see it on the built
// sites: the sitemap with every page and its language alternates, robots.txt, canonical and
// Open Graph / Twitter tags with a description of each page, the contact block at the end of
// every content page, repository links only to a known repository, and the brand colour.
// The site from content/ ships the seed settings and REPO_URL; the fallback site has the city
// settings of tests/fixtures/locales/site.config.yaml and no repository (global-setup.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NodeType, parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtPages } from "./pages.ts";
import { ITEM_CONTACT } from "./fallback-content.ts";
import { builtSites, dist, E2E_REPO_URL, fallbackDist, KPI_SAMPLES_MEASURE, root } from "./paths.ts";

const doc = (root: string, url: string) => parse(readFileSync(path.join(root, url, "index.html"), "utf8"));
const attr = (root: ReturnType<typeof parse>, selector: string, name: string) =>
  root.querySelector(selector)?.getAttribute(name);
const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");
/** HTML pages a visitor can reach by URL (not the 404 page). */
const pagesOf = (root: string) => builtPages(root).filter((p) => p.url.endsWith("/"));
/** Pages about a plan's or project's content: under /<doc>/ in any language. */
const isContentPage = (url: string) => /^\/(?:[a-z]{2}\/)?(?:aioi|jumin-jichi-refresh)\//.test(url);
const origin = { site: "https://example.github.io", "fallback site": "https://plans.example.org" };

describe.each([
  ["site", dist],
  ["fallback site", fallbackDist],
] as const)("found and shared: %s", (name, root) => {
  const base = origin[name];

  it("sitemap-index.xml lists every page of every locale, each with its hreflang alternates", () => {
    const index = read(root, "sitemap-index.xml");
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries = sitemaps.flatMap((s) =>
      [...read(root, new URL(s).pathname).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
        loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
        alternates: [...m[1].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]]),
      })),
    );
    const pages = pagesOf(root).map((p) => `${base}${p.url}`);
    expect(entries.map((e) => e.loc).sort()).toEqual(pages.sort());
    const langs = name === "site" ? ["ja", "en"] : ["ja", "en", "ko"];
    for (const e of entries) {
      expect(e.alternates.map(([l]) => l).sort(), e.loc).toEqual([...langs].sort());
      expect(e.alternates.map(([, u]) => u)).toContain(e.loc);
    }
    const measure = entries.find((e) => e.loc === `${base}/en/aioi/6-1-1/`)!;
    expect(Object.fromEntries(measure.alternates)).toMatchObject({
      ja: `${base}/aioi/6-1-1/`,
      en: `${base}/en/aioi/6-1-1/`,
    });
  });

  it("robots.txt allows crawling and points to the sitemap at the production address", () => {
    expect(read(root, "robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap-index.xml\n`);
  });

  it("every page has a canonical URL at the production address, and Open Graph and Twitter card tags", () => {
    for (const p of pagesOf(root)) {
      const html = parse(readFileSync(p.file, "utf8"));
      const meta = (key: string) =>
        html.querySelector(`meta[property="${key}"]`)?.getAttribute("content") ??
        html.querySelector(`meta[name="${key}"]`)?.getAttribute("content");
      const title = html.querySelector("title")!.text;
      expect(attr(html, "link[rel=canonical]", "href"), p.url).toBe(`${base}${p.url}`);
      expect(meta("og:url"), p.url).toBe(`${base}${p.url}`);
      expect(meta("og:title"), p.url).toBe(title);
      expect(meta("twitter:card"), p.url).toBe("summary_large_image");
      expect(meta("og:image"), p.url).toBe(`${base}/og-image.png`);
      expect(meta("og:image:alt"), p.url).toBe(meta("og:site_name"));
      const description = meta("description");
      expect(description, p.url).toMatch(/\S/);
      expect(meta("og:description"), p.url).toBe(description);
      expect(meta("twitter:description"), p.url).toBe(description);
    }
    expect(existsSync(path.join(root, "og-image.png"))).toBe(true);
  });

  it("describes each page by its content: a measure by its 基本方針, the roadmap by its subtitle", () => {
    const description = (url: string) => attr(doc(root, url), 'meta[name="description"]', "content");
    expect(description("/aioi/6-1-1/")).toMatch(/^[^。]+。$/);
    expect(read(root, "aioi/6-1-1/index.html")).toContain(description("/aioi/6-1-1/")!);
    const roadmap = doc(root, "/jumin-jichi-refresh/roadmap/");
    expect(attr(roadmap, 'meta[name="description"]', "content")).toBe(
      roadmap.querySelector("main p.subtitle")?.text.trim(),
    );
    // Every Japanese page says something of its own.
    const all = pagesOf(root)
      .filter((p) => p.lang === "ja" && !/^\/ko\//.test(p.url))
      .map((p) => attr(parse(readFileSync(p.file, "utf8")), 'meta[name="description"]', "content"));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("contact (お問い合わせ) at the end of every content page", () => {
  const contactOf = (root: string, url: string) => {
    const main = doc(root, url).querySelector("main .wrap")!;
    const section = main.querySelector("section.contact");
    return {
      last: section !== null && main.childNodes.filter((n) => n.nodeType === NodeType.ELEMENT_NODE).at(-1) === section,
      heading: section?.querySelector("h2")?.text,
      department: section?.querySelector("address .contact-department")?.text.trim(),
      tel: section?.querySelector('address a[href^="tel:"]')?.getAttribute("href"),
      mail: section?.querySelector('address a[href^="mailto:"]')?.getAttribute("href"),
    };
  };

  it("the seed site shows its configured department, without a phone number it does not know", () => {
    const pages = pagesOf(dist).filter((p) => isContentPage(p.url));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const c = contactOf(dist, p.url);
      expect(c, p.url).toMatchObject({ last: true, heading: p.lang === "en" ? "Contact" : "お問い合わせ" });
      expect(c.department, p.url).toMatch(p.lang === "en" ? /^Aioi City Hall/ : /^相生市役所/);
      expect(c.tel, p.url).toBeUndefined();
    }
    expect(contactOf(dist, "/about/").heading).toBeUndefined();
  });

  it("the fallback site shows the default contact with tel: and mailto: links, and a measure's own 担当課", () => {
    const pages = builtPages(fallbackDist).filter((p) => isContentPage(p.url));
    for (const p of pages) {
      const own = p.url.endsWith(`/aioi/${KPI_SAMPLES_MEASURE}/`);
      const c = contactOf(fallbackDist, p.url);
      expect(c.last, p.url).toBe(true);
      expect(c, p.url).toMatchObject(
        own
          ? { tel: "tel:0000000001", mail: "mailto:sample@example.org" }
          : { tel: "tel:0000000000", mail: "mailto:kikaku@example.org" },
      );
    }
    expect(contactOf(fallbackDist, `/aioi/${KPI_SAMPLES_MEASURE}/`).department).toBe("見本担当課");
    expect(contactOf(fallbackDist, `/en/aioi/${KPI_SAMPLES_MEASURE}/`).department).toMatch(/^Sample Division/);
    expect(contactOf(fallbackDist, "/aioi/6-1-1/").department).toBe("企画課");
    expect(doc(fallbackDist, "/aioi/6-1-1/").querySelector("section.contact address")!.text).toContain(
      "〒000-0000 見本市本町1-1",
    );
  });

  it("a roadmap item with its own 担当課 names it in its row, with its telephone link", () => {
    for (const [url, label] of [
      ["/jumin-jichi-refresh/roadmap/course-1/", `担当課: ${ITEM_CONTACT.department.ja}`],
      ["/en/jumin-jichi-refresh/roadmap/course-1/", `In charge: ${ITEM_CONTACT.department.en}`],
    ]) {
      const rows = doc(fallbackDist, url).querySelectorAll(".roadmap-table tr[data-item]");
      const withContact = rows.filter((r) => r.querySelector("address.item-contact"));
      expect(withContact, url).toHaveLength(1);
      const address = withContact[0].querySelector("address.item-contact")!;
      expect(address.text.replace(/\s+/g, " ").trim(), url).toMatch(new RegExp(`^${label}`));
      expect(address.querySelector("a")!.getAttribute("href")).toBe("tel:0000000002");
    }
  });
});

describe("repository links", () => {
  const links = (root: string) =>
    builtPages(root).flatMap((p) =>
      parse(readFileSync(p.file, "utf8"))
        .querySelectorAll("a[href]")
        .map((a) => a.getAttribute("href")!),
    );

  it.each(builtSites)("the %s links to no invented repository", (_name, root) => {
    expect(links(root).filter((h) => h.includes("aioi-open-data/plan-publisher"))).toEqual([]);
  });

  it("with REPO_URL, pages link to edit their file, to commits and to the source code", () => {
    const all = links(dist);
    expect(all).toContain(`${E2E_REPO_URL}/edit/main/content/aioi/measures/6-1-1.yaml`);
    expect(all.some((h) => h.startsWith(`${E2E_REPO_URL}/commit/`))).toBe(true);
    expect(doc(dist, "/").querySelectorAll(".site-footer a").map((a) => a.getAttribute("href"))).toContain(
      E2E_REPO_URL,
    );
  });

  it("without a known repository, pages leave those links out", () => {
    const all = links(fallbackDist);
    expect(all.filter((h) => /\/(edit|commit)\//.test(h) || h.startsWith("https://git"))).toEqual([]);
    expect(doc(fallbackDist, "/aioi/6-1-1/").querySelector(".edit-link")).toBeNull();
    expect(doc(fallbackDist, "/aioi/history/").querySelector(".history-entry .small")!.text).toMatch(/[0-9a-f]{7}/);
  });
});

describe("brand colour", () => {
  const css = (root: string) =>
    readdirSync(path.join(root, "_astro"))
      .filter((f) => f.endsWith(".css"))
      .map((f) => read(root, `_astro/${f}`))
      .join("");

  it("the stylesheet carries the configured colour, or the default one", () => {
    expect(css(fallbackDist)).toMatch(/--brand:\s*#005a9c/);
    expect(css(dist)).toMatch(/--brand:\s*#0f2a52/);
  });

  it("the footer names the configured municipality", () => {
    expect(doc(fallbackDist, "/").querySelector(".site-footer")!.text).toContain("見本市");
  });
});

describe("a mistake in site.config.yaml", () => {
  it("stops the build with the located bilingual message, without a stack trace", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bad-config-"));
    const file = path.join(dir, "site.config.yaml");
    writeFileSync(file, 'locales:\n  - code: ja\n    label: 日本語\nbrandColor: "#66aaff"\n');
    const astro = path.join(root, "node_modules", "astro", "bin", "astro.mjs");
    const run = spawnSync(process.execPath, [astro, "build", "--outDir", path.join(dir, "dist")], {
      cwd: root,
      env: { ...process.env, SITE_CONFIG: file },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/site\.config\.yaml:4:13 brandColor: ブランド色 #66aaff .+ \/ brand colour #66aaff /);
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
  });
});
