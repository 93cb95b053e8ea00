// Runs the importers named in seeds/manifest.yaml and returns the files to write,
// keyed by path relative to the output folder, plus the report of what needs a person.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { importPlan, type PlanMeta } from "./plan-doc.ts";
import { importProject } from "./project-doc.ts";
import { findOcrSlips } from "./ocr.ts";
import { Report, type ReportEntry } from "./report.ts";
import { toYaml } from "./serialize.ts";
import { schemaOrderer } from "./key-order.ts";

interface ManifestEntry extends Partial<PlanMeta> {
  file: string;
  kind: "plan" | "project";
  id: string;
}

export interface ImportResult {
  files: Map<string, string>;
  report: ReportEntry[];
}

export function importSeeds(seedsDir: string): ImportResult {
  const manifest = parse(readFileSync(path.join(seedsDir, "manifest.yaml"), "utf8")) as { documents: ManifestEntry[] };
  const files = new Map<string, string>();
  const report: ReportEntry[] = [];
  const ordered = schemaOrderer(path.join(seedsDir, "..", "schemas"));
  for (const doc of manifest.documents) {
    const text = readFileSync(path.join(seedsDir, doc.file), "utf8");
    const out = new Map<string, unknown>();
    let r: Report;
    if (doc.kind === "plan") {
      const result = importPlan(text, doc as PlanMeta);
      out.set(`${doc.id}/plan.yaml`, result.plan);
      out.set(`${doc.id}/strategy.yaml`, result.strategy);
      for (const m of result.measures) out.set(`${doc.id}/measures/${m.number}.yaml`, m);
      r = result.report;
    } else {
      const result = importProject(text, { file: doc.file, id: doc.id });
      out.set(`${doc.id}/project.yaml`, result.project);
      r = result.report;
    }
    for (const [rel, data] of out) {
      reportOcr(data, text, rel, r);
      const schema = schemaPathFor(rel);
      files.set(rel, toYaml(ordered(data, path.basename(schema)), schema));
    }
    report.push(...r.entries);
  }
  return { files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))), report };
}

function schemaPathFor(rel: string): string {
  const depth = rel.split("/").length; // content/<rel>: one level for content itself
  const kind = rel.endsWith("plan.yaml")
    ? "plan"
    : rel.endsWith("strategy.yaml")
      ? "strategy"
      : rel.endsWith("project.yaml")
        ? "project"
        : "measure";
  return `${"../".repeat(depth)}schemas/${kind}.schema.json`;
}

function reportOcr(data: unknown, source: string, rel: string, r: Report): void {
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const hit of findOcrSlips(v)) {
        const line = source.split("\n").findIndex((l) => l.includes(hit.context.slice(0, 4))) + 1;
        r.warn(
          line,
          `OCRの誤りと思われる文字「${hit.char}」(「${hit.suggestion}」か): …${hit.context}… 原文のまま取り込みました (${rel}) / suspected OCR slip "${hit.char}" (probably "${hit.suggestion}"), kept as is`,
        );
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(data);
}
