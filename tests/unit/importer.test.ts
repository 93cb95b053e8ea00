// The importer against the real seeds: counts, exact values, determinism, and a
// coverage check that every piece of text in the seeds reaches the YAML.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { importSeeds } from "../../src/lib/import/index.ts";
import { importPlan } from "../../src/lib/import/plan-doc.ts";
import type { Measure, Plan, Project } from "../../src/lib/types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const { files, report } = importSeeds(path.join(root, "seeds"));
const load = <T>(rel: string): T => parse(files.get(rel)!) as T;
const measures = ["6-1-1", "6-1-2", "6-1-3"].map((n) => load<Measure>(`aioi/measures/${n}.yaml`));
const project = load<Project>("jumin-jichi-refresh/project.yaml");

describe("plan import (000_…)", () => {
  it("finds three measures under goal 6, policy 6-1", () => {
    const plan = load<Plan>("aioi/plan.yaml");
    expect(plan.goals[0].number).toBe(6);
    expect(plan.goals[0].title.ja).toBe("まちづくりを進める土台を強化する");
    expect(plan.goals[0].policies[0].measures).toEqual(["6-1-1", "6-1-2", "6-1-3"]);
    expect([...files.keys()].filter((k) => k.includes("/measures/"))).toHaveLength(3);
  });

  it("keeps every KPI figure and year", () => {
    const rows = measures.map((m) =>
      m.kpis.map((k) => [
        ...k.actuals.map((a) => [a.fiscalYear, a.value]),
        [k.target.fiscalYear, k.target.value],
        k.unit,
      ]),
    );
    expect(rows).toEqual([
      [[[2020, 70.0], [2024, 65.9], [2030, 73], "%"]],
      [[[2020, 47.8], [2024, 50.2], [2030, 54], "%"]],
      [[[2020, 25.0], [2024, 27.1], [2030, 34], "%"]],
    ]);
    expect(files.get("aioi/measures/6-1-1.yaml")).toContain("value: 70.0");
    expect(measures[2].kpis[0].label.ja).toBe("市の財政運営が満足であると思う人の割合");
  });

  it("reads 10 actions with their main projects", () => {
    expect(measures.map((m) => m.actions.length)).toEqual([3, 4, 3]);
    expect(measures[0].actions[1].mainProjects.map((p) => p.ja)).toEqual([
      "国際交流事業",
      "相生市民さわやかあいさつ運動事業",
    ]);
    expect(measures[1].actions[0].description).toHaveLength(2);
    expect(measures[2].actions[0].mainProjects.map((p) => p.ja)).toEqual(["財政調整基金事業", "減債基金事業"]);
  });

  it("numbers the headless third measure by position and leaves its title missing", () => {
    expect(measures[2].number).toBe("6-1-3");
    expect(measures[2].titleMissing).toBe(true);
    expect(measures[2].title).toBeUndefined();
    expect(report.some((r) => r.level === "warning" && r.message.includes("6-1-3"))).toBe(true);
  });

  it("records related plans with periods, or none", () => {
    expect(measures[0].relatedPlans).toBe("none");
    expect(measures[1].relatedPlans).toEqual([
      { name: { ja: "第7次定員適正化計画" }, period: { from: 2026, to: 2030 } },
      { name: { ja: "公共施設等総合管理計画" }, period: { from: 2017, to: 2046 } },
    ]);
    expect(measures[2].relatedPlans).toEqual([
      { name: { ja: "第5期行財政健全化計画" }, period: { from: 2026, to: 2030 } },
    ]);
  });

  it("turns strategy rows into structured references", () => {
    expect(measures[0].strategyRefs).toEqual([
      { goal: 2, measure: 1 },
      { goal: 2, measure: 3 },
      { goal: 3, measure: 1 },
      { goal: 4, measure: 3 },
    ]);
    expect(load<{ measures: unknown[] }>("aioi/strategy.yaml").measures).toContainEqual({
      goal: 2,
      measure: 3,
      title: { ja: "あいおいプロモーション" },
    });
  });

  it("keeps the OCR slip 个 and reports it", () => {
    expect(measures[1].direction[0].ja).toContain("个性的");
    expect(report.some((r) => r.message.includes("个"))).toBe(true);
  });
});

