// Schema errors as bilingual messages that say what is wrong and what to write instead:
//   kpis[0].target.value: 数値を入力してください / must be a number
import type { ErrorObject } from "ajv";
import localizeJa from "ajv-i18n/localize/ja/index.js";
import type { Message, Segment } from "./finding.ts";
import { collapseOneOf, dedupe, dropTypoRequired, params, toSegments, valueAt } from "./schema-errors.ts";
import { nearest } from "./suggest.ts";
import { FISCAL_YEAR, FORMATS, PATTERNS, RELATED_PLANS_CHOICE, TYPE_NAMES } from "./message-texts.ts";

export interface SchemaProblem {
  segments: Segment[];
  /** Point at the field name (unknown fields) or at its value. */
  at: "key" | "value";
  message: Message;
}

/** The $defs entry an error comes from, e.g. "fiscalYear" for …/$defs/fiscalYear/maximum. */
function defName(e: ErrorObject): string | undefined {
  return /\$defs\/([^/]+)\/[^/]+$/.exec(e.schemaPath)?.[1];
}

function show(v: unknown): string {
  const s = typeof v === "string" ? `"${v}"` : JSON.stringify(v);
  return s.length > 40 ? s.slice(0, 37) + "…" : s;
}

function lastKey(segments: Segment[]): Segment | undefined {
  return segments[segments.length - 1];
}

/** Appends the value that was written, when it is short and simple enough to quote. */
function withFound(m: Message, value: unknown): Message {
  if (value === null || value === undefined || typeof value === "object") return m;
  return { ja: `${m.ja}（いまの値: ${show(value)}）`, en: `${m.en} (found ${show(value)})` };
}

function typeMessage(e: ErrorObject, value: unknown): Message {
  if (e.instancePath === "" && value == null) return { ja: "ファイルが空です", en: "the file is empty" };
  if (defName(e) === "fiscalYear") return withFound(FISCAL_YEAR, value);
  if (defName(e) === "text" && typeof value === "string") {
    return {
      ja: "文章は「ja: 」の下に書いてください（例: 改行して「  ja: 本文」）",
      en: "text must be written under ja: (e.g. a new line with '  ja: your text')",
    };
  }
  const types = String(params(e).type).split(",");
  const ja = types.map((t) => TYPE_NAMES[t]?.ja ?? t).join("か");
  const en = types.map((t) => TYPE_NAMES[t]?.en ?? t).join(" or ");
  const hint =
    types.includes("number") && typeof value === "string"
      ? { ja: "。単位や「%」は付けず数字だけを書いてください", en: ", digits only without unit or %" }
      : { ja: "", en: "" };
  return withFound({ ja: `${ja}を入力してください${hint.ja}`, en: `must be ${en}${hint.en}` }, value);
}

function additionalMessage(e: ErrorObject): Message {
  const name = String(params(e).additionalProperty);
  const allowed = Object.keys((e.parentSchema?.properties as object) ?? {});
  const near = nearest(name, allowed);
  const tail = near
    ? { ja: `（「${near}」の書き間違いではありませんか）`, en: ` (did you mean "${near}"?)` }
    : { ja: `（使える項目: ${allowed.join(", ")}）`, en: ` (allowed fields: ${allowed.join(", ")})` };
  return {
    ja: `「${name}」という項目はありません。綴りを確認してください${tail.ja}`,
    en: `unknown field "${name}"; check the spelling${tail.en}`,
  };
}

function limitMessage(e: ErrorObject, value: unknown): Message {
  if (defName(e) === "fiscalYear") return withFound(FISCAL_YEAR, value);
  const n = params(e).limit ?? 0;
  const table: Record<string, Message> = {
    minimum: { ja: `${n}以上の数を入力してください`, en: `must be at least ${n}` },
    maximum: { ja: `${n}以下の数を入力してください`, en: `must be at most ${n}` },
    exclusiveMinimum: { ja: `${n}より大きい数を入力してください`, en: `must be greater than ${n}` },
    exclusiveMaximum: { ja: `${n}より小さい数を入力してください`, en: `must be less than ${n}` },
  };
  return withFound(table[e.keyword], value);
}

