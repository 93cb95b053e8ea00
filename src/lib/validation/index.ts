// The content validator shared by the CLI (scripts/validate.ts), the tests and the
// site loader (src/lib/load.ts): YAML parsing, JSON Schema, cross-document checks.
import type { SiteData } from "../types.ts";
import type { ContentSet, Loaded, PlanSet } from "./content.ts";
import { crossCheck } from "./cross.ts";
import { loadDocument } from "./document.ts";
import type { Finding } from "./finding.ts";
import { sortFindings } from "./finding.ts";
import { discoverLayout } from "./layout.ts";
import { translationCodes } from "../config/index.ts";
import type { PlanFiles } from "./layout.ts";
import type { Preparsed } from "./parse.ts";
import { preparseAll } from "./preparse.ts";
import { defaultContentDir, displayPath, findRepoRoot } from "./repo.ts";
import { buildSite } from "./site.ts";
import path from "node:path";

export type { Finding } from "./finding.ts";
export { formatFinding } from "./finding.ts";
export { defaultContentDir } from "./repo.ts";

export interface ValidationResult {
  /** The validated content, or null when there is any error. */
  site: SiteData | null;
  errors: Finding[];
  warnings: Finding[];
  /** Number of YAML files read. */
  files: number;
}

/**
 * Validates every content file under `dir`, whose translatable text may carry the given
 * translation codes (default: the configured locales). Never throws for content problems.
 */
export function validateContent(
  dir: string = defaultContentDir(),
  translations: readonly string[] = translationCodes(),
  /** Files already parsed cleanly (by absolute path), e.g. on other threads (preparse.ts). */
  preparsed: ReadonlyMap<string, Preparsed> = new Map(),
): ValidationResult {
  const abs = path.resolve(dir);
  const root = findRepoRoot(abs);
  const show = (file: string) => displayPath(file, root);
  const layout = discoverLayout(abs, show);
  const findings = [...layout.findings];
  let files = 0;
  const load = <T>(file: string, kind: Parameters<typeof loadDocument>[1]): Loaded<T> => {
    files++;
    const r = loadDocument<T>(file, kind, show(file), translations, preparsed.get(file));
    findings.push(...r.findings);
    return r.loaded;
  };
  const content: ContentSet = {
    plans: layout.plans.map((p) => loadPlan(p, load)),
    projects: layout.projects.map((p) => ({ folder: p.folder, project: load(p.project, "project") })),
  };
  findings.push(...crossCheck(content));
  const sorted = sortFindings(findings);
  const errors = sorted.filter((f) => f.severity === "error");
  const warnings = sorted.filter((f) => f.severity === "warning");
  return { site: errors.length === 0 ? buildSite(content) : null, errors, warnings, files };
}

/**
 * validateContent with the YAML files parsed on every core first (worker threads, preparse.ts):
 * parsing is most of the validation's time. The result is the same.
 */
export async function validateContentParallel(
  dir: string = defaultContentDir(),
  translations: readonly string[] = translationCodes(),
): Promise<ValidationResult> {
  const abs = path.resolve(dir);
  const layout = discoverLayout(abs, (f) => f);
  const files = [
    ...layout.plans.flatMap((p) => [p.plan, ...(p.strategy ? [p.strategy] : []), ...p.measures.values()]),
    ...layout.projects.map((p) => p.project),
  ];
  return validateContent(dir, translations, await preparseAll(files));
}

type LoadFn = <T>(file: string, kind: "plan" | "measure" | "strategy" | "project") => Loaded<T>;

function loadPlan(files: PlanFiles, load: LoadFn): PlanSet {
  const set: PlanSet = { folder: files.folder, plan: load(files.plan, "plan"), measures: new Map() };
  if (files.strategy) set.strategy = load(files.strategy, "strategy");
  for (const [name, file] of files.measures) set.measures.set(name, load(file, "measure"));
  return set;
}

/** "2 errors, 1 warning (3 files)" with the Japanese first. */
export function formatSummary(r: ValidationResult): string {
  const e = r.errors.length;
  const w = r.warnings.length;
  const en = `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"} (${r.files} file${r.files === 1 ? "" : "s"})`;
  return `エラー ${e} 件、警告 ${w} 件（${r.files} ファイル） / ${en}`;
}

/** Machine-readable form for editors and CI annotations. */
export function resultToJson(r: ValidationResult): string {
  const { errors, warnings, files } = r;
  return JSON.stringify({ ok: errors.length === 0, files, errors, warnings }, null, 2);
}