describe("KPI direction from the figures", () => {
  // A めざそう値 table in the seed's shape: baseline, latest, target.
  const table = (...rows: string[]) =>
    [
      "基本施策 9-1-1 見本",
      "",
      "めざそう値",
      "",
      "項目\t実績値\t\tめざそう値",
      "\t令和2\t令和6\t令和12",
      ...rows,
      "",
    ].join("\n");
  const meta = {
    file: "sample.txt",
    id: "sample",
    municipality: "見本市",
    title: "見本計画",
    period: { from: 2021, to: 2030 },
    goal: { number: 9, title: "見本" },
    policy: "9-1",
  };
  const imported = importPlan(
    table(
      "結核による新規登録患者数\t6件\t4件\t2件",
      "健康診断の受診率\t50.0%\t54.1%\t60%",
      "自治会への加入率\t80%\t78%\t80%",
      "食中毒の発生件数\t0件\t0件\t0件",
      "新しい指標\t\t\t20件",
    ),
    meta,
  );
  const kpis = imported.measures[0].kpis;
  const about = (id: string) => imported.report.entries.filter((e) => e.message.includes(id));

  it("writes decrease when the target is below the baseline, increase when above", () => {
    expect(kpis.map((k) => [k.label.ja, k.direction])).toEqual([
      ["結核による新規登録患者数", "decrease"],
      ["健康診断の受診率", "increase"],
      ["自治会への加入率", "maintain"],
      ["食中毒の発生件数", "maintain-or-lower"],
      ["新しい指標", "increase"],
    ]);
    expect(about("9-1-1-1")).toEqual([
      {
        level: "info",
        source: "sample.txt",
        line: 7,
        message:
          "めざそう値 9-1-1-1: 目標値 2件 が基準値 6件 より小さいため direction: decrease(低いほど良い)としました / KPI 9-1-1-1: target 2件 below baseline 6件: direction decrease (lower is better)",
      },
    ]);
    expect(about("9-1-1-2").map((e) => e.message)).toEqual([
      "めざそう値 9-1-1-2: 目標値 60% が基準値 50.0% より大きいため direction: increase(高いほど良い)としました / KPI 9-1-1-2: target 60% above baseline 50.0%: direction increase (higher is better)",
    ]);
  });

  it("writes maintain for a level to keep, maintain-or-lower at 0, and asks a person to check", () => {
    expect(about("9-1-1-3").map((e) => [e.level, e.line])).toEqual([["warning", 9]]);
    expect(about("9-1-1-3")[0].message).toContain("maintain-or-lower にしてください");
    expect(about("9-1-1-4").map((e) => [e.level, e.message.split(" / ")[1]])).toEqual([
      ["warning", "KPI 9-1-1-4: target equals baseline (0件): direction maintain-or-lower (keep it at or below 0件)"],
    ]);
  });

  it("cannot tell without a baseline: writes increase and says so", () => {
    expect(kpis[4].actuals).toEqual([]);
    expect(about("9-1-1-5").map((e) => [e.level, e.line, e.message.split(" / ")[1]])).toEqual([
      [
        "warning",
        11,
        "KPI 9-1-1-5: no baseline, so which way is better cannot be told; wrote increase: add the baseline and check direction",
      ],
    ]);
  });

  it("the seeds' three KPIs aim upwards and are reported so", () => {
    expect(measures.map((m) => m.kpis[0].direction)).toEqual(["increase", "increase", "increase"]);
    expect(report.filter((r) => r.message.includes("direction: increase")).map((r) => r.line)).toEqual([25, 62, 96]);
  });
});

