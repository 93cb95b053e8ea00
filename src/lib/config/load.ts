// Reads and checks the site configuration (site.config.yaml, or the file SITE_CONFIG names)
// with the same parser, schema validator and located bilingual messages as the content.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Finding, Message } from "../validation/finding.ts";
import { findingAt, loadDocument } from "../validation/document.ts";
import { displayPath, repoRoot } from "../validation/repo.ts";
import type { Locale, LocaleInput } from "./locale.ts";
import { resolveLocales } from "./locale.ts";
import { dictionaryProblems } from "./dictionary.ts";
import type { City, CityInput } from "./city.ts";
import { cityProblems, resolveCity } from "./city.ts";

export interface SiteConfig extends City {
  /** Repository-relative path of the file, for messages. */
  file: string;
  locales: Locale[];
}

interface ConfigInput extends CityInput {
  locales: LocaleInput[];
}

/** SITE_CONFIG (relative to the working directory) or site.config.yaml in the repository. */
function defaultConfigFile(): string {
  const env = process.env.SITE_CONFIG;
  return env ? path.resolve(env) : path.join(repoRoot, "site.config.yaml");
}

/** Where a locale's dictionary is: its `dictionary` (relative to the config file) or src/i18n/<code>.json. */
function dictionaryPath(configFile: string) {
  return (l: LocaleInput) =>
    l.dictionary
      ? path.resolve(path.dirname(configFile), l.dictionary)
      : path.join(repoRoot, "src", "i18n", `${l.code}.json`);
}

/** Loads and checks the configuration. Never throws: problems come back as findings. */
export function loadSiteConfig(abs: string = defaultConfigFile()): { config: SiteConfig | null; findings: Finding[] } {
  const file = displayPath(abs, repoRoot);
  const { loaded, findings } = loadDocument<ConfigInput>(abs, "site-config", file, []);
  const input = loaded.data;
  if (!input) return { config: null, findings };
  const { locales: localeInput, ...cityInput } = input;
  const locales = resolveLocales(localeInput, dictionaryPath(abs));
  const problems = [
    ...findings,
    ...crossCheck(locales, (i, field, m) => findingAt(loaded.parsed, ["locales", i, field], m)),
    ...cityProblems(
      cityInput,
      locales.map((l) => l.code),
    ).map(([at, m]) => findingAt(loaded.parsed, at, m)),
  ];
  const ok = !problems.some((f) => f.severity === "error");
  return { config: ok ? { file, locales, ...resolveCity(cityInput) } : null, findings: problems };
}

type At = (index: number, field: string, message: Message) => Finding;

/** What the schema cannot say: unique codes and tags, known fallbacks, readable dictionaries. */
function crossCheck(locales: Locale[], at: At): Finding[] {
  const out: Finding[] = [];
  const codes = locales.map((l) => l.code);
  if (codes[0] !== "ja")
    out.push(
      at(0, "code", {
        ja: "最初の言語は ja（元の文書の言語）にしてください",
        en: "the first locale must be ja, the language the documents are written in",
      }),
    );
  locales.forEach((l, i) => {
    if (codes.indexOf(l.code) !== i)
      out.push(
        at(i, "code", { ja: `言語コード「${l.code}」が重複しています`, en: `locale code "${l.code}" is listed twice` }),
      );
    if (locales.findIndex((o) => o.lang.toLowerCase() === l.lang.toLowerCase()) !== i)
      out.push(
        at(i, "lang", {
          ja: `言語タグ「${l.lang}」がほかの言語と同じです。lang で別のタグを指定してください`,
          en: `language tag "${l.lang}" is used by another locale; set a different lang`,
        }),
      );
    for (const f of l.fallback)
      if (!codes.includes(f))
        out.push(
          at(i, "fallback", {
            ja: `代わりの言語「${f}」は locales にありません`,
            en: `fallback "${f}" is not a configured locale`,
          }),
        );
    const problem = dictionaryProblem(l.dictionary);
    if (problem) out.push(at(i, "code", problem(displayPath(l.dictionary, repoRoot))));
  });
  return out;
}

// The Japanese dictionary has every key: read once, for all the locales checked against it.
let referenceDict: unknown;
const reference = (): unknown =>
  (referenceDict ??= JSON.parse(readFileSync(path.join(repoRoot, "src", "i18n", "ja.json"), "utf8")));

function dictionaryProblem(abs: string): ((shown: string) => Message) | null {
  if (!existsSync(abs))
    return (shown) => ({
      ja: `画面の文言のファイル ${shown} がありません`,
      en: `the dictionary ${shown} does not exist`,
    });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch {
    return (shown) => ({ ja: `${shown} を JSON として読めません`, en: `${shown} is not valid JSON` });
  }
  const problems = dictionaryProblems(data, reference());
  if (problems.length === 0) return null;
  const list = problems.slice(0, 5).join("; ") + (problems.length > 5 ? ` (+${problems.length - 5})` : "");
  return (shown) => ({ ja: `${shown} の文言に誤りがあります: ${list}`, en: `${shown} has problems: ${list}` });
}
