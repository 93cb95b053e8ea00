// End-to-end: reads the built site (dist/) and checks what a reader sees on each seed page.
// Expectations come from the content itself where possible (every action, every activity), and
// from the source documents for the figures that matter most (70.0% → 65.9% against 73%).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NodeType, parse } from "node-html-parser";
import type { HTMLElement, Node } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { validSite } from "../unit/site-helpers.ts";
import type { planJson, projectJson, siteJson } from "../../src/lib/open-data.ts";
import type { Text } from "../../src/lib/types.ts";
import { dist, fallbackDist, root, UNTRANSLATED_MEASURE } from "./paths.ts";

const site = validSite(path.join(root, "content"));
const aioi = site.plans.find((p) => p.plan.id === "aioi")!;
const project = site.projects.find((p) => p.project.id === "jumin-jichi-refresh")!.project;

/** Collapses runs of whitespace, so that text split over elements compares simply. */
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

// Elements a browser shows apart from their neighbours (cells, list items, paragraphs…).
const BLOCK = new Set(
  "address article aside br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

/** Text as a reader sees it: block-level elements separated by a space, whitespace collapsed. */
function textOf(node: Node): string {
  const raw = (n: Node): string => {
    if (n.nodeType === NodeType.TEXT_NODE) return n.text;
    if (n.nodeType !== NodeType.ELEMENT_NODE) return "";
    const el = n as HTMLElement;
    const inner = el.childNodes.map(raw).join("");
    return BLOCK.has(el.rawTagName?.toLowerCase() ?? "") ? ` ${inner} ` : inner;
  };
  return squash(raw(node));
}

interface Page {
  html: string;
  doc: HTMLElement;
  /** Visible text of <main>, whitespace collapsed. */
  main: string;
}

const cache = new Map<string, Page>();
function page(sitePath: string, base = dist): Page {
  const key = `${base}|${sitePath}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = sitePath.endsWith(".html") ? path.join(base, sitePath) : path.join(base, sitePath, "index.html");
  const html = readFileSync(file, "utf8");
  const doc = parse(html);
  const p = { html, doc, main: textOf(doc.querySelector("main")!) };
  cache.set(key, p);
  return p;
}

function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}
const htmlFiles = allFiles(dist).filter((f) => f.endsWith(".html"));

/** Every Japanese string in a document. */
function japanese(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => japanese(v, out));
  else if (value && typeof value === "object") {
    if (typeof (value as Text).ja === "string") out.push(squash((value as Text).ja));
    else Object.values(value).forEach((v) => japanese(v, out));
  }
  return out;
}

/** The KPI status sections of a dashboard page, in page order, with their rows as text. */
function statusGroups(doc: Page["doc"]) {
  const groups = doc.querySelectorAll("main section[id^=status-]").map((s) => ({
    id: s.getAttribute("id"),
    rows: s.querySelectorAll("tbody tr").map((r) => textOf(r)),
  }));
  expect(groups.map((g) => g.id)).toEqual([
    "status-moving-away",
    "status-behind",
    "status-on-track",
    "status-achieved",
    "status-no-data",
  ]);
  return groups;
}

describe("every page", () => {
  it("builds the seed pages in both languages", () => {
    for (const p of [
      "/",
      "/aioi/",
      "/aioi/6-1-1/",
      "/aioi/6-1-2/",
      "/aioi/6-1-3/",
      "/aioi/kpi/",
      "/aioi/kpi/6/",
      "/aioi/goals/6/",
      "/aioi/numbers/",
      "/jumin-jichi-refresh/",
      "/jumin-jichi-refresh/roadmap/",
      "/jumin-jichi-refresh/roadmap/course-1/",
      "/jumin-jichi-refresh/roadmap/course-2/",
      "/glossary/",
      "/about/",
      "/translations/",
    ]) {
      expect(existsSync(path.join(dist, p, "index.html")), p).toBe(true);
      expect(existsSync(path.join(dist, "en", p, "index.html")), `/en${p}`).toBe(true);
    }
    expect(existsSync(path.join(dist, "404.html"))).toBe(true);
    expect(existsSync(path.join(dist, "search", "index.html")), "/search/").toBe(true);
    expect(existsSync(path.join(dist, "en", "search", "index.html")), "/en/search/").toBe(true);
    expect(existsSync(path.join(dist, "pagefind", "pagefind.js")), "the search index (astro build)").toBe(true);
  });

  // Scripts, inline styles and page weight: csp.test.ts and weight.test.ts.

  it("has landmarks, a skip link and the header search form", () => {
    for (const [p, lang] of [
      ["/aioi/6-1-1/", "ja"],
      ["/en/aioi/6-1-1/", "en"],
    ] as const) {
      const { doc } = page(p);
      expect(doc.querySelector("a.skip-link")!.getAttribute("href")).toBe("#main");
      for (const sel of ["header", "nav", "main#main", "footer"]) expect(doc.querySelector(sel), sel).not.toBeNull();
      const form = doc.querySelector("form[role=search]")!;
      expect(form.getAttribute("method")).toBe("get");
      expect(form.getAttribute("action")).toBe(lang === "ja" ? "/search/" : "/en/search/");
      expect(form.querySelector("input[name=q]")).not.toBeNull();
    }
  });

  it("marks only content pages for the search index", () => {
    const indexed = htmlFiles.filter((f) => readFileSync(f, "utf8").includes("data-pagefind-body"));
    const rel = indexed.map((f) => "/" + path.relative(dist, f).replace(/index\.html$/, ""));
    expect(rel).toContain("/aioi/6-1-1/");
    expect(rel).toContain("/en/jumin-jichi-refresh/roadmap/");
    expect(rel).toContain("/en/jumin-jichi-refresh/roadmap/course-1/");
    expect(rel).toContain("/aioi/kpi/");
    expect(rel).toContain("/aioi/goals/6/");
    for (const p of [
      "/",
      "/en/",
      "/aioi/numbers/",
      "/aioi/kpi/6/",
      "/translations/",
      "/search/",
      "/en/search/",
      "/404.html",
    ])
      expect(rel).not.toContain(p);
    for (const f of indexed)
      expect(parse(readFileSync(f, "utf8")).querySelector("main")!.hasAttribute("data-pagefind-body")).toBe(true);
  });

  // Links, fragments and language alternates: links.test.ts.

  it("keeps measure pages small and independent of the number of measures", () => {
    for (const m of aioi.measures) {
      for (const prefix of ["", "/en"]) {
        const file = path.join(dist, prefix, "aioi", m.measure.number, "index.html");
        expect(statSync(file).size, file).toBeLessThanOrEqual(40 * 1024);
      }
    }
    // Only the two neighbours are linked, never the list of measures.
    const links = page("/aioi/6-1-2/")
      .doc.querySelectorAll("main a")
      .map((a) => a.getAttribute("href"));
    expect(links.filter((h) => /^\/aioi\/\d+-\d+-\d+\/$/.test(h ?? "")).sort()).toEqual([
      "/aioi/6-1-1/",
      "/aioi/6-1-3/",
    ]);
  });
});

describe("measure pages", () => {
  const figures: Record<string, { values: string[]; status: string; statusEn: string }> = {
    "6-1-1": { values: ["70.0%", "65.9%", "73%"], status: "悪化", statusEn: "moving away" },
    "6-1-2": { values: ["47.8%", "50.2%", "54%"], status: "順調", statusEn: "on track" },
    "6-1-3": { values: ["25.0%", "27.1%", "34%"], status: "遅れ", statusEn: "behind" },
  };

  for (const [number, f] of Object.entries(figures)) {
    it(`${number}: KPI table with every figure, its fiscal year and the status in words`, () => {
      const { doc } = page(`/aioi/${number}/`);
      const table = doc.querySelector("table.kpi-table")!;
      expect(table.querySelector("caption")!.text).toContain("単位：%");
      expect(table.querySelectorAll("th[scope=col]").length).toBe(3);
      const rows = table.querySelectorAll("tbody tr").map((tr) => textOf(tr));
      expect(rows).toEqual([
        `基準値 令和2年度 (2020) ${f.values[0]}`,
        `実績値 令和6年度 (2024) ${f.values[1]}`,
        `目標値 令和12年度 (2030) ${f.values[2]}`,
      ]);
      expect(textOf(doc.querySelector(".kpi .progress")!)).toContain(f.status);
      const svg = doc.querySelector("figure.chart svg")!;
      expect(svg.getAttribute("role")).toBe("img");
      const desc = doc.querySelector(`#${svg.getAttribute("aria-describedby")}`)!;
      expect(desc.text).toContain(`状況: ${f.status}`);
      for (const v of f.values) expect(svg.text).toContain(v);
    });
  }

  it("6-1-1 says in plain words that it is moving away from the target", () => {
    const ja = page("/aioi/6-1-1/").main;
    expect(ja).toContain("悪化");
    expect(ja).toContain("目標から遠ざかっています");
    expect(ja).toMatch(/進捗率[^%]*−137%/);
    const en = page("/en/aioi/6-1-1/").main;
    expect(en).toContain("moving away");
    expect(en).toContain("FY2020 (Reiwa 2)");
  });

  it("shows every action with its main projects, related plans and strategy titles", () => {
    for (const { measure } of aioi.measures) {
      const text = page(`/aioi/${measure.number}/`).main;
      for (const a of measure.actions) {
        expect(text).toContain(squash(a.title.ja));
        for (const d of a.description) expect(text).toContain(squash(d.ja));
        for (const p of a.mainProjects) expect(text).toContain(squash(p.ja));
      }
      for (const s of [...measure.situation, ...measure.direction]) expect(text).toContain(squash(s.ja));
    }
    const related = page("/aioi/6-1-2/").doc.querySelector("#related")!.parentNode!;
    expect(textOf(related)).toContain("第7次定員適正化計画 令和8年度 (2026)～令和12年度 (2030)");
    expect(textOf(related)).toContain("公共施設等総合管理計画 平成29年度 (2017)～令和28年度 (2046)");
    expect(textOf(page("/aioi/6-1-1/").doc.querySelector("#related")!.parentNode!)).toBe("関連計画 なし");
    const strategy = textOf(page("/aioi/6-1-1/").doc.querySelector("#strategy")!.parentNode!);
    for (const t of [
      "あいおい暮らしサポート",
      "あいおいプロモーション",
      "魅力ある産業づくり",
      "社会の変化に対応した暮らしやすいまちづくり",
    ]) {
      expect(strategy).toContain(t);
    }
    expect(strategy).toContain("戦略目標2 施策1");
  });

  it("marks the missing titles of 6-1 and 6-1-3", () => {
    const m = page("/aioi/6-1-3/");
    expect(textOf(m.doc.querySelector("h1")!)).toBe("6-1-3 タイトル未設定");
    expect(m.main).toContain("施策 6-1 タイトル未設定");
    expect(textOf(page("/en/aioi/6-1-3/").doc.querySelector("h1")!)).toBe("6-1-3 Title not yet set");
  });

  it("has breadcrumbs, neighbours, data links and an edit link to the YAML", () => {
    const { doc } = page("/aioi/6-1-2/");
    const crumbs = doc.querySelectorAll(".breadcrumbs li").map((li) => textOf(li));
    expect(crumbs[0]).toBe("ホーム");
    expect(crumbs.at(-1)).toBe("6-1-2 社会の変化に対応する組織と体制の充実");
    expect(doc.querySelector("a[rel=prev]")!.getAttribute("href")).toBe("/aioi/6-1-1/");
    expect(doc.querySelector("a[rel=next]")!.getAttribute("href")).toBe("/aioi/6-1-3/");
    expect(doc.querySelector("a.edit-link")!.getAttribute("href")).toMatch(
      /\/edit\/[^/]+\/content\/aioi\/measures\/6-1-2\.yaml$/,
    );
    const hrefs = doc.querySelectorAll("a").map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("/data/aioi-kpis.csv");
    expect(hrefs).toContain("/data/aioi.json");
    expect(doc.querySelector(".page-meta")!.text).toMatch(/最終更新|最終更新日は不明/);
  });
});

