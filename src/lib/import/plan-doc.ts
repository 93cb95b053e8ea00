// Importer for a comprehensive-plan extract (e.g. 第6次相生市総合計画, 基本施策 6-1-x).
// Reads the text line by line; tables are tab-separated. Anything it cannot place is
// reported, never dropped, and no text is invented (a missing title stays missing).
import type { Measure, Kpi, Action, Plan, Strategy } from "../types.ts";
import { fromWareki } from "../wareki.ts";
import { decideDirection } from "./direction.ts";
import { cellsOf, circledNumber, headingText, listItems, paragraphs, stripTags } from "./cells.ts";
import { Report } from "./report.ts";
import { ja, type Draft } from "./text.ts";

export interface PlanMeta {
  file: string;
  id: string;
  municipality: string;
  title: string;
  period: { from: number; to: number };
  goal: { number: number; title: string };
  policy: string;
}

export interface PlanImport {
  plan: Plan;
  measures: Draft<Measure>[];
  strategy: Strategy;
  report: Report;
}

type Section = "situation" | "direction" | "none";
interface Cursor {
  lines: string[];
  i: number;
}

const MEASURE_HEADING = /^基本施策\s*(\d+-\d+-\d+)\s*(.*)$/;

export function importPlan(text: string, meta: PlanMeta): PlanImport {
  const report = new Report(meta.file);
  const cur: Cursor = { lines: text.split(/\r?\n/), i: 0 };
  const measures: Draft<Measure>[] = [];
  const refs = new Map<string, { goal: number; measure: number; title: string }>();
  let m: Draft<Measure> | undefined;
  let section: Section = "none";

  const startMeasure = (number: string, title: string | undefined, line: number): Draft<Measure> => {
    // Keys in schema order, so the YAML reads top to bottom like the printed page.
    const named = title ? { title: ja(title) } : { titleMissing: true as const };
    const next: Draft<Measure> = {
      kind: "measure",
      number,
      ...named,
      situation: [],
      direction: [],
      kpis: [],
      actions: [],
      relatedPlans: "none",
    };
    if (!title) {
      report.warn(
        line,
        `基本施策 ${number} の見出し(タイトル)が原文にありません。位置から番号を付けました。タイトルを入力してください / measure ${number} has no heading in the source: numbered by position, title left missing`,
      );
    }
    measures.push(next);
    return next;
  };

  for (; cur.i < cur.lines.length; cur.i++) {
    const raw = cur.lines[cur.i];
    const lineNo = cur.i + 1;
    const line = headingText(raw);
    if (line === "") continue;
    const heading = MEASURE_HEADING.exec(line);
    if (heading) {
      m = startMeasure(heading[1], heading[2].trim() || undefined, lineNo);
      section = "none";
      continue;
    }
    if (line === "現状と課題") {
      // A second 現状と課題 means a new measure whose heading the extraction lost.
      if (!m || m.situation.length > 0) m = startMeasure(nextNumber(measures, meta.policy), undefined, lineNo);
      section = "situation";
      continue;
    }
    if (!m) {
      report.warn(
        lineNo,
        `基本施策の見出しより前の行を配置できません / line before any measure heading could not be placed: ${line}`,
      );
      continue;
    }
    if (line === "基本方針") section = "direction";
    else if (line === "めざそう値") section = "none";
    else if (line.startsWith("項目\t")) m.kpis.push(...readKpis(cur, m.number, report));
    else if (line.startsWith("取り組み事項\t")) m.actions = readActions(cur, report);
    else if (line.startsWith("計画名称")) readRelatedPlans(cur, m, report);
    else if (line.startsWith("関係する")) m.strategyRefs = readStrategyRefs(cur, refs, report);
    else if (section === "situation") m.situation.push(ja(line));
    else if (section === "direction") m.direction.push(ja(line));
    else report.warn(lineNo, `配置できない行です / could not place this line: ${line}`);
  }

  const plan: Plan = {
    id: meta.id,
    kind: "plan",
    municipality: ja(meta.municipality),
    title: ja(meta.title),
    period: meta.period,
    source: { file: `seeds/${meta.file}` },
    goals: [
      {
        number: meta.goal.number,
        title: ja(meta.goal.title),
        policies: [{ number: meta.policy, titleMissing: true, measures: measures.map((x) => x.number) }],
      },
    ],
  };
  report.warn(
    1,
    `施策 ${meta.policy} のタイトルは原文にありません / the title of policy ${meta.policy} is not in the source`,
  );
  const strategy: Strategy = {
    id: "strategy",
    kind: "strategy",
    title: ja("地域創生総合戦略"),
    source: { file: `seeds/${meta.file}`, note: ja("基本施策の「関係する地域創生総合戦略」欄から集めた項目") },
    measures: [...refs.values()]
      .sort((a, b) => a.goal - b.goal || a.measure - b.measure)
      .map((r) => ({ goal: r.goal, measure: r.measure, title: ja(r.title) })),
  };
  return { plan, measures, strategy, report };
}

