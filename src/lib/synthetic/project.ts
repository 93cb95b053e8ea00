// A synthetic project with a roadmap (in the shape of 住民自治リフレッシュプロジェクト):
// parties, 2–3 courses with take-off / acceleration / landing phases, items whose
// activities sit inside the roadmap years and inside their phase.
import type { Course, Item, Phase, Project, Text } from "../types.ts";
import type { Pair } from "./corpus.ts";
import { ISSUES, METHODS, NEEDS, TOPICS } from "./corpus.ts";
import type { Rng } from "./prng.ts";
import type { Bi } from "./text.ts";
import { actionSentence, cap, directionSentence, district, heading, phrases, text } from "./text.ts";
import { nonEmpty, times } from "./util.ts";

export interface ProjectContext {
  id: string;
  city: Bi;
  /** Roadmap items in this project. */
  items: number;
  /** First fiscal year of the roadmap (4 years). */
  from: number;
  /** Share of texts published with an English translation. */
  english: number;
}

const NUMERALS = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];
const PARTIES: Array<[string, string, string]> = [
  ["jujikyo", "住自協", "Residents' council"],
  ["shisho", "支所", "Branch office"],
  ["tantoka", "担当課", "Department in charge"],
  ["chikatsuka", "地活課", "Community Activities Division"],
];

export function makeProject(rng: Rng, ctx: ProjectContext): Project {
  const tr = (bi: Bi): Text => text(bi, rng.chance(ctx.english));
  const topics = rng.sample(TOPICS, 6);
  const theme = rng.pick(topics);
  const years = { from: ctx.from, to: ctx.from + 3 };
  const courseCount = ctx.items >= 6 ? rng.int(2, 3) : 1;
  const sizes = split(ctx.items, courseCount, rng);
  return {
    id: ctx.id,
    kind: "project",
    title: tr({
      ja: `${theme[0]}リフレッシュプロジェクト`,
      en: `${cap(theme[1].replace(/^the /, ""))} refresh project`,
    }),
    municipality: tr(ctx.city),
    summary: tr({
      ja: `${ctx.city.ja}の${theme[0]}を見直すプロジェクトです（試験用の合成データ）。`,
      en: `A project to review ${theme[1]} in ${ctx.city.en} (synthetic test data).`,
    }),
    purpose: times(2, () => tr(directionSentence(rng, topics))),
    basicPolicies: times(3, () => tr(actionSentence(rng, topics))),
    principles: times(rng.int(3, 6), (i) => ({
      number: i + 1,
      title: tr(heading(rng, topics)),
      body: [tr(directionSentence(rng, topics))],
    })),
    undertakings: times(rng.int(1, 2), () => ({
      heading: tr(heading(rng, topics)),
      points: times(2, () => tr(actionSentence(rng, topics))),
    })),
    approach: {
      points: times(rng.int(2, 4), () => tr(actionSentence(rng, topics))),
      workingGroup: tr({
        ja: "ワーキンググループ(住民自治協議会、支所、市担当課、関係団体で構成)",
        en: "Working group (residents' councils, branch offices, city departments and related organisations)",
      }),
    },
    roadmap: {
      title: tr({ ja: `${theme[0]}リフレッシュプロジェクト ロードマップ${ctx.from}`, en: `Roadmap ${ctx.from}` }),
      fiscalYears: years,
      parties: PARTIES.map(([id, ja, en]) => ({ id, label: tr({ ja, en }) })),
      legend: [
        { id: "category-1", symbol: "●", label: tr({ ja: "公助", en: "Public help" }) },
        { id: "category-2", symbol: "●", label: tr({ ja: "互助・共助", en: "Mutual help" }) },
        { id: "category-3", symbol: "●", label: tr({ ja: "自助", en: "Self-help" }) },
      ],
      courses: nonEmpty(sizes.map((size, c) => makeCourse(rng, c, sizes.length, size, years, topics, tr, ctx.english))),
    },
    continuingIssues: {
      numeral: "Ⅲ",
      title: tr({ ja: "今後も継続して検討が必要な項目", en: "Issues that need continued study" }),
      themes: times(rng.int(2, 4), () => ({
        title: tr(heading(rng, topics)),
        points: times(rng.int(2, 5), () => ({
          kind: rng.chance(0.5) ? ("issue" as const) : ("direction" as const),
          text: tr(issuePoint(rng, topics)),
          ...(rng.chance(0.3) ? { responses: [tr(actionSentence(rng, topics))] } : {}),
        })),
      })),
    },
  };
}

/** `n` into `parts` sizes of at least 1 that add up to n. */
function split(n: number, parts: number, rng: Rng): number[] {
  const sizes = times(parts, () => 1);
  for (let left = n - parts; left > 0; left--) sizes[rng.int(0, parts - 1)]++;
  return sizes;
}

function phasesFor(from: number, to: number, deadline: number, tr: (bi: Bi) => Text): Phase[] {
  const landing = Math.min(to, deadline + 1);
  return [
    { id: "takeoff", name: tr({ ja: "離陸期", en: "Take-off" }), period: { from, to: from } },
    { id: "acceleration", name: tr({ ja: "加速期", en: "Acceleration" }), period: { from: from + 1, to: landing - 1 } },
    { id: "landing", name: tr({ ja: "着陸期", en: "Landing" }), period: { from: landing, to: landing } },
  ];
}