describe("plan overview, number list and KPI dashboard", () => {
  it("shows goal → policy → measures with each KPI status", () => {
    const { doc, main } = page("/aioi/");
    expect(main).toContain("まちづくり目標 6");
    expect(main).toContain("まちづくりを進める土台を強化する");
    const items = doc.querySelectorAll(".measure-list li").map((li) => textOf(li));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^6-1-1 定住の促進と関係人口の拡大 .*悪化$/);
    expect(items[1]).toMatch(/^6-1-2 .*順調$/);
    expect(items[2]).toMatch(/^6-1-3 タイトル未設定 .*遅れ$/);
  });

  it("lists every measure by number", () => {
    const rows = page("/aioi/numbers/")
      .doc.querySelectorAll("tbody tr")
      .map((r) => textOf(r));
    expect(rows.map((r) => r.split(" ")[0])).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
  });

  it("groups every KPI by status, then number, with figures and years", () => {
    const { doc } = page("/aioi/kpi/");
    const groups = statusGroups(doc);
    expect(groups[0].rows).toHaveLength(1);
    expect(groups[0].rows[0]).toContain("6-1-1");
    expect(groups[0].rows[0]).toContain("70.0% 令和2年度 (2020) 65.9% 令和6年度 (2024) 73% 令和12年度 (2030) −137%");
    expect(groups[1].rows[0]).toContain("25.0% 令和2年度 (2020) 27.1% 令和6年度 (2024) 34% 令和12年度 (2030)");
    expect(groups[2].rows[0]).toContain("47.8% 令和2年度 (2020) 50.2% 令和6年度 (2024) 54% 令和12年度 (2030)");
    expect(doc.querySelector('a[href="/aioi/6-1-1/"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/data/aioi-kpis.csv"]')).not.toBeNull();
  });
});

