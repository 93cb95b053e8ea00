// What a content file is, from its path inside its document's folder: the plan outline, the
// strategy catalogue, a measure (measures/6-1-1.yaml) or the project; anything else is named by
// its path. Path-based, so that a file that no longer parses (or was deleted) is still named.
import { compareNumbers } from "../numbers.ts";

export type SubjectKind = "plan" | "strategy" | "measure" | "project" | "file";

export interface Subject {
  kind: SubjectKind;
  /** The measure number, or the path for kind "file". */
  name?: string;
}

/** `rel`: path relative to the document folder, e.g. measures/6-1-1.yaml. */
export function subjectOf(rel: string): Subject {
  if (rel === "plan.yaml" || rel === "strategy.yaml" || rel === "project.yaml")
    return { kind: rel.slice(0, -".yaml".length) as SubjectKind };
  const m = /^measures\/([^/]+)\.yaml$/.exec(rel);
  return m ? { kind: "measure", name: m[1] } : { kind: "file", name: rel };
}

const RANK: Record<SubjectKind, number> = { plan: 0, project: 0, strategy: 1, measure: 2, file: 3 };

/** Order on the history page: the outline first, then measures by number, then other files. */
export function compareSubjects(a: Subject, b: Subject): number {
  return RANK[a.kind] - RANK[b.kind] || compareNumbers(a.name ?? "", b.name ?? "");
}
