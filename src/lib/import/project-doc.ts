// Importer for a project document with a roadmap (e.g. 住民自治リフレッシュプロジェクト
// ロードマップ2023). Prose sections are read by their headings; the roadmap tables by
// their header rows (see roadmap-table.ts). Unplaced lines are reported, never dropped.
import type { Project, Course } from "../types.ts";
import { cellsOf, circledNumber, headingText, markedPoints, stripBullet } from "./cells.ts";
import { readCourseTable, type CourseHeading } from "./roadmap-table.ts";
import { Report } from "./report.ts";
import { ja, type Draft } from "./text.ts";

export interface ProjectMeta {
  file: string;
  id: string;
}

type Section = "purpose" | "policies" | "principles" | "undertakings" | "approach" | "roadmap" | "continuing" | "none";

const HEADINGS: Record<string, Section> = {
  目的と目指す姿: "purpose",
  基本方針: "policies",
  基本的な考え方の整理: "principles",
  本プロジェクトで取り組む事項: "undertakings",
  進め方: "approach",
};
const COURSE = /^([IⅠⅡⅢⅣ]|II|III)\s+(\S*コース)\s*～(.+)～$/;
const NUMERALS: Record<string, string> = { I: "Ⅰ", II: "Ⅱ", III: "Ⅲ", Ⅰ: "Ⅰ", Ⅱ: "Ⅱ", Ⅲ: "Ⅲ", Ⅳ: "Ⅳ" };

export function importProject(text: string, meta: ProjectMeta): { project: Draft<Project>; report: Report } {
  const report = new Report(meta.file);
  const lines = text.split(/\r?\n/);
  const p: Draft<Project> = {
    id: meta.id,
    kind: "project",
    title: ja(""),
    source: { file: `seeds/${meta.file}` },
    purpose: [],
    basicPolicies: [],
    principles: [],
    undertakings: [],
    approach: { points: [] },
    roadmap: { title: ja(""), fiscalYears: { from: 0, to: 0 }, parties: [], courses: [] },
  };
  let section: Section = "none";
  let course: Draft<Course> | undefined;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = headingText(lines[i]);
    const first = cellsOf(line)[0] ?? "";
    if (line === "") continue;
    if (HEADINGS[line] && section !== "roadmap" && section !== "continuing") {
      section = HEADINGS[line];
      continue;
    }
    const roadmapTitle = /^(.+?)\s*ロードマップ\s*\d{4}$/.exec(line);
    if (roadmapTitle) {
      p.title = ja(roadmapTitle[1]);
      p.roadmap.title = ja(line);
      section = "roadmap";
      continue;
    }
    const courseHead = COURSE.exec(first);
    if (courseHead) {
      const heading = courseHeading(courseHead, lineNo, report);
      const table = readCourseTable(lines, i + 1, heading, p.roadmap, report);
      course = table.course;
      p.roadmap.courses.push(course);
      i = table.nextLine - 1;
      continue;
    }
    const continuing = /^Ⅲ\s+(.+)$/.exec(first);
    if (continuing) {
      i = readContinuing(lines, i + 1, continuing[1], p, report) - 1;
      section = "continuing";
      course = undefined;
      continue;
    }
    if (line.startsWith("※")) {
      addFootnote(line, p, section === "continuing" ? undefined : course, lineNo, report);
      continue;
    }
    if (!placeProse(section, line, p, lineNo, report))
      report.warn(lineNo, `配置できない行です / could not place this line: ${line}`);
  }
  return { project: p, report };
}

function courseHeading(m: RegExpExecArray, line: number, report: Report): CourseHeading {
  const numeral = NUMERALS[m[1]];
  if (numeral !== m[1])
    report.info(
      line,
      `ローマ数字として読みました: "${m[1]}" → "${numeral}" / read "${m[1]}" as the Roman numeral ${numeral}`,
    );
  return { numeral, name: m[2], aim: m[3].trim(), line };
}