/** One message per keyword; keywords not listed fall back to ajv-i18n's Japanese. */
function keywordMessage(e: ErrorObject, segments: Segment[], value: unknown): Message {
  const p = params(e);
  const limit = p.limit ?? 0;
  const choices = (p.allowedValues ?? []).map(String).join(", ");
  switch (e.keyword) {
    case "type":
      return typeMessage(e, value);
    case "required":
      return {
        ja: `「${p.missingProperty ?? ""}」を入力してください`,
        en: `missing required field "${p.missingProperty ?? ""}"`,
      };
    case "additionalProperties":
      return additionalMessage(e);
    case "enum":
      return { ja: `次のどれかを書いてください: ${choices}`, en: `must be one of: ${choices}` };
    case "const":
      if (lastKey(segments) === "titleMissing")
        return {
          ja: "titleMissing には true だけが書けます（タイトルがあるときはこの行を削除）",
          en: "titleMissing can only be true (delete the line when there is a title)",
        };
      return { ja: `「${String(p.allowedValue)}」と書いてください`, en: `must be "${String(p.allowedValue)}"` };
    case "pattern":
      return (
        PATTERNS[p.pattern ?? ""] ?? {
          ja: `決められた形式（${p.pattern ?? ""}）に合いません`,
          en: `must match the pattern ${p.pattern ?? ""}`,
        }
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return limitMessage(e, value);
    case "minLength":
      return limit === 1
        ? { ja: "空欄にはできません。内容を入力してください", en: "must not be empty" }
        : { ja: `${limit}文字以上で入力してください`, en: `must be at least ${limit} characters` };
    case "maxLength":
      return { ja: `${limit}文字以内にしてください`, en: `must be at most ${limit} characters` };
    case "minItems":
      if (lastKey(segments) === "relatedPlans") return RELATED_PLANS_CHOICE;
      return {
        ja: `少なくとも${limit}件書いてください`,
        en: `the list needs at least ${limit} entr${limit === 1 ? "y" : "ies"}`,
      };
    case "maxItems":
      return { ja: `${limit}件以内にしてください`, en: `the list may have at most ${limit} entries` };
    case "format":
      return withFound(
        FORMATS[p.format ?? ""] ?? {
          ja: `形式（${p.format ?? ""}）が正しくありません`,
          en: `must be a valid ${p.format ?? ""}`,
        },
        value,
      );
    case "dependentRequired":
      return {
        ja: `「${p.property ?? ""}」を書くときは「${p.missingProperty ?? ""}」も書いてください`,
        en: `"${p.property ?? ""}" needs "${p.missingProperty ?? ""}" as well`,
      };
    case "uniqueItems": {
      const [first, second] = [Math.min(p.i ?? 0, p.j ?? 0) + 1, Math.max(p.i ?? 0, p.j ?? 0) + 1];
      return {
        ja: `同じ値が重複しています（${first}番目と${second}番目）`,
        en: `duplicate entries (items ${first} and ${second} are the same)`,
      };
    }
    default:
      return fallback(e);
  }
}

function fallback(e: ErrorObject): Message {
  const copy = { ...e };
  localizeJa([copy]);
  return { ja: copy.message ?? "形式が正しくありません", en: e.message ?? "invalid value" };
}

/** Turns one validation run's errors into located, deduplicated, explained problems. */
export function describeErrors(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const { errors: kept, unmatchedOneOf } = collapseOneOf(errors, data);
  const out: SchemaProblem[] = [];
  for (const o of unmatchedOneOf) {
    const segments = toSegments(o.instancePath, data);
    const message: Message =
      lastKey(segments) === "relatedPlans"
        ? RELATED_PLANS_CHOICE
        : { ja: "書き方が決められたどの形にも合いません", en: "does not match any of the allowed forms" };
    out.push({ segments, at: "value", message });
  }
  for (const e of dropTypoRequired(dedupe(kept))) {
    let segments = toSegments(e.instancePath, data);
    let at: "key" | "value" = "value";
    const p = params(e);
    if (e.keyword === "additionalProperties") [segments, at] = [[...segments, String(p.additionalProperty)], "key"];
    if (e.keyword === "uniqueItems") segments = [...segments, Math.max(p.i ?? 0, p.j ?? 0)];
    if (e.keyword === "dependentRequired") [segments, at] = [[...segments, String(p.property)], "key"];
    out.push({ segments, at, message: keywordMessage(e, segments, valueAt(data, segments)) });
  }
  return out;
}