describe("goal pages", () => {
  it("list the goal's policies and measures with their KPI status", () => {
    for (const [p, goal, missing, statuses] of [
      ["/aioi/goals/6/", "まちづくり目標 6", "タイトル未設定", ["悪化", "順調", "遅れ"]],
      ["/en/aioi/goals/6/", "Goal 6", "Title not yet set", ["moving away", "on track", "behind"]],
    ] as const) {
      const { doc } = page(p);
      expect(textOf(doc.querySelector("h1")!)).toContain(goal);
      expect(doc.querySelector("#policy-6-1")).not.toBeNull();
      const items = doc.querySelectorAll(".measure-list li");
      expect(items.map((li) => textOf(li).split(" ")[0])).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
      expect(textOf(items[2])).toContain(missing);
      items.forEach((li, i) => expect(textOf(li).endsWith(statuses[i]), textOf(li)).toBe(true));
      expect(items[0].querySelector("a")!.getAttribute("href")).toBe(p.replace("goals/6/", "6-1-1/"));
      const lists = doc.querySelectorAll(".measure-list");
      for (const l of lists) expect(l.hasAttribute("data-pagefind-ignore")).toBe(true);
    }
  });

  it("have a KPI dashboard per goal, grouped by status then number", () => {
    const { doc } = page("/aioi/kpi/6/");
    const groups = statusGroups(doc);
    expect(groups[0].rows[0]).toContain("6-1-1");
    expect(groups[0].rows[0]).toContain("70.0% 令和2年度 (2020) 65.9% 令和6年度 (2024) 73% 令和12年度 (2030) −137%");
  });

  it("are linked from the overview, the dashboard and the measure breadcrumbs", () => {
    const hrefsOf = (p: string) =>
      page(p)
        .doc.querySelectorAll("a")
        .map((a) => a.getAttribute("href"));
    expect(hrefsOf("/aioi/")).toContain("/aioi/goals/6/");
    expect(hrefsOf("/aioi/kpi/")).toContain("/aioi/kpi/6/");
    const crumbs = page("/aioi/6-1-2/")
      .doc.querySelectorAll(".breadcrumbs a")
      .map((a) => a.getAttribute("href"));
    expect(crumbs).toContain("/aioi/goals/6/");
    expect(crumbs).toContain("/aioi/goals/6/#policy-6-1");
    expect(hrefsOf("/en/aioi/6-1-2/")).toContain("/en/aioi/goals/6/");
  });
});

