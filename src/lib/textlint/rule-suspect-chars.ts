// textlint rule: characters that do not belong in a Japanese public document.
// They almost always come from OCR or PDF text extraction:
//   1. the known slips listed in src/lib/import/ocr.ts (个 → 個, 髓 → 髄, …), with a suggestion;
//   2. any other kanji that Shift_JIS (JIS X 0208 and the Windows extension) cannot
//      encode, which is mostly simplified Chinese (们, 这, …) or rare variant forms;
//   3. half-width katakana (ｶﾀｶﾅ), which public documents write in full width.
// The rule only reports; it never fixes, because only a person with the PDF can
// tell what the source says. Each message is "日本語 / English".
import type { TextlintRuleModule } from "@textlint/types";
import { SUSPECT } from "../import/ocr.ts";

export interface SuspectCharsOptions {
  /** Extra characters to report, mapped to the character meant (or "" for no suggestion). */
  extra?: Record<string, string>;
  /** Characters never to report (e.g. a place name's official form). */
  allow?: string[];
  /** Report kanji that Shift_JIS cannot encode (default true). */
  jis?: boolean;
  /** Report half-width katakana (default true). */
  halfWidthKana?: boolean;
}

export const RULE_ID = "suspect-chars";

/** Kanji ranges: CJK Unified Ideographs and Extension A, compatibility ideographs, the supplementary planes. */
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\u{20000}-\u{3FFFF}]/u;
const HALF_WIDTH_KANA = /[\uFF65-\uFF9F]/;

let jisSet: Set<string> | null = null;

/** Every character Shift_JIS (as Windows reads it) can encode; built once from the decoder. */
function jisCharacters(): Set<string> {
  if (jisSet) return jisSet;
  const set = new Set<string>();
  const decoder = new TextDecoder("shift_jis");
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const s = decoder.decode(new Uint8Array([lead, trail]));
      if (s.length === 1 && s !== "\uFFFD") set.add(s);
    }
  }
  jisSet = set;
  return set;
}

export interface SuspectHit {
  /** UTF-16 index of the character in the text. */
  index: number;
  char: string;
  kind: "known" | "jis" | "kana";
  /** The character probably meant, where known. */
  suggestion?: string;
}

/** Finds the suspect characters of one text; exported so that other tools can share the logic. */
export function findSuspectChars(text: string, options: SuspectCharsOptions = {}): SuspectHit[] {
  const known: Record<string, string> = { ...SUSPECT, ...options.extra };
  const allow = new Set(options.allow ?? []);
  const jis = options.jis === false ? null : jisCharacters();
  const kana = options.halfWidthKana !== false;
  const hits: SuspectHit[] = [];
  let index = 0;
  for (const char of text) {
    if (!allow.has(char)) {
      if (char in known) {
        const suggestion = known[char];
        hits.push({ index, char, kind: "known", ...(suggestion && suggestion !== char ? { suggestion } : {}) });
      } else if (jis && KANJI.test(char) && !jis.has(char)) {
        hits.push({ index, char, kind: "jis" });
      } else if (kana && HALF_WIDTH_KANA.test(char)) {
        hits.push({ index, char, kind: "kana", suggestion: char.normalize("NFKC") });
      }
    }
    index += char.length;
  }
  return hits;
}

/** "日本語 / English" for one hit. */
function suspectMessage(hit: SuspectHit): { ja: string; en: string } {
  const code = `U+${hit.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  if (hit.kind === "kana") {
    return {
      ja: `半角カタカナ「${hit.char}」があります。全角「${hit.suggestion}」で書いてください`,
      en: `half-width katakana "${hit.char}" (${code}); write it in full width: "${hit.suggestion}"`,
    };
  }
  if (hit.kind === "known" && hit.suggestion) {
    return {
      ja: `「${hit.char}」は日本の公文書で使わない字です（簡体字・異体字。OCR の読み取り誤りの可能性）。原本を確認し、「${hit.suggestion}」の誤りなら直してください`,
      en: `"${hit.char}" (${code}) is not used in Japanese public documents (simplified Chinese or a variant form, probably an OCR slip); check the source and write "${hit.suggestion}" if that is what it says`,
    };
  }
  return {
    ja: `「${hit.char}」は JIS 第1・第2水準にない字です（簡体字・異体字の読み取り誤りの可能性）。原本で確認してください`,
    en: `"${hit.char}" (${code}) is not in JIS X 0208 (possibly simplified Chinese or a variant form misread by OCR); check it against the source`,
  };
}

const rule: TextlintRuleModule<SuspectCharsOptions> = (context, options = {}) => {
  const { Syntax, RuleError, report, getSource, locator } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      for (const hit of findSuspectChars(text, options)) {
        const m = suspectMessage(hit);
        report(
          node,
          new RuleError(`${m.ja} / ${m.en}`, { padding: locator.range([hit.index, hit.index + hit.char.length]) }),
        );
      }
    },
  };
};

export default rule;
