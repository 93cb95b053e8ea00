// Synthetic but realistic content folders for benchmarks and scale tests: the same
// layout as content/ (<plan>/plan.yaml, strategy.yaml, measures/<n>.yaml,
// <project>/project.yaml), valid against the schemas and the cross-document rules.
// Pure: returns file texts; scripts/generate.ts writes them. Same options → same bytes.
import path from "node:path";
import { toYaml } from "../import/serialize.ts";
import { makeMeasure } from "./measure.ts";
import { makePlan } from "./plan.ts";
import { makeProject } from "./project.ts";
import { streamFor } from "./prng.ts";

export interface GenerateOptions {
  /** Number of 基本施策 (measure pages) in total. */
  measures: number;
  seed?: number;
  /** Number of plans the measures are split between (default 1). */
  plans?: number;
  /** Share of measures (and other texts) published with a provisional English translation (default 0.3). */
  english?: number;
  /** Roadmap items per measure (default 0.1: N/10 items). */
  itemsPerMeasure?: number;
  /** `$schema=` value for the first line of a file, given its kind and path inside the output folder. */
  schemaRef?: (kind: SchemaKind, file: string) => string;
}

export type SchemaKind = "plan" | "measure" | "strategy" | "project";

/** Roadmap items per project.yaml, so that each file stays well under the validator's 1 MB limit. */
const MAX_ITEMS_PER_PROJECT = 1000;

/**
 * The `$schema=` reference: relative to the file when the output folder is inside the
 * repository (so editors find the schema), absolute otherwise.
 */
export function schemaRefFor(outDir: string, repoRoot: string): (kind: SchemaKind, file: string) => string {
  const schemas = path.join(repoRoot, "schemas");
  const inside = !path.relative(repoRoot, path.resolve(outDir)).startsWith("..");
  return (kind, file) => {
    const target = path.join(schemas, `${kind}.schema.json`);
    if (!inside) return target.split(path.sep).join("/");
    return path
      .relative(path.dirname(path.join(path.resolve(outDir), file)), target)
      .split(path.sep)
      .join("/");
  };
}

/** File path (relative, forward slashes) → YAML text, in a stable order. */
export function generateContent(options: GenerateOptions): Map<string, string> {
  const { measures: n, seed = 1, plans = 1, english = 0.3, itemsPerMeasure = 0.1 } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`measures must be a positive integer (got ${n})`);
  if (!Number.isInteger(plans) || plans < 1 || plans > n)
    throw new Error(`plans must be between 1 and the number of measures (got ${plans})`);
  const ref =
    options.schemaRef ?? ((kind, file) => `${"../".repeat(file.split("/").length - 1)}schemas/${kind}.schema.json`);
  const files = new Map<string, string>();
  const put = (file: string, kind: SchemaKind, data: unknown) => files.set(file, toYaml(data, ref(kind, file)));

  for (let k = 0; k < plans; k++) {
    const count = Math.floor(n / plans) + (k < n % plans ? 1 : 0);
    const rng = streamFor(seed, `plan-${k}`);
    const outline = makePlan(rng, plans > 1 ? `-${k + 1}` : "", count, (r) => r.chance(english));
    const { id, plan, strategy } = outline;
    put(`${id}/plan.yaml`, "plan", plan);
    put(`${id}/strategy.yaml`, "strategy", strategy);
    const refs = strategy.measures.map((m) => ({ goal: m.goal, measure: m.measure }));
    for (const number of outline.numbers) {
      const mrng = streamFor(seed, `${id}/${number}`);
      const measure = makeMeasure(mrng, {
        number,
        period: plan.period,
        strategy: refs,
        translated: mrng.chance(english),
      });
      put(`${id}/measures/${number}.yaml`, "measure", measure);
    }
    const items = Math.max(3, Math.round(count * itemsPerMeasure));
    const projects = Math.ceil(items / MAX_ITEMS_PER_PROJECT);
    for (let j = 0; j < projects; j++) {
      const pid = `${id}-refresh${projects > 1 ? `-${j + 1}` : ""}`;
      const size = Math.floor(items / projects) + (j < items % projects ? 1 : 0);
      const prng = streamFor(seed, pid);
      const project = makeProject(prng, {
        id: pid,
        city: outline.city,
        items: size,
        from: plan.period.from + 2,
        english,
      });
      put(`${pid}/project.yaml`, "project", project);
    }
  }
  return files;
}
