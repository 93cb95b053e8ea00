// Which textlint rules run over the Japanese texts, and how they are tuned.
//
// The configuration lives here in code (not in .textlintrc.json) because the
// project's own rule is a TypeScript module passed to textlint as an object,
// and because the settings are part of what the tests pin down.
//
// Base: textlint-rule-preset-japanese, the general preset for Japanese prose
// (not the technical-writing one, whose rules about 。, 「」 and kanji runs would
// flag ordinary 行政文書). Tuned for administrative prose, which is written in long
// sentences with many 、 by design: the limits below report the outliers a
// reader would stumble over, not every sentence of a plan.
import type { TextlintKernelRule } from "@textlint/kernel";
import type { TextlintRuleModule, TextlintRuleOptions } from "@textlint/types";
import presetJapanese from "textlint-rule-preset-japanese";
import suspectChars, { RULE_ID as SUSPECT_RULE_ID } from "./rule-suspect-chars.ts";
import type { SuspectCharsOptions } from "./rule-suspect-chars.ts";

export type RuleEntry = TextlintKernelRule;

type RuleOptions = TextlintRuleOptions | boolean;

interface Preset {
  rules: Record<string, TextlintRuleModule>;
  rulesConfig: Record<string, RuleOptions>;
}

/** Overrides of the preset's defaults; false turns a rule off. */
const PRESET_OVERRIDES: Record<string, RuleOptions> = {
  // Default 100. Sentences in 総合計画 run to 120 characters routinely.
  "sentence-length": { max: 150 },
  // Default 3 (4 or more 、 is reported). Administrative sentences list many items.
  "max-ten": { max: 5 },
  // Kept: the same particle twice in a row (…が…が) is a real readability problem.
  "no-doubled-joshi": { min_interval: 1, strict: false, allow: ["も", "や", "か"] },
};

/** A CommonJS module imported from ESM may arrive wrapped in { default }. */
function interop<T>(m: T | { default: T }): T {
  return m && typeof m === "object" && "default" in m ? m.default : m;
}

/** Options of the project's own rule (see rule-suspect-chars.ts). */
const SUSPECT_OPTIONS: SuspectCharsOptions = { jis: true, halfWidthKana: true };

/** The rules to run, in the shape @textlint/kernel takes. */
export function textlintRules(): RuleEntry[] {
  const preset = interop(presetJapanese as Preset | { default: Preset });
  const rules: RuleEntry[] = [];
  for (const [ruleId, rule] of Object.entries(preset.rules)) {
    const options = ruleId in PRESET_OVERRIDES ? PRESET_OVERRIDES[ruleId] : preset.rulesConfig[ruleId];
    if (options === false) continue;
    rules.push({ ruleId, rule: interop(rule), options });
  }
  rules.push({ ruleId: SUSPECT_RULE_ID, rule: suspectChars, options: { ...SUSPECT_OPTIONS } });
  return rules;
}
