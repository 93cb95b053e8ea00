// Finds the content files by the fixed folder layout:
//   <planId>/plan.yaml, <planId>/strategy.yaml, <planId>/measures/<number>.yaml
//   <projectId>/project.yaml
// A YAML file anywhere else would be silently ignored by the site, so it is an error.
import { existsSync, readdirSync, statSync } from "node:fs";
import type { Dirent } from "node:fs";
import path from "node:path";
import type { Finding, Message } from "./finding.ts";

export interface PlanFiles {
  folder: string;
  plan: string;
  strategy?: string;
  /** Measure number (file name without .yaml) → absolute path, sorted by name. */
  measures: Map<string, string>;
}

export interface ProjectFiles {
  folder: string;
  project: string;
}

export interface Layout {
  plans: PlanFiles[];
  projects: ProjectFiles[];
  findings: Finding[];
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const visible = (d: Dirent) => !d.name.startsWith(".");

function list(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(visible)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function discoverLayout(dir: string, show: (abs: string) => string): Layout {
  const layout: Layout = { plans: [], projects: [], findings: [] };
  const problem = (abs: string, message: Message) =>
    layout.findings.push({ file: show(abs), line: 0, col: 0, path: "", message, severity: "error" });

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problem(dir, { ja: "コンテンツのフォルダがありません", en: "content folder not found" });
    return layout;
  }
  for (const entry of list(dir)) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) readFolder(abs, entry.name, layout, problem);
    else if (entry.isFile() && isYaml(entry.name)) problem(abs, MISPLACED);
  }
  return layout;
}

const MISPLACED: Message = {
  ja: "この場所のファイルは読み込まれません。<計画ID>/plan.yaml、<計画ID>/measures/<番号>.yaml、<プロジェクトID>/project.yaml のどれかに置いてください",
  en: "file is not in a place the site reads; use <plan id>/plan.yaml, <plan id>/measures/<number>.yaml or <project id>/project.yaml",
};

function readFolder(abs: string, folder: string, layout: Layout, problem: (abs: string, m: Message) => void): void {
  const names = new Set(list(abs).map((d) => d.name));
  const hasPlan = names.has("plan.yaml");
  const hasProject = names.has("project.yaml");
  if (hasPlan && hasProject) {
    problem(abs, {
      ja: "1つのフォルダに plan.yaml と project.yaml の両方があります。どちらか一方にしてください",
      en: "folder has both plan.yaml and project.yaml; a folder holds either a plan or a project",
    });
    return;
  }
  if (hasProject) layout.projects.push({ folder, project: path.join(abs, "project.yaml") });
  if (hasPlan) layout.plans.push(readPlanFolder(abs, folder, names, problem));
  const expected = hasPlan ? ["plan.yaml", "strategy.yaml"] : hasProject ? ["project.yaml"] : [];
  for (const name of names) {
    if (isYaml(name) && !expected.includes(name)) problem(path.join(abs, name), MISPLACED);
  }
  if (!hasPlan && names.has("measures")) problem(path.join(abs, "measures"), MISPLACED);
}

function readPlanFolder(
  abs: string,
  folder: string,
  names: Set<string>,
  problem: (abs: string, m: Message) => void,
): PlanFiles {
  const plan: PlanFiles = { folder, plan: path.join(abs, "plan.yaml"), measures: new Map() };
  if (names.has("strategy.yaml")) plan.strategy = path.join(abs, "strategy.yaml");
  const measuresDir = path.join(abs, "measures");
  if (!names.has("measures") || !statSync(measuresDir).isDirectory()) return plan;
  for (const entry of list(measuresDir)) {
    const file = path.join(measuresDir, entry.name);
    if (entry.isFile() && entry.name.endsWith(".yaml")) plan.measures.set(entry.name.slice(0, -5), file);
    else if (entry.isFile() && isYaml(entry.name))
      problem(file, { ja: "拡張子は「.yaml」にしてください", en: 'use the extension ".yaml"' });
    else if (entry.isDirectory()) problem(file, MISPLACED);
  }
  return plan;
}
