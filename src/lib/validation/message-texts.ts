// Wording shared by the schema messages: names of JSON types and explanations of
// the id and number patterns used in schemas/, in Japanese and English.
import type { Message } from "./finding.ts";

export const TYPE_NAMES: Record<string, Message> = {
  number: { ja: "数値", en: "a number" },
  integer: { ja: "整数", en: "a whole number" },
  string: { ja: "文字列", en: "text (a string)" },
  array: { ja: "リスト（「- 」で始まる行）", en: "a list (lines starting with - )" },
  object: { ja: "項目の集まり（「名前: 値」の行）", en: "a mapping (name: value lines)" },
  boolean: { ja: "true か false", en: "true or false" },
  null: { ja: "空の値", en: "empty" },
};

/** Explanations for the patterns in schemas/defs.schema.json and measure.schema.json. */
export const PATTERNS: Record<string, Message> = {
  "^[1-9][0-9]*-[1-9][0-9]*-[1-9][0-9]*$": {
    ja: "基本施策の番号は「6-1-1」のように、目標・施策・基本施策の番号を半角数字と「-」でつないで書いてください",
    en: "a measure number is goal-policy-measure in digits joined by hyphens, e.g. 6-1-1",
  },
  "^[1-9][0-9]*-[1-9][0-9]*$": {
    ja: "施策の番号は「6-1」のように、目標・施策の番号を半角数字と「-」でつないで書いてください",
    en: "a policy number is goal-policy in digits joined by hyphens, e.g. 6-1",
  },
  "^[a-z0-9]+(-[a-z0-9]+)*$": {
    ja: "半角の英小文字・数字と「-」だけで書いてください（例: course-1）",
    en: "use only lowercase letters a-z, digits and single hyphens, e.g. course-1",
  },
  "^[0-9]+(-[0-9]+)+$": {
    ja: "「6-1-1-1」のように半角数字を「-」でつないで書いてください",
    en: "write digits joined by hyphens, e.g. 6-1-1-1",
  },
};

/** Explanations for the string formats used in schemas/ (format: date). */
export const FORMATS: Record<string, Message> = {
  date: {
    ja: "日付は「2025-03-31」のように、西暦の年-月-日を半角数字で書いてください",
    en: "write a date as year-month-day in digits, e.g. 2025-03-31",
  },
};

export const FISCAL_YEAR: Message = {
  ja: "年度は西暦1989〜2100の整数で入力してください（例: 令和6年度 → 2024）",
  en: "a fiscal year must be a whole number, the Gregorian year from 1989 to 2100 (e.g. 2024 for 令和6年度)",
};

/** relatedPlans is either the word none or a list: say both. */
export const RELATED_PLANS_CHOICE: Message = {
  ja: "関連計画がないときは「none」と書き、あるときは関連計画のリスト（- name: … period: …）を書いてください",
  en: "write none when there is no related plan, otherwise a list of related plans (- name: …, period: …)",
};
