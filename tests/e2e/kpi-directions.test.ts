// Every KPI direction × status as a reader meets it: the measure page (status with its shape and
// words, the sentence, the progress ratio, the direction note), the chart's text alternative, the
// KPI dashboard's status groups and the published CSV. The KPIs are tests/fixtures/kpi-directions,
// built into the fallback site as aioi measure 6-1-4 (global-setup.ts). Among them the issue's
// row 結核による新規登録患者数 6件 → 4件 aiming at 2件: lower is better, so it is on track at 50%,
// not achieved.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import { afterAll, describe, expect, it } from "vitest";
import { dist, fallbackDist, KPI_SAMPLES_MEASURE, root } from "./paths.ts";

type Status = "achieved" | "on-track" | "behind" | "moving-away" | "no-data";

// id → direction as the CSV gives it, status, progress ratio as the page shows it (ja).
const EXPECTED: Array<[id: string, direction: string, status: Status, ratio: string]> = [
  ["6-1-4-1", "increase", "achieved", "120%"], // no direction written: increase
  ["6-1-4-2", "increase", "on-track", "40%"],
  ["6-1-4-3", "increase", "on-track", "50%"], // −120人 → −60人 → 0人
  ["6-1-4-4", "increase", "behind", "20%"],
  ["6-1-4-5", "increase", "moving-away", "\u221220%"],
  ["6-1-4-6", "increase", "no-data", "算出できません"],
  ["6-1-4-7", "decrease", "on-track", "50%"], // 結核による新規登録患者数 6件 → 4件 → 2件
  ["6-1-4-8", "decrease", "achieved", "100%"],
  ["6-1-4-9", "decrease", "behind", "10%"],
  ["6-1-4-10", "decrease", "moving-away", "\u221225%"],
  ["6-1-4-11", "decrease", "no-data", "算出できません"],
  ["6-1-4-12", "maintain", "achieved", "対象外（水準を保つ指標のため）"],
  ["6-1-4-13", "maintain", "moving-away", "対象外（水準を保つ指標のため）"],
  ["6-1-4-14", "maintain", "no-data", "対象外（水準を保つ指標のため）"],
  ["6-1-4-15", "maintain-or-lower", "achieved", "対象外（水準を保つ指標のため）"],
  ["6-1-4-16", "maintain-or-lower", "moving-away", "対象外（水準を保つ指標のため）"],
  ["6-1-4-17", "maintain-or-lower", "no-data", "対象外（水準を保つ指標のため）"],
];

// What each status looks like: a shape and words, never colour alone.
const BADGE: Record<Status, { ja: string; en: string }> = {
  achieved: { ja: "◎達成", en: "◎achieved" },
  "on-track": { ja: "○順調", en: "○on track" },
  behind: { ja: "△遅れ", en: "△behind" },
  "moving-away": { ja: "▼悪化", en: "▼moving away" },
  "no-data": { ja: "－実績なし", en: "－no data yet" },
};

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const pages = new Map<string, HTMLElement>();
function page(url: string): HTMLElement {
  if (!pages.has(url)) pages.set(url, parse(readFileSync(path.join(fallbackDist, url, "index.html"), "utf8")));
  return pages.get(url)!;
}

/** One KPI's block on its measure page. */
function block(id: string, lang: "ja" | "en"): HTMLElement {
  const doc = page(`${lang === "en" ? "/en" : ""}/aioi/${KPI_SAMPLES_MEASURE}/`);
  const h3 = doc.querySelector(`#kpi-${id}`);
  if (!h3) throw new Error(`no KPI ${id} on the measure page`);
  return h3.parentNode!;
}

/** The definition (dd) of a term (dt) in the KPI's progress list. */
function progressItem(kpi: HTMLElement, term: string): string {
  const item = kpi
    .querySelectorAll(".progress > div")
    .find((d) => squash(d.querySelector("dt")!.text).startsWith(term));
  return squash(item!.querySelector("dd")!.text);
}

