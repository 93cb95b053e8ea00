// One synthetic 基本施策 (measure): situation, direction, 1–3 KPIs, 3–5 actions with
// 1–3 main projects each, related plans and strategy references.
import type { Action, Kpi, Measure, Period } from "../types.ts";
import type { Pair } from "./corpus.ts";
import { SURVEYS, TOPICS } from "./corpus.ts";
import type { Rng } from "./prng.ts";
import type { Bi } from "./text.ts";
import {
  actionSentence,
  actionTitle,
  cap,
  directionSentence,
  nameCase,
  ordinal,
  projectName,
  situationSentence,
  text,
  topicAspect,
} from "./text.ts";
import { nonEmpty, times } from "./util.ts";

export interface MeasureContext {
  number: string;
  period: Period;
  /** Entries of strategy.yaml, as goal-measure pairs, that the measure may refer to. */
  strategy: ReadonlyArray<{ goal: number; measure: number }>;
  /** Publish English (provisional) for every text of this measure. */
  translated: boolean;
}

export function makeMeasure(rng: Rng, ctx: MeasureContext): Measure {
  // Each measure is about a few themes, so that its sentences hang together.
  const topics = rng.sample(TOPICS, 4);
  const tr = (bi: Bi) => text(bi, ctx.translated);
  const paragraph = (n: number, sentence: () => Bi) => {
    const parts = times(n, sentence);
    return tr({ ja: parts.map((s) => s.ja).join(""), en: parts.map((s) => s.en).join(" ") });
  };
  const surveyYear = Math.max(2020, ctx.period.from + rng.int(0, 3));
  const first = topicAspect(rng, topics);
  const title = rng.chance(0.6) ? join(first, topicAspect(rng, topics)) : { ja: first.ja, en: cap(first.en) };
  const measure: Measure = {
    kind: "measure",
    number: ctx.number,
    title: tr(title),
    situation: times(rng.int(2, 4), () => paragraph(rng.int(1, 3), () => situationSentence(rng, topics, surveyYear))),
    direction: times(rng.int(1, 3), () => paragraph(rng.int(1, 2), () => directionSentence(rng, topics))),
    kpis: times(rng.int(1, 3), (i) => makeKpi(rng, topics, `${ctx.number}-${i + 1}`, ctx)),
    actions: nonEmpty(times(rng.int(3, 5), (i) => makeAction(rng, topics, i + 1, tr))),
    relatedPlans: rng.chance(0.35)
      ? "none"
      : nonEmpty(times(rng.int(1, 2), () => relatedPlan(rng, topics, ctx.period, tr))),
  };
  const refs = rng.sample(ctx.strategy, rng.int(0, 3));
  if (refs.length > 0) measure.strategyRefs = refs.map((r) => ({ goal: r.goal, measure: r.measure }));
  return measure;
}

function join(a: Bi, b: Bi): Bi {
  return { ja: `${a.ja}と${b.ja}`, en: cap(`${a.en} and ${b.en}`) };
}

const KPI_KINDS = [
  {
    ja: (t: string) => `${t}が満足であると思う人の割合`,
    en: (t: string) => `Share of people satisfied with ${t}`,
    unit: "%",
    min: 15,
    max: 80,
    decimals: 1,
  },
  {
    ja: (t: string) => `${t}に関する相談件数`,
    en: (t: string) => `Requests for advice on ${t}`,
    unit: "件",
    min: 40,
    max: 2400,
    decimals: 0,
  },
  {
    ja: (t: string) => `${t}事業への参加者数`,
    en: (t: string) => `Participants in ${t} programmes`,
    unit: "人",
    min: 100,
    max: 9000,
    decimals: 0,
  },
  {
    ja: (t: string) => `${t}に取り組む団体数`,
    en: (t: string) => `Organisations working on ${t}`,
    unit: "団体",
    min: 5,
    max: 120,
    decimals: 0,
  },
  {
    ja: (t: string) => `${t}に係る経費`,
    en: (t: string) => `Cost of ${t}`,
    unit: "百万円",
    min: 20,
    max: 900,
    decimals: 1,
    decrease: true,
  },
] as const;

function makeKpi(rng: Rng, topics: readonly Pair[], id: string, ctx: MeasureContext): Kpi {
  const kind = rng.pick(KPI_KINDS);
  const topic = rng.pick(topics);
  const decrease = "decrease" in kind;
  const round = (v: number) => Number(v.toFixed(kind.decimals));
  const value = (v: number) =>
    kind.decimals > 0 ? { value: round(v), decimals: kind.decimals } : { value: Math.round(v) };
  // Baseline the year before the plan starts, then mid-term figures; target inside the plan, after them.
  const years = [ctx.period.from - 1];
  const span = ctx.period.to - ctx.period.from;
  if (rng.chance(0.7)) years.push(ctx.period.from + rng.int(1, Math.max(1, Math.floor(span / 2))));
  if (rng.chance(0.3) && years[years.length - 1] + 1 < ctx.period.to) years.push(years[years.length - 1] + 1);
  const base = kind.min + rng.next() * (kind.max - kind.min) * 0.7;
  const actuals = nonEmpty(
    years.map((fiscalYear, i) => ({ fiscalYear, ...value(base * (1 + (rng.next() - 0.4) * 0.1 * i)) })),
  );
  // Rounding can make a small count's target equal its baseline (5.6 → 6 団体, × 1.15 → 6), which the
  // validator reads as a level to keep: such a target moves one unit in the KPI's direction.
  const goal = value(base * (decrease ? 0.85 : 1.15));
  const unit = (decrease ? -1 : 1) * 10 ** -kind.decimals;
  if (decrease ? goal.value >= actuals[0].value : goal.value <= actuals[0].value)
    goal.value = round(actuals[0].value + unit);
  const targetYear = rng.chance(0.8) ? ctx.period.to : Math.min(ctx.period.to, years[years.length - 1] + rng.int(1, 3));
  const kpi: Kpi = {
    id,
    label: text({ ja: kind.ja(topic[0]), en: kind.en(topic[1]) }, ctx.translated),
    unit: kind.unit,
    direction: decrease ? "decrease" : "increase",
    actuals,
    target: { fiscalYear: targetYear, ...goal },
  };
  if (rng.chance(0.4)) {
    const s = rng.pick(SURVEYS);
    kpi.source = text({ ja: s[0], en: cap(s[1]) }, ctx.translated);
  }
  return kpi;
}

function makeAction(
  rng: Rng,
  topics: readonly Pair[],
  number: number,
  tr: (bi: Bi) => ReturnType<typeof text>,
): Action {
  return {
    number,
    title: tr(actionTitle(rng, topics)),
    description: times(rng.int(1, 2), () => tr(actionSentence(rng, topics))),
    mainProjects: times(rng.int(1, 3), () => tr(projectName(rng, topics))),
  };
}

function relatedPlan(rng: Rng, topics: readonly Pair[], period: Period, tr: (bi: Bi) => ReturnType<typeof text>) {
  const t = rng.pick(topics);
  const n = rng.int(1, 8);
  const from = period.from + rng.int(-5, 6);
  const name = rng.chance(0.5)
    ? { ja: `第${n}次${t[0]}計画`, en: `${ordinal(n)} ${nameCase(t[1])} Plan` }
    : { ja: `${t[0]}基本計画`, en: `Basic Plan for ${nameCase(t[1])}` };
  return { name: tr(name), period: { from, to: from + rng.int(2, 9) } };
}
