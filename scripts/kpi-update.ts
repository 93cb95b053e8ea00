// The yearly KPI update from a spreadsheet (CONTRIBUTING.md section 2):
//   npm run kpi:update -- FILE.csv [--dry-run] [--targets] [--dir DIR] [--today YYYY-MM-DD]
// FILE.csv has the shape of the published /data/<plan>-kpis.csv (UTF-8 with or without BOM, or
// Shift_JIS). Adds or changes actuals (targets only with --targets) in the measures' YAML,
// validated before anything is written; prints each change old → new.
// Exit code: 0 done (or nothing to change), 1 refused (a bad row or content error: nothing
// written), 2 could not run.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { updateKpis } from "../src/lib/kpi-update/index.ts";
import { formatUpdate } from "../src/lib/kpi-update/report.ts";
import { defaultContentDir } from "../src/lib/validation/repo.ts";
import { runCli, usageMistake } from "./lib/cli.ts";

const USAGE = `使い方 / usage:
  npm run kpi:update -- <FILE.csv> [--dry-run] [--targets] [--dir DIR] [--today YYYY-MM-DD]
  --dry-run   変更を表示するだけで書き込みません / show the changes, write nothing
  --targets   目標値の行も反映します / also change targets
  --dir       内容のフォルダ / content folder (default: $CONTENT_DIR or content/)
  --today     この日付を今日とみなします / take this date as today (default: today)`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        targets: { type: "boolean", default: false },
        dir: { type: "string", default: defaultContentDir() },
        today: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    console.error(`使い方が正しくありません / ${usageMistake(e)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`CSV ファイルを 1 つ指定してください / give one CSV file\n${USAGE}`);
    return 1;
  }
  const today = values.today === undefined ? new Date() : new Date(`${values.today}T12:00:00+09:00`);
  if (Number.isNaN(today.getTime())) {
    console.error(`--today は YYYY-MM-DD で書いてください / --today must be YYYY-MM-DD\n${USAGE}`);
    return 1;
  }
  const csvFile = path.resolve(positionals[0]);
  if (!existsSync(csvFile)) {
    console.error(`ファイルがありません / no such file: ${positionals[0]}`);
    return 2;
  }
  const dryRun = values["dry-run"];
  const result = updateKpis({
    contentDir: values.dir,
    csvFile,
    csvName: positionals[0],
    targets: values.targets,
    dryRun,
    today,
  });
  if (result.encoding) console.log(`${positionals[0]}（文字コード / encoding: ${result.encoding}）`);
  const lines = formatUpdate(result, dryRun);
  (result.problems.length ? console.error : console.log)(lines.join("\n"));
  return result.problems.length ? 1 : 0;
}

runCli(main, { ja: "めざそう値の更新", en: "the KPI update" });
