// One file in one commit → what changed, in the terms of its document kind. The content is
// compared on the Japanese (the document's own diff), translations are counted per language, and
// a change that alters neither (comments, quoting, key order) is said to be one of form only.
import type { Change, Data } from "./change.ts";
import { change, record } from "./change.ts";
import { measureChanges } from "./measure.ts";
import { planChanges, strategyChanges } from "./plan.ts";
import { projectChanges } from "./project.ts";
import type { SubjectKind } from "./subject.ts";
import { sourceOnly, translationChanges } from "./texts.ts";

const DIFF: Record<SubjectKind, ((before: Data, after: Data) => Change[]) | undefined> = {
  plan: planChanges,
  strategy: strategyChanges,
  measure: measureChanges,
  project: projectChanges,
  file: undefined,
};

/** A version of the file: its parsed data, or `unreadable` when it is not valid YAML. */
export type Version = { data: unknown } | "unreadable";

/**
 * The changes a commit made to one file. `before` is absent when the commit added the file,
 * `after` when it deleted it.
 */
export function describeFileChange(
  kind: SubjectKind,
  before: Version | undefined,
  after: Version | undefined,
): Change[] {
  if (before === undefined) return [change("added")];
  if (after === undefined) return [change("removed")];
  if (before === "unreadable" || after === "unreadable") return [change("unreadable")];
  const diff = DIFF[kind];
  const content = diff
    ? diff(record(sourceOnly(before.data)), record(sourceOnly(after.data)))
    : JSON.stringify(sourceOnly(before.data)) === JSON.stringify(sourceOnly(after.data))
      ? []
      : [change("contentChanged")];
  const changes = [...content, ...translationChanges(before.data, after.data)];
  return changes.length > 0 ? changes : [change("formOnly")];
}
