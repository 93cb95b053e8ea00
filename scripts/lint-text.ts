// Proofreads every Japanese text (each `ja:` field) of the content with textlint
// and prints each finding where the text is written, like the validator:
//   警告 content/aioi/measures/6-1-2.yaml:12:57 direction[0].ja: 「个」は日本の公文書で使わない字です… / "个" (U+4E2A) is not used…
// Never changes the text. Warnings do not fail the run unless --strict.
// Usage: npm run lint:text [-- --dir DIR] [--format text|json|github] [--strict]
// Exit code: 0 done (warnings allowed), 1 warnings with --strict, 2 the check itself could not run.
import { lintContent } from "../src/lib/textlint/index.ts";
import type { TextLintResult } from "../src/lib/textlint/index.ts";
import { formatFinding } from "../src/lib/validation/finding.ts";
import { formatGithub } from "../src/lib/validation/github-format.ts";
import { parseCheckArgs, runCli } from "./lib/cli.ts";

const USAGE =
  "usage: node scripts/lint-text.ts [--dir DIR] [--format text|json|github] [--strict]  (default DIR: $CONTENT_DIR or content/)";

function summary(r: TextLintResult): string {
  const w = r.warnings.length;
  const skipped = r.skipped.length
    ? `\n読めないため点検しなかったファイル（npm run validate で確認してください） / not checked because they do not parse (see npm run validate): ${r.skipped.join(", ")}`
    : "";
  return (
    `文章チェック: 警告 ${w} 件（${r.files} ファイル、${r.texts} 項目） / ` +
    `text check: ${w} warning${w === 1 ? "" : "s"} (${r.files} file${r.files === 1 ? "" : "s"}, ${r.texts} texts)` +
    skipped
  );
}

async function main(): Promise<number> {
  const opts = parseCheckArgs(process.argv.slice(2), USAGE, true);
  if (typeof opts === "string") {
    console.error(opts);
    return opts === USAGE ? 0 : 2;
  }
  const result = await lintContent(opts.dir);
  const failed = opts.strict && result.warnings.length > 0;
  if (opts.format === "json") {
    console.log(
      JSON.stringify(
        { ok: !failed, files: result.files, texts: result.texts, skipped: result.skipped, warnings: result.warnings },
        null,
        2,
      ),
    );
  } else if (opts.format === "github") {
    if (result.warnings.length) console.log(formatGithub(result.warnings, { title: "文章チェック / text check" }));
    console.log(summary(result));
  } else {
    for (const f of result.warnings) console.log(`警告 ${formatFinding(f)}`);
    console.log(summary(result));
    if (failed) console.log("--strict: 警告があるため失敗として終了します / exiting with failure because of warnings");
  }
  return failed ? 1 : 0;
}

runCli(main, { ja: "文章チェック", en: "the text check" });
