// Reads one roadmap course table. The PDF's merged cells are lost in extraction, so
// phase headers (離陸期…) and year headers (令和5年度 2023…) may not line up. Rule:
// place each data cell by the header row it aligns with, and write the reading down
// as the course's `interpretation` for staff to check against the PDF.
import type { Activity, Course, Item, Phase } from "../types.ts";
import type { Project } from "../types.ts";
import { fromWareki } from "../wareki.ts";
import { cellsOf, markedPoints, stripTags } from "./cells.ts";
import { Report } from "./report.ts";
import { ja, type Draft } from "./text.ts";
import { assignYearsToPhases } from "./phase-years.ts";

export interface CourseHeading {
  numeral: string;
  name: string;
  aim: string;
  line: number;
}

const PHASE_IDS: Record<string, string> = { 離陸期: "takeoff", 加速期: "acceleration", 着陸期: "landing" };
const PARTY_IDS: Record<string, string> = {
  住自協: "jujikyo",
  支所: "shisho",
  担当課: "tantoka",
  地活課: "chikatsuka",
};
const ROMAN: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4 };

interface Row {
  cells: string[];
  line: number;
}

export function readCourseTable(
  lines: string[],
  start: number,
  heading: CourseHeading,
  roadmap: Draft<Project>["roadmap"],
  report: Report,
): { course: Draft<Course>; nextLine: number } {
  let i = start;
  while (i < lines.length && lines[i].trim() === "") i++;
  const rows: Row[] = [];
  for (; i < lines.length && lines[i].trim() !== ""; i++) rows.push({ cells: cellsOf(lines[i]), line: i + 1 });
  const [head, sub, ...data] = rows;

  const phaseCols = head.cells.flatMap((c, k) => (/期$/.test(c) ? [k] : []));
  const goalCol = head.cells.indexOf("ゴールイメージ");
  const yearAt = new Map<number, number>();
  sub.cells.forEach((c, k) => {
    const y = /令和\s*(\d+)\s*年度\s*(\d{4})/.exec(c);
    if (!y) return;
    const year = Number(y[2]);
    if (fromWareki(`令和${y[1]}`) !== year)
      report.warn(sub.line, `和暦と西暦が一致しません / era year and Gregorian year disagree: ${c}`);
    yearAt.set(k, year);
  });
  const partyCols = sub.cells.flatMap((c, k) => (c && k < Math.min(...phaseCols) && !yearAt.has(k) ? [k] : []));
  mergeParties(
    roadmap,
    partyCols.map((k) => sub.cells[k]),
  );
  const years = [...yearAt.values()];
  roadmap.fiscalYears = {
    from: Math.min(...years, roadmap.fiscalYears.from || Infinity),
    to: Math.max(...years, roadmap.fiscalYears.to),
  };

  const firstCol = Math.min(...phaseCols, ...yearAt.keys());
  const endCol = goalCol > 0 ? goalCol : head.cells.length;
  const aligned = phaseCols.length === yearAt.size && phaseCols.every((c) => yearAt.has(c));
  const layout = aligned
    ? { phases: phaseCols.map((c) => phaseOf(head.cells[c], [yearAt.get(c)!])), note: undefined }
    : interpretByPhase(head.cells, phaseCols, yearAt, firstCol, endCol, heading, report);
  const phaseAtCol = new Map(phaseCols.map((c, k) => [c, layout.phases[k]]));

  const deadline = /(\d{4})\s*\((R\d+)\)\s*年度/.exec(heading.aim);
  if (deadline && fromWareki(deadline[2]) !== Number(deadline[1]))
    report.warn(heading.line, `和暦と西暦が一致しません / era and Gregorian year disagree: ${deadline[0]}`);
  if (!deadline) report.warn(heading.line, "コースの期限年度を読めません / cannot read the course deadline");

  const course: Draft<Course> = {
    id: `course-${ROMAN[heading.numeral] ?? heading.numeral}`,
    numeral: heading.numeral,
    name: ja(heading.name),
    aim: ja(heading.aim),
    deadline: deadline ? Number(deadline[1]) : roadmap.fiscalYears.to,
    phases: layout.phases,
    items: [],
    goalImages: [],
  };
  if (layout.note) course.interpretation = layout.note;
  for (const row of data) {
    course.items.push(
      readItem(row, partyCols, firstCol, endCol, aligned ? yearAt : undefined, phaseAtCol, roadmap, report),
    );
    if (goalCol > 0 && row.cells[goalCol]) course.goalImages!.push(...goalImages(row.cells[goalCol]));
  }
  if (course.items.every((it) => !it.responsible))
    report.info(
      head.line,
      `${heading.numeral} ${heading.name}: 担当欄に○がありません(原文どおり空欄) / no ○ marks in the 担当 columns`,
    );
  if (course.items.every((it) => !it.situation))
    report.info(head.line, `${heading.numeral} ${heading.name}: 現状欄が空です / the 現状 column is empty`);
  // The source is a plan: it says what happens when, never how far it got. Statuses stay empty
  // (the site shows 未報告 / not reported) until staff enter reports in content/.
  const activities = course.items.reduce((n, it) => n + it.activities.length, 0);
  report.info(
    head.line,
    `${heading.numeral} ${heading.name}: 進み具合(status)は原文にないため、見直し項目 ${course.items.length} 件・取組 ${activities} 件とも空欄にしました(サイトでは「未報告」と表示) / the source gives no progress: status left empty for all ${course.items.length} items and ${activities} activities (shown as not reported)`,
  );
  return { course, nextLine: i };
}

