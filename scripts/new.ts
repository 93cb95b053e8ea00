// Starts a new content file for a person to fill in:
//   npm run new -- measure 6-2-1 [--plan aioi]   基本施策 → content/<plan>/measures/6-2-1.yaml (+ plan.yaml)
//   npm run new -- project <id>                  プロジェクト → content/<id>/project.yaml
// Never overwrites a file. Afterwards it lists what the validator still wants filled in.
// Exit code: 0 created, 1 refused (bad number, file exists, …), 2 could not run.
import path from "node:path";
import { parseArgs } from "node:util";
import { ScaffoldError, scaffoldMeasure, scaffoldProject } from "../src/lib/scaffold.ts";
import type { ScaffoldResult } from "../src/lib/scaffold.ts";
import { formatFinding } from "../src/lib/validation/finding.ts";
import type { Finding } from "../src/lib/validation/finding.ts";
import { validateContent } from "../src/lib/validation/index.ts";
import { defaultContentDir, displayPath, findRepoRoot } from "../src/lib/validation/repo.ts";
import { runCli, usageMistake } from "./lib/cli.ts";

const USAGE = `使い方 / usage:
  npm run new -- measure <番号 number, e.g. 6-2-1> [--plan <計画 plan id, e.g. aioi>] [--dir DIR]
  npm run new -- project <ID, e.g. my-project> [--dir DIR]
(DIR: $CONTENT_DIR or content/)`;

interface Options {
  kind: "measure" | "project";
  name: string;
  plan?: string;
  dir: string;
}

/** The options, or the text to print instead: USAGE for --help, else the mistake and USAGE. */
function parseOptions(args: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: "string" },
        dir: { type: "string", default: defaultContentDir() },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return `使い方が正しくありません / ${usageMistake(e)}\n${USAGE}`;
  }
  const { plan, help } = parsed.values;
  if (help) return USAGE;
  const dir = path.resolve(parsed.values.dir);
  const [kind, name, ...rest] = parsed.positionals;
  if (kind !== "measure" && kind !== "project")
    return `measure か project を指定してください / say measure or project\n${USAGE}`;
  if (!name)
    return `${kind === "measure" ? "基本施策の番号" : "プロジェクトID"}を指定してください / give the ${kind === "measure" ? "measure number" : "project id"}\n${USAGE}`;
  if (rest.length) return `余分な引数があります / unexpected arguments: ${rest.join(" ")}\n${USAGE}`;
  if (plan !== undefined && kind !== "measure")
    return `--plan は measure にだけ使えます / --plan is only for measure\n${USAGE}`;
  if (plan === "") return `--plan に計画IDを書いてください / --plan needs a plan id\n${USAGE}`;
  return { kind, name, plan, dir };
}

function main(): number {
  const opts = parseOptions(process.argv.slice(2));
  if (typeof opts === "string") {
    console.error(opts);
    return opts === USAGE ? 0 : 1;
  }
  const root = findRepoRoot(opts.dir);
  const show = (abs: string) => displayPath(abs, root);
  // Findings already there before (e.g. another policy's missing title) are not this command's to-do list.
  const key = (f: Finding) => `${f.file}\0${f.path}\0${f.message.en}`;
  const before = validateContent(opts.dir);
  const known = new Set([...before.errors, ...before.warnings].map(key));
  let result: ScaffoldResult;
  try {
    result =
      opts.kind === "measure"
        ? scaffoldMeasure(opts.dir, opts.name, { plan: opts.plan, show })
        : scaffoldProject(opts.dir, opts.name, { show });
  } catch (e) {
    if (e instanceof ScaffoldError) {
      console.error(`作成しませんでした / not created: ${e.bilingual.ja} / ${e.bilingual.en}`);
      return 1;
    }
    throw e;
  }
  console.log(`作成しました / created: ${show(result.created)}`);
  for (const n of result.notes) console.log(`  ${n.ja} / ${n.en}`);

  // What is left to do, straight from the validator, for the files just touched.
  const touched = new Set([result.created, ...result.modified].map(show));
  const v = validateContent(opts.dir);
  const todo = [...v.errors, ...v.warnings].filter((f) => touched.has(f.file) && !known.has(key(f)));
  if (todo.length) {
    console.log(
      `\n次に、ファイルを開いて次の ${todo.length} か所を埋めてください（埋めたら npm run validate で確認）:\n` +
        `Next, open the file and fill in these ${todo.length} places (then check with npm run validate):`,
    );
    for (const f of todo) console.log(`  ${f.severity === "error" ? "エラー" : "警告"} ${formatFinding(f)}`);
  }
  return 0;
}

runCli(main, { ja: "ひな形の作成", en: "the scaffolder" });
