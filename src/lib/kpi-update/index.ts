// `npm run kpi:update -- FILE.csv`: the yearly KPI update from a spreadsheet in the shape of the
// published /data/<plan>-kpis.csv. All or nothing: the CSV is read and checked row by row, the
// changes are written into copies of the YAML files, the copies are validated with the one
// validator together with the rest of the content, and only then are the files replaced (each
// written to a temporary file beside it first, then renamed over it). Any problem, and nothing
// is written.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CsvEncoding } from "../csv/read.ts";
import { readCsv } from "../csv/read.ts";
import type { Finding } from "../validation/finding.ts";
import { validateContent } from "../validation/index.ts";
import { findRepoRoot } from "../validation/repo.ts";
import type { KpiUpdate } from "./changes.ts";
import { planChanges } from "./changes.ts";
import { readRows } from "./rows.ts";
import { editMeasureYaml } from "./yaml-edit.ts";

export type { KpiUpdate } from "./changes.ts";

export interface UpdateOptions {
  /** The content folder (CONTENT_DIR or content/). */
  contentDir: string;
  /** The spreadsheet, absolute or relative to the working directory. */
  csvFile: string;
  /** How the CSV file is named in messages. */
  csvName: string;
  /** Let target rows change targets. */
  targets: boolean;
  /** Check and report, write nothing. */
  dryRun: boolean;
  today: Date;
}

export interface UpdateResult {
  encoding: CsvEncoding | null;
  /** Empty when anything is wrong; then nothing has been written. */
  updates: KpiUpdate[];
  unchanged: number;
  problems: Finding[];
  /** The YAML files changed (or, with dryRun, that would be), as the validator names them. */
  files: string[];
  written: boolean;
}

export function updateKpis(options: UpdateOptions): UpdateResult {
  const result: UpdateResult = { encoding: null, updates: [], unchanged: 0, problems: [], files: [], written: false };
  const refuse = (problems: Finding[]) => ({ ...result, updates: [], problems });
  const before = validateContent(options.contentDir);
  if (!before.site) return refuse(before.errors);

  const csv = readCsv(readFileSync(options.csvFile));
  if (!csv.ok)
    return refuse([
      { file: options.csvName, line: csv.line, col: 1, path: "", severity: "error", message: csv.message },
    ]);
  result.encoding = csv.encoding;
  const { rows, problems } = readRows(csv.records, options.csvName);
  const plan = planChanges(rows, before.site, options, options.csvName);
  result.unchanged = plan.unchanged;
  if (problems.length || plan.problems.length) return refuse([...problems, ...plan.problems]);
  result.updates = plan.updates;
  if (plan.updates.length === 0) return result;

  const root = findRepoRoot(path.resolve(options.contentDir));
  const abs = (file: string) => (path.isAbsolute(file) ? file : path.join(root ?? process.cwd(), file));
  const texts = new Map<string, string>();
  for (const file of new Set(plan.updates.map((u) => u.home.file))) {
    const edited = editMeasureYaml(
      readFileSync(abs(file), "utf8"),
      file,
      plan.updates.filter((u) => u.home.file === file),
    );
    if ("problem" in edited) return refuse([edited.problem]);
    texts.set(file, edited.text);
  }
  result.files = [...texts.keys()];

  const invalid = validateStaged(options.contentDir, new Map([...texts].map(([f, t]) => [abs(f), t])));
  if (invalid.length) return refuse(invalid);
  if (!options.dryRun) {
    replaceAll(new Map([...texts].map(([f, t]) => [abs(f), t])));
    result.written = true;
  }
  return result;
}

/**
 * Errors of the content as it would be with `texts` (absolute path → new text), from the one
 * validator run over a temporary copy of the content folder; paths are given back as the
 * validator names the real files.
 */
function validateStaged(contentDir: string, texts: Map<string, string>): Finding[] {
  const dir = path.resolve(contentDir);
  const copy = mkdtempSync(path.join(os.tmpdir(), "kpi-update-"));
  try {
    cpSync(dir, copy, { recursive: true });
    for (const [file, text] of texts) writeFileSync(path.join(copy, path.relative(dir, file)), text);
    const root = findRepoRoot(dir);
    const shownDir = root ? path.relative(root, dir).split(path.sep).join("/") : dir.split(path.sep).join("/");
    const copyShown = copy.split(path.sep).join("/");
    return validateContent(copy).errors.map((f) => ({ ...f, file: f.file.replace(copyShown, shownDir) }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Every file written beside its target first; renamed over the targets only once all are written. */
function replaceAll(texts: Map<string, string>): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const [file, text] of texts) {
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.kpi-update-${process.pid}.tmp`);
      temps.push([temp, file]);
      writeFileSync(temp, text);
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, file] of temps) renameSync(temp, file);
}