describe("project and roadmap", () => {
  // The roadmap: an overview, then one page per course (the seed's courses are short).
  const ROADMAP = "/jumin-jichi-refresh/roadmap/";
  const course = (id: string) => page(`${ROADMAP}${id}/`);
  const roadmapText = () =>
    [ROADMAP, ...project.roadmap.courses.map((c) => `${ROADMAP}${c.id}/`)].map((p) => page(p).main).join(" ");

  it("shows every section of the project document", () => {
    const { main } = page("/jumin-jichi-refresh/");
    const p = project;
    const expected = [
      ...p.purpose,
      ...(p.basicPolicies ?? []),
      ...(p.principles ?? []).flatMap((x) => [x.title, ...(x.body ?? []), ...(x.bullets ?? [])]),
      ...(p.undertakings ?? []).flatMap((u) => [...(u.heading ? [u.heading] : []), ...u.points]),
      ...(p.approach ? [...p.approach.points, ...(p.approach.workingGroup ? [p.approach.workingGroup] : [])] : []),
      ...(p.roadmap.legend ?? []).map((l) => l.label),
      ...p.roadmap.courses.flatMap((c) => [
        c.name,
        ...(c.interpretation ? [c.interpretation] : []),
        ...(c.footnotes ?? []),
      ]),
      ...(p.continuingIssues ? [p.continuingIssues.title, ...(p.continuingIssues.footnotes ?? [])] : []),
      ...(p.continuingIssues?.themes ?? []).flatMap((t) => [
        t.title,
        ...t.points.flatMap((pt) => [pt.text, ...(pt.responses ?? [])]),
      ]),
    ];
    for (const t of expected) expect(main).toContain(squash(t.ja));
    for (const mark of ["①", "⑥", "◆", "・", "⇒", "Ⅲ"]) expect(main).toContain(mark);
    expect(main).toContain("元の表では年度の見出し(4列)と期の見出し(3列)の位置が揃っていません");
  });

  it("shows every Japanese text of the project on the project or roadmap page", () => {
    const both = page("/jumin-jichi-refresh/").main + " " + roadmapText();
    const missing = japanese(project).filter((t) => !both.includes(t));
    expect(missing).toEqual([]);
  });

  it("draws fiscal-year columns, phase bands and bars spanning their years", () => {
    const { doc } = course("course-1");
    const region = doc.querySelector(".timeline-scroll")!;
    // A named <section> is a region landmark; focusable so that keyboards can scroll it.
    expect(region.tagName).toBe("SECTION");
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(region.getAttribute("aria-label")).toBeTruthy();
    const years = region.querySelectorAll(".tl-year time").map((y) => textOf(y));
    expect(years).toEqual(["令和5年度 (2023)", "令和6年度 (2024)", "令和7年度 (2025)", "令和8年度 (2026)"]);
    // The fiscal year of the build date (BUILD_DATE, pinned by global-setup) is marked in words.
    expect(region.querySelectorAll(".tl-now").map((y) => textOf(y))).toEqual(["令和7年度 (2025)今年度"]);
    const course2 = course("course-2").doc.querySelector("#course-2")!;
    expect(
      course2.querySelectorAll(".tl-phase").map((p) => `${textOf(p)}:${p.classNames.match(/gs-\d+ sp-\d+/)?.[0]}`),
    ).toEqual(["離陸期:gs-2 sp-1", "加速期:gs-3 sp-2", "着陸期:gs-5 sp-1"]);
    const bar = doc
      .querySelectorAll("#course-1 .tl-bar")
      .find((b) => b.text.includes("地区ドックの実施 改善案の反映"))!;
    expect([bar.getAttribute("data-from"), bar.getAttribute("data-to")]).toEqual(["2024", "2025"]);
    expect(bar.classList.contains("gs-3") && bar.classList.contains("sp-2")).toBe(true);
  });

  it("puts every activity in the table cells of exactly its fiscal years", () => {
    for (const { id, items } of project.roadmap.courses) {
      const table = course(id).doc.querySelector(`#${id} table.roadmap-table`)!;
      for (const item of items) {
        const row = table.querySelector(`tr[data-item="${item.number}"]`)!;
        for (const year of [2023, 2024, 2025, 2026]) {
          const cell = textOf(row.querySelector(`td[data-year="${year}"]`)!);
          for (const a of item.activities) {
            const inYear = a.period.from <= year && year <= a.period.to;
            expect(cell.includes(squash(a.text.ja)), `${id} item ${item.number} ${year}: ${a.text.ja}`).toBe(inYear);
          }
        }
      }
    }
    // The examples from the brief, spelled out.
    const row = (c: string, n: number) =>
      course(c).doc.querySelector(`#${c} table.roadmap-table tr[data-item="${n}"]`)!;
    const cell = (c: string, n: number, y: number) => textOf(row(c, n).querySelector(`td[data-year="${y}"]`)!);
    expect(cell("course-1", 2, 2024)).toContain("地区ドックの実施 改善案の反映");
    expect(cell("course-1", 2, 2025)).toContain("地区ドックの実施 改善案の反映");
    expect(cell("course-1", 2, 2026)).toBe("—なし"); // "—" shown, "なし" read out
    expect(cell("course-2", 3, 2023)).toContain("庁内での検討(事務の抜本的見直し)");
    expect(cell("course-2", 3, 2024)).toContain("WGでの検討・方針決定 事務のメニュー化");
    expect(cell("course-2", 3, 2025)).toContain("WGでの検討・方針決定 事務のメニュー化");
    expect(cell("course-2", 3, 2026)).toContain("新方針による事務の移行準備");
  });

  it("shows responsible parties as a matrix, or says the source gives none", () => {
    expect(textOf(course("course-1").doc.querySelector("#course-1")!)).toContain("元の資料に担当の記載はありません");
    const matrix = course("course-2").doc.querySelector("#course-2 table.matrix")!;
    expect(matrix.querySelectorAll("thead th").map((th) => textOf(th))).toEqual([
      "見直し項目",
      "住自協",
      "支所",
      "担当課",
      "地活課",
    ]);
    expect(
      matrix
        .querySelectorAll("tbody tr")[0]
        .querySelectorAll("td")
        .map((td) => textOf(td)),
    ).toEqual(Array(4).fill("○担当"));
  });

  it("shows goal images, footnotes and the legend", () => {
    const main = roadmapText();
    for (const c of project.roadmap.courses) {
      for (const g of c.goalImages ?? []) {
        expect(main).toContain(squash(g.title.ja));
        for (const s of g.statements) expect(main).toContain(squash(s.ja));
      }
      for (const f of c.footnotes ?? []) expect(main).toContain(squash(f.ja));
    }
    expect(main).toContain("公助");
    expect(main).toContain("互助・共助");
  });
});

