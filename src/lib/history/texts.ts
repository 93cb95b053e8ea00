// Translatable texts ({ ja, en?, review? }) in two versions of a document: the Japanese alone (what
// the content says, compared by the document's own diff) and the translations, counted per
// language ("英語の訳を 42 件追加") so that a translation pass is one line, not one per text.
import type { Change, Data } from "./change.ts";
import { change, record } from "./change.ts";

const isText = (v: unknown): v is Data => v !== null && typeof v === "object" && typeof (v as Data).ja === "string";
/** Keys of a text that hold a translation: language codes (en, ko, ja-easy…). */
const isLanguage = (k: string): boolean => k !== "ja" && /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(k);

/** The document with every text reduced to its Japanese: { ja } only. */
export function sourceOnly(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sourceOnly);
  if (isText(v)) return { ja: v.ja };
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sourceOnly(x)]));
  return v;
}

/** A translation's review status: review.<code>, or the `<code>Status` field of format 1 (enStatus). */
function reviewOf(text: Data, code: string): unknown {
  return record(text.review)[code] ?? text[`${code}Status`];
}

interface Counts {
  added: number;
  changed: number;
  removed: number;
  reviewed: number;
  provisional: number;
}

/** Walks both versions in step and counts translation changes where the Japanese is the same. */
function count(before: unknown, after: unknown, out: Map<string, Counts>): void {
  if (isText(before) && isText(after)) {
    if (before.ja !== after.ja) return; // a changed text: the document's diff reports it
    const codes = new Set([...Object.keys(before), ...Object.keys(after)].filter(isLanguage));
    for (const code of codes) {
      const c = out.get(code) ?? { added: 0, changed: 0, removed: 0, reviewed: 0, provisional: 0 };
      const b = typeof before[code] === "string" ? before[code] : undefined;
      const a = typeof after[code] === "string" ? after[code] : undefined;
      if (b === undefined && a !== undefined) c.added++;
      else if (b !== undefined && a === undefined) c.removed++;
      else if (b !== a) c.changed++;
      const [rb, ra] = [reviewOf(before, code), reviewOf(after, code)];
      if (b !== undefined && a !== undefined && rb !== ra) {
        if (ra === "reviewed") c.reviewed++;
        if (ra === "provisional") c.provisional++;
      }
      out.set(code, c);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.min(before.length, after.length); i++) count(before[i], after[i], out);
    return;
  }
  if (before !== null && after !== null && typeof before === "object" && typeof after === "object") {
    for (const k of Object.keys(after)) if (k in before) count((before as Data)[k], (after as Data)[k], out);
  }
}

/** Translation changes between two versions, per language, where the Japanese did not change. */
export function translationChanges(before: unknown, after: unknown): Change[] {
  const counts = new Map<string, Counts>();
  count(before, after, counts);
  const out: Change[] = [];
  for (const [code, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const language = { language: code };
    if (c.added) out.push(change("translationAdded", { language, n: c.added }));
    if (c.changed) out.push(change("translationChanged", { language, n: c.changed }));
    if (c.removed) out.push(change("translationRemoved", { language, n: c.removed }));
    if (c.reviewed) out.push(change("translationReviewed", { language, n: c.reviewed }));
    if (c.provisional) out.push(change("translationProvisional", { language, n: c.provisional }));
  }
  return out;
}
