// Turns Ajv's raw error list into the few errors a person needs to see:
// field paths as segments, oneOf noise removed, duplicates dropped.
import type { ErrorObject } from "ajv";
import type { Segment } from "./finding.ts";
import { nearest } from "./suggest.ts";

/** The parameters Ajv reports for the keywords we explain (Ajv types them as any). */
export interface Params {
  type?: string;
  missingProperty?: string;
  additionalProperty?: string;
  allowedValues?: unknown[];
  allowedValue?: unknown;
  pattern?: string;
  limit?: number;
  i?: number;
  j?: number;
  format?: string;
  /** dependentRequired: the field that was written without the one it needs. */
  property?: string;
}

export const params = (e: ErrorObject): Params => e.params as Params;

/** "/kpis/0/target" → ["kpis", 0, "target"], using the data to tell list indexes from keys. */
export function toSegments(instancePath: string, data: unknown): Segment[] {
  if (!instancePath) return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const seg: Segment = Array.isArray(cur) && /^\d+$/.test(key) ? Number(key) : key;
    out.push(seg);
    cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[String(seg)] : undefined;
  }
  return out;
}

export function valueAt(data: unknown, segments: readonly Segment[]): unknown {
  let cur = data;
  for (const s of segments)
    cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[String(s)] : undefined;
  return cur;
}

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeAllows(type: unknown, v: unknown): boolean {
  const t = jsonType(v);
  const list = Array.isArray(type) ? type : [type];
  return list.includes(t) || (t === "integer" && list.includes("number"));
}

/** Does a oneOf branch accept this kind of value (ignoring its details)? */
function branchFits(branch: Record<string, unknown>, v: unknown): boolean {
  if ("const" in branch) return JSON.stringify(branch.const) === JSON.stringify(v);
  if (Array.isArray(branch.enum)) return branch.enum.some((e) => JSON.stringify(e) === JSON.stringify(v));
  if ("type" in branch) return typeAllows(branch.type, v);
  return true;
}

export interface Collapsed {
  errors: ErrorObject[];
  /** oneOf errors where no branch fits the value's type at all: reported as one "write A or B" message. */
  unmatchedOneOf: ErrorObject[];
}

/**
 * For a oneOf whose branches differ by type (relatedPlans: "none" or a list), keep only the
 * errors of the branch that fits the value; the other branch's "wrong type" errors are noise.
 */
export function collapseOneOf(errors: ErrorObject[], data: unknown): Collapsed {
  const drop = new Set<ErrorObject>();
  const unmatchedOneOf: ErrorObject[] = [];
  for (const o of errors.filter((e) => e.keyword === "oneOf")) {
    drop.add(o);
    const value = valueAt(data, toSegments(o.instancePath, data));
    const fits = (o.schema as Record<string, unknown>[]).some((b) => branchFits(b, value));
    for (const e of errors) {
      if (e === o || !within(e.instancePath, o.instancePath)) continue;
      const shape = e.instancePath === o.instancePath && ["type", "const", "enum"].includes(e.keyword);
      if (!fits || shape) drop.add(e);
    }
    if (!fits) unmatchedOneOf.push(o);
  }
  return { errors: errors.filter((e) => !drop.has(e)), unmatchedOneOf };
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(parent + "/");
}

/** Same place, same keyword, same details: Ajv reports a $ref plus its sibling `type` twice. */
export function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    return !seen.has(k) && seen.add(k);
  });
}

/**
 * A misspelt field shows up twice: "unknown field mesure" and "missing measure".
 * The unknown-field message already suggests the right name, so drop the other.
 */
export function dropTypoRequired(errors: ErrorObject[]): ErrorObject[] {
  const suggested = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const allowed = Object.keys((e.parentSchema?.properties as object) ?? {});
    const near = nearest(String(params(e).additionalProperty), allowed);
    if (near) suggested.add(`${e.instancePath}|${near}`);
  }
  return errors.filter(
    (e) => !(e.keyword === "required" && suggested.has(`${e.instancePath}|${params(e).missingProperty}`)),
  );
}