function placeProse(section: Section, line: string, p: Draft<Project>, lineNo: number, report: Report): boolean {
  switch (section) {
    case "purpose":
      p.purpose.push(ja(line));
      return true;
    case "policies":
      p.basicPolicies!.push(ja(stripBullet(line)));
      return true;
    case "principles":
      return placePrinciple(line, p);
    case "undertakings": {
      const heading = /^<(.+)>$/.exec(line);
      if (heading) p.undertakings!.push({ heading: ja(heading[1]), points: [] });
      else {
        if (p.undertakings!.length === 0) p.undertakings!.push({ points: [] });
        p.undertakings!.at(-1)!.points.push(ja(stripBullet(line)));
      }
      return true;
    }
    case "approach":
      if (/^[-◆]/.test(line)) p.approach!.points.push(ja(stripBullet(line)));
      else if (/^ワーキンググループ/.test(line) && !p.approach!.workingGroup) p.approach!.workingGroup = ja(line);
      else return false;
      return true;
    case "roadmap":
      if (/^～.+～$/.test(line) && !p.roadmap.subtitle) {
        p.roadmap.subtitle = ja(line);
        return true;
      }
      return false;
    default:
      report.info(lineNo, `見出しの前の行です / line before the first heading`);
      return false;
  }
}

function placePrinciple(line: string, p: Draft<Project>): boolean {
  const number = circledNumber(line[0]);
  if (number !== undefined) {
    p.principles!.push({ number, title: ja(line.slice(1).trim()) });
    return true;
  }
  const current = p.principles!.at(-1);
  if (!current) return false;
  if (/^(-\s+)?・/.test(line)) (current.bullets ??= []).push(ja(stripBullet(line)));
  else (current.body ??= []).push(ja(line));
  return true;
}

function addFootnote(
  line: string,
  p: Draft<Project>,
  course: Draft<Course> | undefined,
  lineNo: number,
  report: Report,
): void {
  const target = course ?? p.continuingIssues;
  if (!target) {
    report.warn(lineNo, `注記の置き場所がありません / footnote outside any table: ${line}`);
    return;
  }
  (target.footnotes ??= []).push(ja(line));
  const legend = /\((●[^)]*)\)/.exec(line);
  if (legend && !p.roadmap.legend) {
    // Each entry is a category of items; ids by position, as the labels are Japanese.
    p.roadmap.legend = markedPoints(legend[1], "●").map((x, i) => ({
      id: `category-${i + 1}`,
      symbol: "●",
      label: ja(x.text),
    }));
    report.warn(
      lineNo,
      "凡例の●(公助・互助・共助・自助など)は色で区別されていますが、抽出テキストに色がないため、見直し項目ごとの区分(categories)は PDF のテキストから復元できません。印刷物を見て各項目の categories に記入してください / the legend's ● symbols differ only by colour, which the extracted text lacks: the items' categories could not be recovered from the PDF text; fill in each item's categories from the printed document",
    );
  }
  if (line.includes("網掛け"))
    report.warn(
      lineNo,
      "網掛け(どの項目か)は抽出テキストにないため取り込めません / which items are shaded is not in the extracted text",
    );
}

function readContinuing(lines: string[], start: number, title: string, p: Draft<Project>, report: Report): number {
  let i = start;
  while (i < lines.length && lines[i].trim() === "") i++;
  const titles = cellsOf(lines[i]);
  const bodies = cellsOf(lines[i + 1] ?? "");
  p.continuingIssues = {
    numeral: "Ⅲ",
    title: ja(title),
    themes: titles.map((t, k) => ({
      title: ja(t),
      points: markedPoints(bodies[k] ?? "").map((pt) => {
        const [text, ...rest] = pt.text.split("⇒").map((s) => s.trim());
        const point: { kind: "issue" | "direction"; text: { ja: string }; responses?: { ja: string }[] } = {
          kind: pt.marker === "◆" ? "direction" : "issue",
          text: ja(text),
        };
        // Responses after ⇒ were separate lines in the PDF; extraction joined them with spaces.
        if (rest.length) point.responses = rest.join(" ").split(/\s+/).map(ja);
        return point;
      }),
    })),
  };
  if (titles.length !== bodies.length)
    report.warn(i + 2, "テーマの見出しと本文の列数が合いません / theme headings and bodies do not line up");
  return i + 2;
}
