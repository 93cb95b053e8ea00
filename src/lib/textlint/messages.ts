// textlint rules speak one language each (some Japanese, some English, several
// lines long). Staff read Japanese and reviewers may read English, so every
// message is turned into a short "日本語 / English" pair with a hint on what to do.
import type { Message } from "../validation/finding.ts";
import { RULE_ID as SUSPECT_RULE_ID } from "./rule-suspect-chars.ts";

type Explain = (text: string) => Message;

const firstLine = (text: string) => text.split("\n")[0].trim();

const EXPLAIN: Record<string, Explain> = {
  "sentence-length": (t) => {
    const m = /sentence length\((\d+)\) exceeds the maximum sentence length of (\d+)/.exec(t);
    const [len, max] = m ? [m[1], m[2]] : ["?", "?"];
    return {
      ja: `一文が長すぎます（${len}文字、目安は${max}文字まで）。文を分けると読みやすくなります`,
      en: `sentence is too long (${len} characters, guideline ${max}); consider splitting it`,
    };
  },
  "max-ten": (t) => {
    const n = /を(\d+)つ以上/.exec(t)?.[1] ?? "?";
    return {
      ja: `一つの文に読点「、」が${n}つ以上あります。文を分けるか、並べる項目を「・」でつなぐと読みやすくなります`,
      en: `a sentence has ${n} or more commas (、); consider splitting it or joining listed items with ・`,
    };
  },
  "no-doubled-joshi": (t) => {
    const j = /助詞 "(.+?)"/.exec(t)?.[1] ?? "?";
    return {
      ja: `一つの文で助詞「${j}」が続けて使われています。言い換えるか文を分けてください`,
      en: `the particle "${j}" is used twice in quick succession in one sentence; rephrase or split the sentence`,
    };
  },
  "no-doubled-conjunctive-particle-ga": () => ({
    ja: "一つの文で逆接の「が」が2回以上使われています。文を分けてください",
    en: 'the adversative particle "が" (but) appears twice in one sentence; split the sentence',
  }),
  "no-doubled-conjunction": (t) => {
    const c = /接続詞（(.+?)）/.exec(t)?.[1] ?? "";
    return {
      ja: `同じ接続詞「${c}」が続いています。どちらかを言い換えてください`,
      en: `the same conjunction "${c}" begins consecutive sentences; rephrase one of them`,
    };
  },
  "no-double-negative-ja": (t) => ({
    ja: `二重否定です（${firstLine(t)}）。肯定文にすると伝わりやすくなります`,
    en: `double negative (${firstLine(t)}); a positive sentence is clearer`,
  }),
  "no-dropping-the-ra": () => ({
    ja: "ら抜き言葉です（例: 「見れる」→「見られる」）",
    en: "ra-dropping (ら抜き言葉), e.g. 見れる for 見られる; use the standard form",
  }),
  "no-mix-dearu-desumasu": (t) => ({
    ja: `「である」調と「ですます」調が混在しています（${firstLine(t).replace(/\s+/g, " ")}）`,
    en: "the plain style (である) and the polite style (ですます) are mixed; use one style",
  }),
  "no-nfd": (t) => ({
    ja: `濁点・半濁点が分かれた文字（NFD）があります。入力し直してください（${firstLine(t)}）`,
    en: `decomposed (NFD) voiced-sound marks, usually pasted from a Mac PDF; retype them (${firstLine(t)})`,
  }),
  "no-zero-width-spaces": () => ({
    ja: "見えない文字（ゼロ幅スペース）があります。削除してください",
    en: "invisible zero-width space; delete it",
  }),
  "no-kangxi-radicals": (t) => ({
    ja: `康煕部首の文字があります（PDF からのコピーで起きます）。通常の漢字で入力し直してください（${firstLine(t)}）`,
    en: `Kangxi radical character (a PDF copy artefact); retype it as the ordinary kanji (${firstLine(t)})`,
  }),
  "no-invalid-control-character": (t) => ({
    ja: `制御文字があります。削除してください（${firstLine(t)}）`,
    en: `invalid control character; delete it (${firstLine(t)})`,
  }),
  [SUSPECT_RULE_ID]: (t) => {
    const at = t.indexOf(" / ");
    return at === -1 ? { ja: t, en: t } : { ja: t.slice(0, at), en: t.slice(at + 3) };
  },
};

/** The bilingual message for a textlint message of `ruleId`. */
export function bilingual(ruleId: string, text: string): Message {
  const explain = EXPLAIN[ruleId];
  if (explain) return explain(text);
  const line = firstLine(text);
  return { ja: `${line}（textlint: ${ruleId}）`, en: `${line} (textlint rule ${ruleId})` };
}