describe("every KPI direction × status", () => {
  it("covers every status for increase and decrease, and every status a maintain KPI can have", () => {
    const pairs = new Set(EXPECTED.map(([, d, s]) => `${d} ${s}`));
    for (const d of ["increase", "decrease"])
      for (const s of Object.keys(BADGE)) expect(pairs.has(`${d} ${s}`), `${d} ${s}`).toBe(true);
    for (const d of ["maintain", "maintain-or-lower"])
      for (const s of ["achieved", "moving-away", "no-data"]) expect(pairs.has(`${d} ${s}`), `${d} ${s}`).toBe(true);
  });

  it.each(EXPECTED)(
    "%s (%s): the page shows the status with its shape and words, and a matching ratio",
    (id, direction, status, ratio) => {
      for (const lang of ["ja", "en"] as const) {
        const kpi = block(id, lang);
        const badge = kpi.querySelector(".progress .status")!;
        expect(badge.querySelector(".status-icon")!.getAttribute("aria-hidden")).toBe("true");
        expect(squash(badge.text), `${id} ${lang}`).toBe(BADGE[status][lang]);
        expect(badge.classList.contains(`status-${status}`)).toBe(true);
        const caption = squash(kpi.querySelector("figure.chart figcaption")!.text);
        expect(caption).toContain(
          lang === "ja" ? `状況: ${BADGE[status].ja.slice(1)}。` : `Status: ${BADGE[status].en.slice(1)}.`,
        );
      }
      const kpi = block(id, "ja");
      expect(progressItem(kpi, "進捗率")).toBe(ratio);
      const sentence = squash(kpi.querySelector(".progress .status-text")!.text);
      const keeps = direction.startsWith("maintain");
      const sentences: Record<Status, string> = {
        achieved: keeps ? "保つべき水準（目標値）を保っています。" : "目標値に届いています。",
        "on-track": "期間の経過に見合う程度に、目標に向けて進んでいます。",
        behind: "目標に向けた進みが、期間の経過に比べて遅れています。",
        "moving-away": keeps
          ? "最新値が保つべき水準（目標値）より悪くなっています。"
          : "最新値が基準値より悪くなり、目標から遠ざかっています。",
        "no-data": "基準値の後の実績値がまだありません。",
      };
      expect(sentence).toBe(sentences[status]);
      const note = kpi.querySelector(".note") ? squash(kpi.querySelector(".note")!.text) : "";
      const caption = squash(kpi.querySelector("figure.chart figcaption")!.text);
      if (direction === "increase") {
        expect(note).toBe("");
      } else if (direction === "decrease") {
        expect(note).toBe("低いほど良い指標です。");
        expect(caption).toContain("（低いほど良い指標）");
      } else {
        const side = direction === "maintain" ? "以上" : "以下";
        expect(note).toMatch(new RegExp(`^目標値（[^）]+）${side}を保つことを目指す指標です。$`));
        expect(caption).toContain(`${side}を保つ指標）`);
      }
    },
  );

  it("the issue's row: 6件 → 4件 aiming at 2件 is on track at 50 %, never achieved", () => {
    const kpi = block("6-1-4-7", "ja");
    expect(squash(kpi.querySelector("h3")!.text)).toBe("結核による新規登録患者数");
    const text = squash(kpi.text);
    expect(text).not.toContain("達成");
    expect(text).not.toContain("目標値に届いています");
    expect(progressItem(kpi, "進捗率")).toBe("50%");
    expect(squash(kpi.querySelector("figure.chart figcaption")!.text)).toBe(
      "結核による新規登録患者数（低いほど良い指標）: 基準値 6件（令和2年度）、最新値 4件（令和6年度）、目標値 2件（令和12年度）。目標までの道のりの50%を進みました（期間の経過は40%）。状況: 順調。",
    );
  });

  it("the KPI dashboard lists each KPI in its status group, headed by the status's shape and words", () => {
    for (const lang of ["ja", "en"] as const) {
      const doc = page(lang === "en" ? "/en/aioi/kpi/" : "/aioi/kpi/");
      const groups = new Map<string, string[]>();
      for (const section of doc.querySelectorAll("main section[id^=status-]")) {
        const status = section.getAttribute("id")!.slice("status-".length) as Status;
        expect(squash(section.querySelector("h2 .status")!.text)).toBe(BADGE[status][lang]);
        // The KPI's label is the row's second cell.
        groups.set(
          status,
          section.querySelectorAll("tbody tr").map((tr) => squash(tr.querySelectorAll("td")[0].text)),
        );
      }
      const labels = parse(readFileSync(path.join(fallbackDist, "aioi", KPI_SAMPLES_MEASURE, "index.html"), "utf8"));
      for (const [id, , status] of EXPECTED) {
        const label = squash(labels.querySelector(`#kpi-${id}`)!.text);
        // In English the untranslated label is followed by its notice.
        const rows = [...groups].filter(([, labels]) => labels.some((l) => l === label || l.startsWith(`${label} `)));
        expect(
          rows.map(([s]) => s),
          `${id} ${label}`,
        ).toEqual([status]);
      }
    }
  });

  it("the CSV gives each KPI's direction and status on every row, and negative figures as numbers", () => {
    const csv = readFileSync(path.join(fallbackDist, "data", "aioi-kpis.csv"), "utf8").slice(1);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0].endsWith(",value,direction,status")).toBe(true);
    for (const [id, direction, status] of EXPECTED) {
      const rows = lines.filter((l) => l.split(",")[3] === id);
      expect(rows.length, id).toBe(status === "no-data" ? 2 : 3);
      for (const r of rows) expect(r.split(",").slice(-2), id).toEqual([direction, status]);
    }
    expect(lines.filter((l) => l.split(",")[3] === "6-1-4-3").map((l) => l.split(",")[9])).toEqual([
      "-120",
      "-60",
      "0",
    ]);
  });
});

describe("kpi:update reads the published CSV back", () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const node = path.join(root, "node_modules", ".bin", "node");

  it("the build's CSV changes nothing: every row says what the YAML says", () => {
    const content = mkdtempSync(path.join(os.tmpdir(), "kpi-roundtrip-"));
    temps.push(content);
    cpSync(path.join(root, "content"), content, { recursive: true });
    const before = snapshot(content);
    const out = execFileSync(
      node,
      [path.join(root, "scripts", "kpi-update.ts"), path.join(dist, "data", "aioi-kpis.csv"), "--dir", content],
      { encoding: "utf8" },
    );
    expect(out).toContain("変更のない行 9 行: 変更はありません");
    expect(out).toContain("9 rows unchanged: nothing to change");
    expect(snapshot(content)).toEqual(before);
  });
});

/** Every file's bytes under `dir`, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f)).toString("base64")]),
  );
}