function phaseOf(name: string, years: number[]): Draft<Phase> {
  return {
    id: PHASE_IDS[name] ?? `phase-${name.length}`,
    name: ja(name),
    period: { from: Math.min(...years), to: Math.max(...years) },
  };
}

function mergeParties(roadmap: Draft<Project>["roadmap"], labels: string[]): void {
  for (const label of labels) {
    if (roadmap.parties.some((p) => p.label.ja === label)) continue;
    roadmap.parties.push({ id: PARTY_IDS[label] ?? `party-${roadmap.parties.length + 1}`, label: ja(label) });
  }
}

function interpretByPhase(
  cells: string[],
  phaseCols: number[],
  yearAt: Map<number, number>,
  firstCol: number,
  endCol: number,
  heading: CourseHeading,
  report: Report,
) {
  const years = [...yearAt.values()].sort((a, b) => a - b);
  const assigned = assignYearsToPhases(phaseCols, years, firstCol, endCol);
  const phases = phaseCols.map((c, k) => phaseOf(cells[c], assigned[k]));
  const jaList = phases
    .map((p) => `${p.name.ja}=${p.period.from === p.period.to ? p.period.from : `${p.period.from}–${p.period.to}`}`)
    .join("、");
  const enList = phases
    .map(
      (p) =>
        `${PHASE_IDS[p.name.ja] ?? p.name.ja} ${p.period.from === p.period.to ? p.period.from : `${p.period.from}–${p.period.to}`}`,
    )
    .join(", ");
  report.warn(
    heading.line,
    `${heading.numeral} ${heading.name}: 期と年度の見出しの位置が揃っていないため解釈しました(${jaList})。PDFで確認してください / phase and year headers do not line up; interpreted as ${enList}: check against the PDF`,
  );
  const note = {
    ja: `元の表では年度の見出し(${years.length}列)と期の見出し(${phaseCols.length}列)の位置が揃っていません。取り組みのセルは期の見出しと同じ列にあるため、期に置きました。期と年度の対応は、年度が表の幅に均等に並ぶと見なし、各年度を最も重なる期に割り当てています(${jaList})。PDFの原本で確認してください。`,
    en: `In the source table the ${years.length} fiscal-year headers and the ${phaseCols.length} phase headers do not line up. The activity cells sit in the phase-header columns, so each activity is placed in its phase. Phases were mapped to fiscal years by assuming the years are spread evenly across the table and giving each year to the phase it overlaps most (${enList}). Please check against the original PDF.`,
    review: { en: "provisional" as const },
  };
  return { phases, note };
}

function readItem(
  row: Row,
  partyCols: number[],
  firstCol: number,
  endCol: number,
  yearAt: Map<number, number> | undefined,
  phaseAtCol: Map<number, Draft<Phase>>,
  roadmap: Draft<Project>["roadmap"],
  report: Report,
): Draft<Item> {
  const [c0, c1] = row.cells;
  const numbered = /^(\d+)\s*(.*)$/.exec(c0) ?? ["", "0", c0];
  const titleInFirst = numbered[2] !== "";
  const item: Draft<Item> = { number: Number(numbered[1]), title: ja(titleInFirst ? numbered[2] : c1), activities: [] };
  if (titleInFirst && c1) item.situation = markedPoints(c1, "・").map((x) => ja(x.text));
  const marked = partyCols.filter((k) => row.cells[k] === "○");
  if (marked.length) item.responsible = marked.map((k) => roadmap.parties[partyCols.indexOf(k)].id);
  for (let k = firstCol; k < endCol; k++) {
    const text = row.cells[k];
    if (!text) continue;
    const activity = placeActivity(text, k, yearAt, phaseAtCol);
    if (!activity)
      report.warn(
        row.line,
        `取り組みのセルを年度に置けません / cannot place activity cell in column ${k + 1}: ${text}`,
      );
    else addActivity(item.activities, activity, row.line, report);
  }
  return item;
}

function placeActivity(
  text: string,
  col: number,
  yearAt: Map<number, number> | undefined,
  phaseAtCol: Map<number, Draft<Phase>>,
): Activity | undefined {
  const year = yearAt?.get(col);
  if (year !== undefined) return { text: ja(text), period: { from: year, to: year } };
  const phase = phaseAtCol.get(col);
  return phase ? { text: ja(text), period: { ...phase.period }, phase: phase.id } : undefined;
}

/** Identical text in consecutive years is one activity spanning them. */
function addActivity(list: Activity[], a: Activity, line: number, report: Report): void {
  const prev = list.at(-1);
  if (prev && prev.text.ja === a.text.ja && prev.period.to + 1 === a.period.from && !prev.phase && !a.phase) {
    prev.period.to = a.period.to;
    report.info(
      line,
      `同じ内容の連続する年度を一つの期間にまとめました / merged identical consecutive cells into one span: ${a.text.ja} (${prev.period.from}–${prev.period.to})`,
    );
    return;
  }
  list.push(a);
}

function goalImages(cell: string) {
  return markedPoints(stripTags(cell), "●").map(({ text }) => {
    const [title, ...rest] = text.split(/\s+/);
    const body = rest.join(" ");
    const statements =
      body.includes("・") && /(^|\s)・/.test(body) ? markedPoints(body, "・").map((x) => x.text) : rest;
    return { title: ja(title), statements: statements.map(ja) };
  });
}
