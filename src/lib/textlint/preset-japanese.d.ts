// textlint-rule-preset-japanese ships no type declarations.
declare module "textlint-rule-preset-japanese" {
  import type { TextlintRuleModule, TextlintRuleOptions } from "@textlint/types";
  const preset: {
    rules: Record<string, TextlintRuleModule>;
    rulesConfig: Record<string, TextlintRuleOptions | boolean>;
  };
  export default preset;
}