describe("English pages", () => {
  it("declare their language and link the alternates", () => {
    for (const p of ["/aioi/6-1-1/", "/jumin-jichi-refresh/roadmap/", "/jumin-jichi-refresh/roadmap/course-2/", "/"]) {
      const ja = page(p).doc;
      const en = page(`/en${p}`.replace(/\/\/$/, "/")).doc;
      expect(ja.querySelector("html")!.getAttribute("lang")).toBe("ja");
      expect(en.querySelector("html")!.getAttribute("lang")).toBe("en");
      for (const d of [ja, en]) {
        const alt: Record<string, string> = Object.fromEntries(
          d
            .querySelectorAll("link[rel=alternate]")
            .map((l): [string, string] => [l.getAttribute("hreflang")!, new URL(l.getAttribute("href")!).pathname]),
        );
        expect(alt).toEqual({ ja: p, en: `/en${p}`, "x-default": p });
      }
      expect(ja.querySelector(".lang-switch a")!.getAttribute("href")).toBe(`/en${p}`);
      expect(en.querySelector(".lang-switch a")!.getAttribute("href")).toBe(p);
    }
  });

  it("flag provisional translations", () => {
    const { doc } = page("/en/aioi/6-1-1/");
    expect(doc.querySelectorAll(".tag-provisional").length).toBeGreaterThan(0);
    const tag = doc.querySelector(".tag-provisional")!;
    expect(tag.getAttribute("title")).toBe("provisional translation");
    expect(tag.querySelector("[aria-hidden=true]")!.text).toBe("provisional");
    expect(tag.querySelector(".visually-hidden")!.text).toBe("provisional translation");
    expect(doc.querySelector(".translation-note")!.text).toContain("The Japanese original is authoritative");
    expect(page("/aioi/6-1-1/").doc.querySelector(".translation-note")).toBeNull();
  });

  it("show Japanese with a notice where a field has no English", () => {
    const { doc, main } = page(`/en/aioi/${UNTRANSLATED_MEASURE}/`, fallbackDist);
    expect(doc.querySelector("html")!.getAttribute("lang")).toBe("en");
    expect(main).toContain("Not yet translated — shown in Japanese");
    const measure = aioi.measures.find((m) => m.measure.number === UNTRANSLATED_MEASURE)!.measure;
    const jaSpans = doc.querySelectorAll("main [lang=ja]").map((s) => textOf(s));
    expect(jaSpans).toContain(squash(measure.actions[0].title.ja));
    expect(jaSpans).toContain(squash(measure.situation[0].ja));
    // Interface text stays English.
    expect(main).toContain("Current situation and issues");
    // The translated measures of the same build show no notice.
    expect(page("/en/aioi/6-1-1/", fallbackDist).main).not.toContain("Not yet translated");
  });
});

