// What changed in a content file, as data: a key of the wording in the dictionaries
// (history.changes in src/i18n/<code>.json) and the values for its placeholders. wording.ts turns
// it into a sentence in the page's language; the diff functions never hold any wording.
import type { Dict } from "../../i18n/index.ts";
import type { Period, Value } from "../types.ts";
import type { ReportedStatus } from "../roadmap-status.ts";

export type ChangeKey = keyof Dict["history"]["changes"];
export type SectionKey = keyof Dict["history"]["sections"];
export type WordKey = keyof Dict["history"]["words"];

/** A placeholder value; everything but plain strings and numbers is worded per language. */
export type Param =
  | string
  | number
  | { year: number }
  | { period: Period }
  | { figure: Value; unit: string }
  | { status: ReportedStatus }
  | { action: number }
  | { section: SectionKey }
  | { word: WordKey }
  | { language: string };

export interface Change {
  key: ChangeKey;
  params?: Record<string, Param>;
}

export const change = (key: ChangeKey, params?: Record<string, Param>): Change => (params ? { key, params } : { key });

/** Loose views of YAML data of any version (old commits need not match today's schema). */
export type Data = Record<string, unknown>;

export const record = (v: unknown): Data =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Data) : {};
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined =>
  typeof v === "string" || typeof v === "number" ? String(v) : undefined;

/** Deep equality of plain YAML data, key order ignored. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => same(x, b[i]));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Data)[k], (b as Data)[k]));
}

/**
 * Changes to a list of records matched by a key (KPI id, action number…): `added`/`removed` for
 * keys on one side only, `both` for each key on both sides (in the new order).
 */
export function matchBy(
  before: unknown,
  after: unknown,
  keyOf: (r: Data) => string | undefined,
  on: {
    added(r: Data, key: string): void;
    removed(r: Data, key: string): void;
    both(b: Data, a: Data, key: string): void;
  },
): void {
  const index = (v: unknown) => {
    const m = new Map<string, Data>();
    for (const r of list(v).map(record)) {
      const k = keyOf(r);
      if (k !== undefined && !m.has(k)) m.set(k, r);
    }
    return m;
  };
  const b = index(before);
  const a = index(after);
  for (const [k, r] of b) if (!a.has(k)) on.removed(r, k);
  for (const [k, r] of a) {
    const old = b.get(k);
    if (old) on.both(old, r, k);
    else on.added(r, k);
  }
}

/** Section-level changes of the given top-level fields: added, removed or changed. */
export function sectionChanges(
  before: Data,
  after: Data,
  fields: ReadonlyArray<readonly [string, SectionKey]>,
): Change[] {
  const out: Change[] = [];
  for (const [field, section] of fields) {
    const b = before[field];
    const a = after[field];
    if (same(b, a)) continue;
    out.push(
      change(b === undefined ? "sectionAdded" : a === undefined ? "sectionRemoved" : "sectionChanged", {
        section: { section },
      }),
    );
  }
  return out;
}

/** Any top-level field not in `known` that differs: named as "other", never dropped. */
export function otherChanges(before: Data, after: Data, known: ReadonlySet<string>): Change[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !known.has(k));
  return fields.some((k) => !same(before[k], after[k]))
    ? [change("sectionChanged", { section: { section: "other" } })]
    : [];
}
