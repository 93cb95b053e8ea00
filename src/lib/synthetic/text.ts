// Sentence builders: each returns the same statement in Japanese and English, made
// from the banks in corpus.ts, so that every page reads differently.
import type { Text } from "../types.ts";
import type { Pair } from "./corpus.ts";
import {
  ACTIVITIES,
  AIMS,
  ASPECTS,
  CONTEXTS,
  ISSUES,
  METHODS,
  NEEDS,
  PLACE_PARTS,
  PROJECT_KINDS,
  TOPICS,
} from "./corpus.ts";
import type { Rng } from "./prng.ts";

/** A statement in both languages; `text()` decides whether the English is published. */
export interface Bi {
  ja: string;
  en: string;
}

/** The stored form: Japanese always, English (marked provisional) only when `translated`. */
export function text(bi: Bi, translated: boolean): Text {
  return translated ? { ja: bi.ja, en: bi.en, review: { en: "provisional" } } : { ja: bi.ja };
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "the fire service" → "Fire service", for names. */
export const nameCase = (s: string) => cap(s.replace(/^the /, ""));

const REIWA_BASE = 2018;

/** A 地区 (district) name made of two place-name kanji, e.g. 若野 / Wakano. */
export function district(rng: Rng): Bi {
  const a = rng.pick(PLACE_PARTS);
  let b = rng.pick(PLACE_PARTS);
  while (b === a) b = rng.pick(PLACE_PARTS);
  return { ja: `${a[0]}${b[0]}`, en: cap(`${a[1]}${b[1]}`) };
}

const p = (pair: Pair): Bi => ({ ja: pair[0], en: pair[1] });

/** Picks the topic, aspect, … banks; `topics` biases a measure towards its own themes. */
export function phrases(rng: Rng, topics: readonly Pair[] = TOPICS) {
  const topic = () => p(rng.pick(rng.chance(0.75) ? topics : TOPICS));
  const aspect = () => p(rng.pick(ASPECTS));
  return { topic, aspect, pick: (list: readonly Pair[]) => p(rng.pick(list)) };
}

/** 「〜の〜」: e.g. 関係人口の拡大 / expansion of the relationship population. */
export function topicAspect(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const t = ph.topic();
  const a = ph.aspect();
  return { ja: `${t.ja}の${a.ja}`, en: `${a.en} of ${t.en}` };
}

/** The same as a heading: 関係人口の拡大 / Expansion of the relationship population. */
export function heading(rng: Rng, topics: readonly Pair[]): Bi {
  const bi = topicAspect(rng, topics);
  return { ja: bi.ja, en: cap(bi.en) };
}

export function situationSentence(rng: Rng, topics: readonly Pair[], year: number): Bi {
  const ph = phrases(rng, topics);
  const [t, t2, a] = [ph.topic(), ph.topic(), ph.aspect()];
  switch (rng.int(0, 5)) {
    case 0: {
      const c = ph.pick(CONTEXTS);
      return {
        ja: `${c.ja}の中、${t.ja}の${a.ja}が求められています。`,
        en: `Amid ${c.en}, ${a.en} of ${t.en} is needed.`,
      };
    }
    case 1: {
      const [c, n] = [ph.pick(CONTEXTS), ph.pick(NEEDS)];
      return {
        ja: `${c.ja}により、${t.ja}に関する${n.ja}が増大しています。`,
        en: `Because of ${c.en}, ${n.en} related to ${t.en} are growing.`,
      };
    }
    case 2: {
      const i = ph.pick(ISSUES);
      return {
        ja: `本市では、${t.ja}の${a.ja}に取り組んでいますが、${t2.ja}については${i.ja}。`,
        en: `The city is working on ${a.en} of ${t.en}, but as for ${t2.en}, ${i.en}.`,
      };
    }
    case 3: {
      const d = district(rng);
      return {
        ja: `${d.ja}地区では、${t.ja}の${a.ja}が特に重要となっています。`,
        en: `In the ${d.en} district, ${a.en} of ${t.en} is particularly important.`,
      };
    }
    case 4: {
      const m = ph.pick(METHODS);
      return {
        ja: `そのため、${m.ja}により、${t.ja}の${a.ja}を図ることが必要です。`,
        en: `It is therefore necessary to pursue ${a.en} of ${t.en} through ${m.en}.`,
      };
    }
    default: {
      const pct = rng.int(180, 720) / 10;
      return {
        ja: `令和${year - REIWA_BASE}年度の市民意識調査では、${t.ja}に満足している市民の割合は${pct.toFixed(1)}%にとどまっています。`,
        en: `In the FY${year} citizens' survey, only ${pct.toFixed(1)}% of citizens were satisfied with ${t.en}.`,
      };
    }
  }
}

export function directionSentence(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const [t, a] = [ph.topic(), ph.aspect()];
  switch (rng.int(0, 2)) {
    case 0: {
      const aim = ph.pick(AIMS);
      return {
        ja: `${t.ja}の${a.ja}を図り、${aim.ja}を目指します。`,
        en: `We will pursue ${a.en} of ${t.en} and aim for ${aim.en}.`,
      };
    }
    case 1: {
      const m = ph.pick(METHODS);
      return {
        ja: `また、${m.ja}により、${t.ja}の${a.ja}を推進します。`,
        en: `We will also promote ${a.en} of ${t.en} through ${m.en}.`,
      };
    }
    default: {
      const c = ph.pick(CONTEXTS);
      return {
        ja: `${c.ja}に適切に対応し、${t.ja}の${a.ja}に努めます。`,
        en: `We will respond properly to ${c.en} and work on ${a.en} of ${t.en}.`,
      };
    }
  }
}

export function actionTitle(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const [t, a] = [ph.topic(), ph.aspect()];
  switch (rng.int(0, 2)) {
    case 0:
      return { ja: `${t.ja}の${a.ja}を図る`, en: `Pursue ${a.en} of ${t.en}` };
    case 1:
      return { ja: `${t.ja}を推進する`, en: `Promote ${t.en}` };
    default:
      return { ja: `${t.ja}の${a.ja}`, en: cap(`${a.en} of ${t.en}`) };
  }
}

export function actionSentence(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const [t, a] = [ph.topic(), ph.aspect()];
  switch (rng.int(0, 2)) {
    case 0: {
      const m = ph.pick(METHODS);
      return {
        ja: `${m.ja}により、${t.ja}の${a.ja}を推進します。`,
        en: `We will promote ${a.en} of ${t.en} through ${m.en}.`,
      };
    }
    case 1: {
      const [d, act] = [district(rng), ph.pick(ACTIVITIES)];
      return {
        ja: `${d.ja}地区をはじめ市内全域で、${t.ja}に関する${act.ja}を実施します。`,
        en: `We will hold ${act.en} on ${t.en} across the city, starting with the ${d.en} district.`,
      };
    }
    default: {
      const [t2, aim] = [ph.topic(), ph.pick(AIMS)];
      return {
        ja: `また、${t2.ja}との連携を図り、${aim.ja}の実現に取り組みます。`,
        en: `We will also link this with ${t2.en} and work towards ${aim.en}.`,
      };
    }
  }
}

/** 主な事業: e.g. 関係人口推進事業 / Relationship population promotion project. */
export function projectName(rng: Rng, topics: readonly Pair[]): Bi {
  const ph = phrases(rng, topics);
  const [t, k] = [ph.topic(), ph.pick(PROJECT_KINDS)];
  return { ja: `${t.ja}${k.ja}事業`, en: `${nameCase(t.en)} ${k.en} project` };
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}