describe("project import (004_…)", () => {
  it("reads 8 + 4 roadmap items in two courses", () => {
    expect(project.roadmap.courses.map((c) => [c.numeral, c.name.ja, c.deadline, c.items.length])).toEqual([
      ["Ⅰ", "2024コース", 2024, 8],
      ["Ⅱ", "2026コース", 2026, 4],
    ]);
  });

  it("places course Ⅰ activities in their fiscal years, merging a span", () => {
    const dock = project.roadmap.courses[0].items[1];
    expect(dock.title.ja).toBe("地区ドックの実施");
    expect(dock.activities.map((a) => [a.text.ja, a.period.from, a.period.to])).toEqual([
      ["調査内容検討", 2023, 2023],
      ["地区ドックの実施 改善案の反映", 2024, 2025],
    ]);
  });

  it("places course Ⅱ activities by phase and records the interpretation", () => {
    const course = project.roadmap.courses[1];
    expect(course.phases.map((p) => [p.name.ja, p.period.from, p.period.to])).toEqual([
      ["離陸期", 2023, 2023],
      ["加速期", 2024, 2025],
      ["着陸期", 2026, 2026],
    ]);
    expect(course.items[2].activities.map((a) => a.phase)).toEqual(["takeoff", "acceleration", "landing"]);
    expect(course.interpretation?.ja).toContain("PDF");
    expect(course.items[0].responsible).toEqual(["jujikyo", "shisho", "tantoka", "chikatsuka"]);
    expect(course.items[1].situation?.map((s) => s.ja)).toEqual([
      "硬貨での金融機関納入等に負担",
      "募金の一部が地域福祉の財源として還流",
    ]);
  });

  it("reads goal images, footnotes, legend, principles and 4 continuing themes", () => {
    const [c1, c2] = project.roadmap.courses;
    expect(c1.goalImages?.map((g) => g.title.ja)).toEqual([
      "担い手の確保",
      "住民と行政との適切な役割分担",
      "住民自治活動の量と質の適正化",
      "労務管理の相談の場",
    ]);
    expect(c2.goalImages?.[0].statements).toHaveLength(3);
    expect(c1.footnotes).toHaveLength(2);
    expect(project.roadmap.legend?.map((l) => l.label.ja)).toEqual(["公助", "互助・共助", "自助"]);
    // Categories are told apart by colour only: the importer gives the legend ids, never an
    // item's categories, and says so in its report.
    expect(project.roadmap.legend?.map((l) => l.id)).toEqual(["category-1", "category-2", "category-3"]);
    expect(project.roadmap.courses.flatMap((c) => c.items).filter((i) => i.categories)).toEqual([]);
    expect(
      report.filter((r) => r.message.includes("categories could not be recovered from the PDF text")),
    ).toHaveLength(1);
    expect(project.principles?.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const themes = project.continuingIssues!.themes;
    expect(themes.map((t) => t.title.ja)).toEqual([
      "市からの依頼事務・協働する事務のあり方",
      "中山間地域のあり方",
      "地域活動のデジタル化",
      "その他",
    ]);
    expect(themes[3].points[0].responses?.map((r) => r.ja)).toEqual([
      "女性対象のセミナー等を通じた人材発掘",
      "若者等が参加しやすい住民自治の在り方の研究",
    ]);
  });

  it("leaves every status empty, as the source reports no progress, and says so in the report", () => {
    const reported = project.roadmap.courses.flatMap((c) =>
      c.items.flatMap((it) => [it, ...it.activities].filter((x) => "status" in x || "asOf" in x || "statusNote" in x)),
    );
    expect(reported).toEqual([]);
    const notes = report.filter((r) => r.message.includes("status left empty"));
    expect(notes.map((r) => r.level)).toEqual(["info", "info"]);
    expect(notes[0].message).toContain(
      "Ⅰ 2024コース: 進み具合(status)は原文にないため、見直し項目 8 件・取組 18 件とも空欄",
    );
    expect(notes[1].message).toContain("Ⅱ 2026コース");
  });

  it("does not name a municipality the document does not name", () => {
    expect(project.municipality).toBeUndefined();
  });
});

describe("every fact of the seeds reaches the YAML", () => {
  // Headers and layout words that become structure (keys, years) rather than text.
  const structural =
    /^(項目|実績値|めざそう値|令和\d+|取り組み事項|内容|主な事業|計画名称|計画期間（年度）|関連計画|—|→|関係する|地域創生総合戦略|見直し項目|現状|担当|離陸期|加速期|着陸期|ゴールイメージ|令和\d+年度|\d{4}|○|住自協|支所|担当課|地活課|###|-|現状と課題|基本方針|\d+|I|Ⅱ|Ⅲ|[①-⑳]|基本施策\d+-\d+-\d+|戦略目標\d+|施策\d+|(平成|令和)\d+～令和\d+|目的と目指す姿|基本的な考え方の整理|本プロジェクトで取り組む事項|進め方)$/;
  // Years are checked as numbers elsewhere; the wave dashes around a course aim are decoration.
  const all = [...files.values()].join("\n");
  for (const seed of ["000_851d47713c09fc33.txt", "004_379ca5da2b631e10.txt"]) {
    it(`covers ${seed}`, () => {
      const text = readFileSync(path.join(root, "seeds", seed), "utf8").replace(/<[^>]*>/g, " ");
      const chunks = text.split(/[\t\n ]+|(?<=^|\s)[・◆●⇒※]/).map((c) =>
        c
          .replace(/^[-・◆●⇒①-⑳]+|[%]$/g, "")
          .replace(/^※/, "")
          .replace(/^～(.+)～$/, "$1")
          .trim(),
      );
      const missing = chunks.filter(
        (c) => c.length > 0 && !structural.test(c) && !all.includes(c) && !/^[\d.]+%?$/.test(c),
      );
      expect(missing).toEqual([]);
    });
  }
});

describe("CLI", () => {
  const node = path.join(root, "node_modules/.bin/node");
  const run = (...args: string[]) =>
    execFileSync(node, ["scripts/import.ts", ...args], { cwd: root, encoding: "utf8" });

  it("is deterministic: two imports into empty folders are byte-identical", () => {
    const [a, b] = [mkdtempSync(path.join(os.tmpdir(), "imp-")), mkdtempSync(path.join(os.tmpdir(), "imp-"))];
    run("--out", a);
    run("--out", b);
    const list = (d: string): string[] =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(d, path.join(e.parentPath, e.name)))
        .sort();
    expect(list(a)).toEqual(list(b));
    expect(list(a)).toHaveLength(6);
    for (const f of list(a)) expect(readFileSync(path.join(a, f), "utf8")).toBe(readFileSync(path.join(b, f), "utf8"));
  });

  it("never overwrites an edited file without --force, and --diff shows the change", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "imp-"));
    run("--out", dir);
    const file = path.join(dir, "aioi/measures/6-1-3.yaml");
    const edited = readFileSync(file, "utf8").replace("titleMissing: true", "title:\n  ja: 健全な財政運営");
    execFileSync("sh", ["-c", `cat > '${file}'`], { input: edited });
    expect(run("--out", dir)).toContain("kept 6 existing files");
    expect(readFileSync(file, "utf8")).toBe(edited);
    const diff = run("--out", dir, "--diff");
    expect(diff).toContain("--- aioi/measures/6-1-3.yaml");
    expect(diff).toContain("+ titleMissing: true");
    run("--out", dir, "--force");
    expect(readFileSync(file, "utf8")).toContain("titleMissing: true");
  });

  it("each file starts with the schema line for editors", () => {
    expect(files.get("aioi/measures/6-1-1.yaml")!.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schemas/measure.schema.json",
    );
    expect(files.get("jumin-jichi-refresh/project.yaml")!.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/project.schema.json",
    );
  });
});