function makeCourse(
  rng: Rng,
  c: number,
  count: number,
  size: number,
  years: { from: number; to: number },
  topics: readonly Pair[],
  tr: (bi: Bi) => Text,
  english: number,
): Course {
  // The last course runs to the end of the roadmap; earlier ones end a year apart (2024, 2025, 2026 コース).
  const deadline = c === count - 1 ? years.to : years.from + 1 + c;
  const phases = phasesFor(years.from, years.to, deadline, tr);
  const r = deadline - 2018;
  return {
    id: `course-${c + 1}`,
    numeral: NUMERALS[c],
    name: tr({ ja: `${deadline}コース`, en: `${deadline} course` }),
    aim: tr({
      ja: `${deadline}(R${r})年度中に実現あるいは方針決定を目指す`,
      en: `To be realised or decided within FY${deadline}`,
    }),
    deadline,
    phases: nonEmpty(phases),
    items: nonEmpty(times(size, (i) => makeItem(rng, i + 1, phases, topics, rng.chance(english)))),
    goalImages: times(rng.int(1, 3), () => ({
      title: tr(heading(rng, topics)),
      statements: times(rng.int(1, 3), () => tr(goalState(rng, topics))),
    })),
    footnotes: [
      tr({
        ja: "※見直し項目の記号は、見直しに関連する主な活動を表したもの(●公助 ●互助・共助 ●自助)",
        en: "* The symbols show the main kind of activity involved (● public help ● mutual help ● self-help).",
      }),
    ],
  };
}

function makeItem(rng: Rng, number: number, phases: Phase[], topics: readonly Pair[], translated: boolean): Item {
  const tr = (bi: Bi) => text(bi, translated);
  const byPhase = rng.chance(0.5);
  const activities: Item["activities"] = [];
  for (const phase of phases) {
    if (!rng.chance(0.6) && !(phase === phases[phases.length - 1] && activities.length === 0)) continue;
    const from = rng.int(phase.period.from, phase.period.to);
    const to = rng.int(from, phase.period.to);
    activities.push({
      text: tr(activityText(rng, topics)),
      period: { from, to },
      ...(byPhase ? { phase: phase.id } : {}),
    });
  }
  const item: Item = { number, title: tr(itemTitle(rng, topics)), activities };
  if (rng.chance(0.5)) item.situation = times(rng.int(1, 2), () => tr(issuePoint(rng, topics)));
  if (rng.chance(0.6))
    item.responsible = rng.sample(
      PARTIES.map((p) => p[0]),
      rng.int(1, 4),
    );
  // One legend category per item, by position (no draw from rng: the rest stays as it was).
  const categories = [`category-${((number - 1) % 3) + 1}`];
  // Reorder keys as the schema lists them (situation, categories and responsible come before activities).
  const { title, situation, responsible } = item;
  return {
    number,
    title,
    ...(situation ? { situation } : {}),
    categories,
    ...(responsible ? { responsible } : {}),
    activities,
  };
}

function itemTitle(rng: Rng, topics: readonly Pair[]): Bi {
  const t = phrases(rng, topics).topic();
  switch (rng.int(0, 3)) {
    case 0:
      return { ja: `${t.ja}に関する事務`, en: `Administrative work on ${t.en}` };
    case 1:
      return { ja: `${t.ja}のあり方`, en: `How ${t.en} should work` };
    case 2: {
      const d = district(rng);
      return { ja: `${d.ja}地区の地区ドックの実施`, en: `District check-up in ${d.en}` };
    }
    default: {
      return heading(rng, topics);
    }
  }
}

function activityText(rng: Rng, topics: readonly Pair[]): Bi {
  const t = phrases(rng, topics).topic();
  switch (rng.int(0, 5)) {
    case 0:
      return {
        ja: `WGでの検討・方針決定 (${t.ja}のあり方)`,
        en: `Working-group study and decision (how ${t.en} should work)`,
      };
    case 1:
      return { ja: `庁内での検討・方針決定 (${t.ja})`, en: `Study and decision in the city office (${t.en})` };
    case 2:
      return { ja: `新方針による${t.ja}の移行準備`, en: `Preparing the move to the new approach to ${t.en}` };
    case 3:
      return { ja: `新方針による${t.ja}の開始`, en: `Starting ${t.en} under the new approach` };
    case 4: {
      const d = district(rng);
      return { ja: `モデル事業の実施 (${d.ja}地区)`, en: `Model project (${d.en} district)` };
    }
    default:
      return { ja: `地区ドックの実施 改善案の反映`, en: `District check-ups; reflecting proposals for improvement` };
  }
}

function issuePoint(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const t = ph.topic();
  if (rng.chance(0.5)) {
    const n = ph.pick(NEEDS);
    return { ja: `${t.ja}に関する${n.ja}が多く負担`, en: `Many ${n.en} related to ${t.en} are a burden` };
  }
  const [i, m] = [ph.pick(ISSUES), ph.pick(METHODS)];
  return { ja: `${t.ja}は${i.ja}（${m.ja}の検討が必要）`, en: `For ${t.en}, ${i.en} (${m.en} needs study)` };
}

function goalState(rng: Rng, topics: readonly Pair[]): Bi {
  const t = phrases(rng, topics).topic();
  if (rng.chance(0.5)) {
    return {
      ja: `${t.ja}について、住民と行政の役割分担が明確になっている状態`,
      en: `Roles for ${t.en} are clearly shared between residents and the city`,
    };
  }
  const d = district(rng);
  return {
    ja: `${d.ja}地区で${t.ja}の担い手が確保された状態`,
    en: `People to carry ${t.en} are secured in the ${d.en} district`,
  };
}