function nextNumber(measures: Draft<Measure>[], policy: string): string {
  return `${policy}-${measures.filter((x) => x.number.startsWith(`${policy}-`)).length + 1}`;
}

/** Rows of a tab-separated table from the current line until the first blank line. */
function tableRows(cur: Cursor): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  for (; cur.i < cur.lines.length && cur.lines[cur.i].trim() !== ""; cur.i++) {
    rows.push({ cells: cellsOf(cur.lines[cur.i]), line: cur.i + 1 });
  }
  cur.i--; // the for loop in importPlan advances past the blank line
  return rows;
}

function readKpis(cur: Cursor, measure: string, report: Report): Draft<Kpi>[] {
  const [header, years, ...data] = tableRows(cur);
  const targetCol = header.cells.indexOf("めざそう値");
  const yearOf = (c: number): number => fromWareki(years.cells[c]);
  return data.map((row, r) => {
    const actuals = [];
    let unit = "";
    const parse = (cell: string, col: number) => {
      const match = /^(-?[\d,]+(?:\.(\d+))?)\s*(.*)$/.exec(cell);
      if (!match) {
        report.warn(row.line, `めざそう値の数値を読めません / cannot read KPI figure "${cell}"`);
        return undefined;
      }
      unit ||= match[3];
      const value: { fiscalYear: number; value: number; decimals?: number } = {
        fiscalYear: yearOf(col),
        value: Number(match[1].replace(/,/g, "")),
      };
      if (match[2]) value.decimals = match[2].length;
      return value;
    };
    for (let c = 1; c < targetCol; c++) {
      const v = row.cells[c] ? parse(row.cells[c], c) : undefined;
      if (v) actuals.push(v);
    }
    const target = parse(row.cells[targetCol] ?? "", targetCol);
    if (!target) throw new Error(`line ${row.line}: KPI row without a target`);
    const id = `${measure}-${r + 1}`;
    return {
      id,
      label: ja(row.cells[0]),
      unit,
      direction: decideDirection({ id, unit, actuals, target }, row.line, report),
      actuals,
      target,
    };
  });
}

function readActions(cur: Cursor, report: Report): Draft<Action>[] {
  const [, ...rows] = tableRows(cur);
  return rows.map((row) => {
    const [head, body, projects] = row.cells;
    const number = circledNumber(head[0]);
    if (number === undefined)
      report.warn(row.line, `取り組み事項の番号(①…)がありません / action has no number: ${head}`);
    return {
      number: number ?? 0,
      title: ja(number === undefined ? head : head.slice(1)),
      description: paragraphs(body ?? "").map(ja),
      mainProjects: listItems(projects ?? "").map(ja),
    };
  });
}

function readRelatedPlans(cur: Cursor, m: Draft<Measure>, report: Report): void {
  cur.i++;
  const rows = tableRows(cur);
  const plans = [];
  for (const row of rows) {
    const [, name, period] = row.cells;
    if (name === "—" && period === "—") continue;
    const [from, to] = (period ?? "").split(/[～~〜-]/).map((s) => fromWareki(s.trim()));
    plans.push({ name: ja(name), period: { from, to } });
  }
  if (plans.length > 0) m.relatedPlans = plans;
  else if (!rows.some((r) => r.cells[1] === "—"))
    report.warn(rows[0]?.line ?? cur.i, "関連計画の表が空です / empty related-plan table");
}

function readStrategyRefs(
  cur: Cursor,
  refs: Map<string, { goal: number; measure: number; title: string }>,
  report: Report,
) {
  const out = [];
  for (const row of tableRows(cur)) {
    const text = stripTags(
      row.cells
        .slice(1)
        .filter((c) => c !== "→")
        .join(" "),
    );
    if (row.cells.includes("→"))
      report.info(row.line, "表の矢印(→)はレイアウト記号として読み飛ばしました / skipped layout arrow (→)");
    const ref = /●?戦略目標\s*(\d+)\s*施策\s*(\d+)\s*(.+)/.exec(text);
    if (!ref) {
      report.warn(row.line, `地域創生総合戦略の参照を読めません / cannot read strategy reference: ${text}`);
      continue;
    }
    const goal = Number(ref[1]);
    const measure = Number(ref[2]);
    refs.set(`${goal}-${measure}`, { goal, measure, title: ref[3].trim() });
    out.push({ goal, measure });
  }
  return out;
}