describe("open data", () => {
  it("site.json and one JSON per document", () => {
    const json = JSON.parse(readFileSync(path.join(dist, "data", "site.json"), "utf8")) as ReturnType<typeof siteJson>;
    expect(json.licence.name).toBe("CC BY 4.0");
    expect(json.plans.map((p) => p.id)).toEqual(["aioi"]);
    expect(json.projects.map((p) => p.id)).toEqual(["jumin-jichi-refresh"]);
    const plan = JSON.parse(readFileSync(path.join(dist, "data", "aioi.json"), "utf8")) as ReturnType<typeof planJson>;
    expect(plan.measures.map((m) => m.number)).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
    expect(plan.measures[0].kpiProgress["6-1-1-1"].status).toBe("moving-away");
    expect(plan.measures[0].file).toBe("content/aioi/measures/6-1-1.yaml");
    const proj = JSON.parse(readFileSync(path.join(dist, "data", "jumin-jichi-refresh.json"), "utf8")) as ReturnType<
      typeof projectJson
    >;
    expect(proj.project.roadmap.courses).toHaveLength(2);
  });

  it("the KPI CSV has a BOM, 和暦 and 西暦 columns, the figures as written and each KPI's direction and status", () => {
    const bytes = readFileSync(path.join(dist, "data", "aioi-kpis.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "plan,measure_number,measure_title,kpi_id,label,unit,kind,fiscal_year_wareki,fiscal_year,value,direction,status",
    );
    expect(lines.slice(1, 4)).toEqual([
      "aioi,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,相生市に住み続けたいと思う人の割合,%,baseline,令和2年度,2020,70.0,increase,moving-away",
      "aioi,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,相生市に住み続けたいと思う人の割合,%,actual,令和6年度,2024,65.9,increase,moving-away",
      "aioi,6-1-1,定住の促進と関係人口の拡大,6-1-1-1,相生市に住み続けたいと思う人の割合,%,target,令和12年度,2030,73,increase,moving-away",
    ]);
    const values = lines.slice(1).map((l) => l.split(",")[9]);
    expect(values).toEqual(["70.0", "65.9", "73", "47.8", "50.2", "54", "25.0", "27.1", "34"]);
    expect(lines[7]).toMatch(/^aioi,6-1-3,,6-1-3-1,/);
  });

  it("is linked from the about page", () => {
    const hrefs = page("/about/")
      .doc.querySelectorAll("#open-data a")
      .map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/data/site.json",
        "/data/aioi.json",
        "/data/jumin-jichi-refresh.json",
        "/data/aioi-kpis.csv",
      ]),
    );
  });
});

