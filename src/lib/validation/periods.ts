// Fiscal-year spans: checks and wording shared by plans, related plans and roadmaps.
import type { Period } from "../types.ts";
import type { Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding, Message, Segment } from "./finding.ts";

export const fy = {
  ja: (p: Period) => `${p.from}〜${p.to}年度`,
  en: (p: Period) => `FY${p.from}–FY${p.to}`,
};

function inside(p: Period, outer: Period): boolean {
  return p.from >= outer.from && p.to <= outer.to;
}

/** from must not be after to. Returns false (and reports) when the period is inverted. */
export function checkPeriod(doc: Loaded<unknown>, segments: Segment[], p: Period, out: Finding[]): boolean {
  if (p.from <= p.to) return true;
  out.push(
    findingAt(doc.parsed, segments, {
      ja: `期間の始まり（${p.from}年度）が終わり（${p.to}年度）より後になっています`,
      en: `period starts (FY${p.from}) after it ends (FY${p.to}); from must not be after to`,
    }),
  );
  return false;
}

/** Reports `p` (at `segments`) when it is not within `outer`; `what` names both spans. False when outside. */
export function checkInside(
  doc: Loaded<unknown>,
  segments: Segment[],
  p: Period,
  outer: Period,
  what: { inner: Message; outer: Message },
  out: Finding[],
): boolean {
  if (inside(p, outer)) return true;
  out.push(
    findingAt(doc.parsed, segments, {
      ja: `${what.inner.ja}の期間（${fy.ja(p)}）が${what.outer.ja}（${fy.ja(outer)}）の外にあります`,
      en: `${what.inner.en} period ${fy.en(p)} is outside ${what.outer.en} ${fy.en(outer)}`,
    }),
  );
  return false;
}

/** Reports every value after the first that repeats an earlier one (ids, numbers). */
export function checkUnique<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  report: (index: number, value: string | number) => void,
): void {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(i, k);
    seen.add(k);
  });
}
