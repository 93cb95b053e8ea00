// Bilingual messages for problems found while reading a YAML file, before any
// schema check. The yaml package's own messages are English-only and technical.
import type { Message } from "./finding.ts";

/** The part of the yaml package's message before " at line …", for the English side. */
function gist(raw: string): string {
  return raw
    .split("\n")[0]
    .replace(/ at line \d+, column \d+:?$/, "")
    .trim();
}

/** `code` is the yaml package's error code; `text` is the rest of the source line at the error. */
export function yamlMessage(code: string, raw: string, text: string): Message {
  switch (code) {
    case "DUPLICATE_KEY": {
      const key = text
        .split(":")[0]
        .trim()
        .replace(/^["']|["']$/g, "");
      return {
        ja: `「${key}」が同じ場所に2回書かれています。どちらか一方を削除してください`,
        en: `duplicate key "${key}": each field may appear only once; remove one of them`,
      };
    }
    case "TAG_RESOLVE_FAILED": {
      const tag = text.split(/\s/)[0];
      return {
        ja: `タグ「${tag}」は使えません。「!」で始まる指定を削除してください`,
        en: `tag ${tag} is not allowed (custom tags are not supported); remove it`,
      };
    }
    case "TAB_AS_INDENT":
      return {
        ja: "字下げにタブ文字は使えません。半角スペースで字下げしてください",
        en: "tabs are not allowed for indentation; indent with spaces",
      };
    case "MULTIPLE_DOCS":
      return {
        ja: "1つのファイルには1つの文書だけを書いてください（「---」の行を削除してください）",
        en: "only one document per file is allowed; remove the --- line",
      };
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
    case "MULTIPLE_ANCHORS":
      return {
        ja: "別名（&・*）の書き方に誤りがあります",
        en: `invalid anchor or alias (& or *): ${gist(raw)}`,
      };
    default:
      return {
        ja: "YAMLの書き方に誤りがあります。字下げ・「:」・括弧・引用符を確認してください",
        en: `YAML syntax error: ${gist(raw)}`,
      };
  }
}

export const ALIAS_LIMIT_MESSAGE: Message = {
  ja: "別名（*）の展開が多すぎます。別名を使わずに書いてください",
  en: "too many alias (*) expansions; write the content out without aliases",
};

export function fileTooLargeMessage(bytes: number, limit: number): Message {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return {
    ja: `ファイルが大きすぎます（${mb(bytes)} MB、上限 ${mb(limit)} MB）。内容を分けてください`,
    en: `file is too large (${mb(bytes)} MB, limit ${mb(limit)} MB); split the content`,
  };
}

export const NOT_UTF8_MESSAGE: Message = {
  ja: "文字コードがUTF-8ではありません。UTF-8で保存し直してください",
  en: "file is not UTF-8 encoded; save it as UTF-8",
};

export function unreadableMessage(reason: string): Message {
  return { ja: `ファイルを読めません（${reason}）`, en: `cannot read the file (${reason})` };
}

export function unresolvedAliasMessage(name: string): Message {
  return {
    ja: `別名「*${name}」の元になる「&${name}」が、それより前にありません`,
    en: `alias *${name} has no anchor &${name} before it`,
  };
}