describe("other pages", () => {
  it("home lists the plan and project with their periods and ways in", () => {
    const { main, doc } = page("/");
    expect(main).toContain("第6次相生市総合計画");
    expect(main).toContain("令和3年度 (2021)～令和12年度 (2030)");
    expect(main).toContain("住民自治リフレッシュプロジェクト");
    expect(main).toContain("令和5年度 (2023)～令和8年度 (2026)");
    const hrefs = doc.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/aioi/",
        "/aioi/#goal-6",
        "/aioi/numbers/",
        "/aioi/kpi/",
        "/jumin-jichi-refresh/roadmap/",
      ]),
    );
  });

  it("glossary, about and translation status", () => {
    const g = page("/glossary/").main;
    for (const term of [
      "基本施策",
      "取り組み事項",
      "主な事業",
      "めざそう値",
      "関連計画",
      "ロードマップ",
      "離陸期・加速期・着陸期",
      "住自協",
      "和暦",
      "年度",
    ])
      expect(g).toContain(term);
    const about = page("/about/").main;
    expect(about).toContain("CC BY 4.0");
    expect(about).toContain("進捗率");
    const tr = page("/translations/").doc;
    const row = textOf(tr.querySelector('tr[data-document="aioi"]')!);
    expect(row).toMatch(/aioi \d+ \d+ \d+ \d+ \d+ \d+%/);
    const fb = textOf(page("/translations/", fallbackDist).doc.querySelector('tr[data-document="aioi"]')!);
    expect(fb).not.toBe(row);
  });

  it("404 page in both languages", () => {
    const { main } = page("/404.html");
    expect(main).toContain("ページが見つかりません");
    expect(main).toContain("Page not found");
  });
});
