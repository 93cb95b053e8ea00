// The plan around the measures: municipality, period, the goal → policy → measure
// hierarchy (about 5 policies per goal, about 10 measures per policy) and strategy.yaml.
import type { Plan, Strategy } from "../types.ts";
import { AIMS, PREFECTURES, TOPICS } from "./corpus.ts";
import type { Rng } from "./prng.ts";
import type { Bi } from "./text.ts";
import { cap, district, ordinal, text, topicAspect } from "./text.ts";
import { nonEmpty } from "./util.ts";

export interface PlanOutline {
  id: string;
  city: Bi;
  plan: Plan;
  /** Measure numbers in plan order. */
  numbers: string[];
  strategy: Strategy;
}

/**
 * Splits `n` measures into goals and policies and names everything. The plan id is the
 * city's name in romaji plus `suffix` (e.g. "-2" when several plans are generated).
 */
export function makePlan(rng: Rng, suffix: string, n: number, translated: (r: Rng) => boolean): PlanOutline {
  const name = district(rng);
  const id = `${name.en.toLowerCase()}${suffix}`;
  const pref = rng.pick(PREFECTURES);
  const city: Bi = { ja: `${name.ja}市`, en: `${name.en} City` };
  const from = rng.int(2016, 2024);
  const period = { from, to: from + 9 };
  const tr = (bi: Bi) => text(bi, translated(rng));
  const edition = rng.int(3, 7);
  const goals: Array<Plan["goals"][number]> = [];
  const numbers: string[] = [];
  let left = n;
  for (let g = 1; left > 0; g++) {
    const goal: Plan["goals"][number] = { number: g, title: tr(goalTitle(rng)), policies: [] };
    const policies = rng.int(4, 6);
    for (let p = 1; p <= policies && left > 0; p++) {
      const count = Math.min(left, rng.int(8, 12));
      const number = `${g}-${p}`;
      const measures = Array.from({ length: count }, (_, i) => `${number}-${i + 1}`);
      const t = topicAspect(rng, TOPICS);
      goal.policies.push({ number, title: tr({ ja: t.ja, en: cap(t.en) }), measures });
      numbers.push(...measures);
      left -= count;
    }
    goals.push(goal);
  }
  const plan: Plan = {
    id,
    kind: "plan",
    municipality: tr({ ja: `${pref[0]}${city.ja}`, en: `${city.en}, ${pref[1]}` }),
    title: tr({ ja: `第${edition}次${city.ja}総合計画`, en: `${ordinal(edition)} ${city.en} Comprehensive Plan` }),
    summary: tr({
      ja: `${city.ja}が${from}年度から${period.to}年度までの10年間に進めるまちづくりの目標と施策をまとめた計画です（試験用の合成データ）。`,
      en: `The goals and measures ${city.en} will pursue over the ten years from FY${from} to FY${period.to} (synthetic test data).`,
    }),
    period,
    goals: nonEmpty(goals),
  };
  return { id, city, plan, numbers, strategy: makeStrategy(rng, city, tr) };
}

function goalTitle(rng: Rng): Bi {
  const [a, b] = rng.sample(TOPICS, 2);
  const aim = rng.pick(AIMS);
  return { ja: `${a[0]}と${b[0]}で${aim[0]}をつくる`, en: `Build ${aim[1]} through ${a[1]} and ${b[1]}` };
}

function makeStrategy(rng: Rng, city: Bi, tr: (bi: Bi) => ReturnType<typeof text>): Strategy {
  const measures: Strategy["measures"] = [];
  for (let goal = 1; goal <= 4; goal++) {
    const count = rng.int(2, 5);
    for (let measure = 1; measure <= count; measure++) {
      const t = topicAspect(rng, TOPICS);
      measures.push({ goal, measure, title: tr({ ja: t.ja, en: cap(t.en) }) });
    }
  }
  return {
    id: "strategy",
    kind: "strategy",
    title: tr({ ja: `${city.ja}地域創生総合戦略`, en: `${city.en} Regional Revitalisation Strategy` }),
    measures,
  };
}
