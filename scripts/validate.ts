// Checks every content file and explains each problem on one line:
//   エラー content/aioi/measures/6-1-1.yaml:14:9 kpis[0].target.value: 数値を入力してください / must be a number
// Usage: npm run validate [-- --dir DIR] [-- --format text|json|github]
// (github prints workflow commands, so pull requests show each finding on its line)
// Exit code: 0 no errors (warnings allowed), 1 content errors, 2 the check itself could not run.
import { formatFinding, formatSummary, resultToJson, validateContent } from "../src/lib/validation/index.ts";
import { formatGithub } from "../src/lib/validation/github-format.ts";
import { parseCheckArgs, runCli } from "./lib/cli.ts";

const USAGE =
  "usage: node scripts/validate.ts [--dir DIR] [--format text|json|github]  (default DIR: $CONTENT_DIR or content/)";

function main(): number {
  const opts = parseCheckArgs(process.argv.slice(2), USAGE);
  if (typeof opts === "string") {
    console.error(opts);
    return opts === USAGE ? 0 : 2;
  }
  const result = validateContent(opts.dir);
  if (opts.format === "json") {
    console.log(resultToJson(result));
  } else if (opts.format === "github") {
    const all = [...result.errors, ...result.warnings];
    if (all.length > 0) console.log(formatGithub(all));
    console.log(formatSummary(result));
  } else {
    for (const f of result.errors) console.log(`エラー ${formatFinding(f)}`);
    for (const f of result.warnings) console.log(`警告 ${formatFinding(f)}`);
    console.log(formatSummary(result));
  }
  return result.errors.length > 0 ? 1 : 0;
}

runCli(main, { ja: "検証", en: "the validator" });
