// npm run generate -- --measures N --out DIR [--seed S] [--plans P] [--english 0.3] [--force]
// Writes a synthetic but valid content folder (same layout as content/) for benchmarks
// and scale tests. Same arguments → byte-identical files. Validate it with
//   CONTENT_DIR=DIR npm run validate
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateContent, schemaRefFor } from "../src/lib/synthetic/index.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const USAGE = "usage: npm run generate -- --measures N --out DIR [--seed S] [--plans P] [--english 0.3] [--force]";

function main(): void {
  const { values } = parseArgs({
    options: {
      measures: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      plans: { type: "string", default: "1" },
      english: { type: "string", default: "0.3" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const measures = Number(values.measures);
  const seed = Number(values.seed);
  const english = Number(values.english);
  if (!values.out || !Number.isInteger(measures) || measures < 1) throw new Error(USAGE);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${values.seed})`);
  if (!(english >= 0 && english <= 1)) throw new Error(`--english must be between 0 and 1 (got ${values.english})`);
  const out = path.resolve(values.out);
  const started = performance.now();
  const files = generateContent({
    measures,
    seed,
    plans: Number(values.plans),
    english,
    schemaRef: schemaRefFor(out, root),
  });
  writeContent(out, files, values.force);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${files.size} 件のファイルを書き込みました / wrote ${files.size} files (${measures} measures, seed ${seed}) → ${out} in ${ms} ms`,
  );
}

/**
 * Refuses a non-empty folder unless --force; with --force only the plan and project
 * folders being generated are replaced (stale measure files would fail validation).
 */
export function writeContent(out: string, files: Map<string, string>, force: boolean): void {
  const tops = new Set([...files.keys()].map((f) => f.split("/")[0]));
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force)
      throw new Error(`${out} は空ではありません / is not empty (use --force to replace the generated folders in it)`);
    for (const top of tops) rmSync(path.join(out, top), { recursive: true, force: true });
  }
  const dirs = new Set([...files.keys()].map((f) => path.dirname(path.join(out, f))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const [rel, text] of files) writeFileSync(path.join(out, rel), text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
