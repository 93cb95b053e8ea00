// Counting translatable fields for the translation status page.
import { describe, expect, it } from "vitest";
import { addCounts, countTranslations, emptyCount, percentTranslated } from "../../src/lib/translation-status.ts";

describe("countTranslations", () => {
  it("counts text fields anywhere in a document", () => {
    const doc = {
      title: { ja: "計画", en: "Plan", review: { en: "reviewed" } },
      goals: [
        { number: 6, title: { ja: "目標", en: "Goal", review: { en: "provisional" } } },
        { number: 7, title: { ja: "目標7" } },
      ],
      paragraphs: [{ ja: "一" }, { ja: "二", en: "Two", review: { en: "provisional" } }, { ja: "三", en: " " }],
      period: { from: 2021, to: 2030 },
      note: "not a text field",
    };
    expect(countTranslations(doc, "en")).toEqual({ total: 6, translated: 3, provisional: 2, reviewed: 1, missing: 3 });
  });

  it("adds counts and rounds the share down", () => {
    const a = { ...emptyCount(), total: 3, translated: 2, missing: 1 };
    const b = { ...emptyCount(), total: 1, translated: 0, missing: 1 };
    const sum = addCounts(a, b);
    expect(sum).toEqual({ total: 4, translated: 2, provisional: 0, reviewed: 0, missing: 2 });
    expect(percentTranslated(a)).toBe(66);
    expect(percentTranslated(emptyCount())).toBe(100);
  });
});
