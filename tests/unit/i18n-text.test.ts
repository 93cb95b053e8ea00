// Which text a page shows for a translatable field.
import { describe, expect, it } from "vitest";
import { plainText, resolveText } from "../../src/lib/i18n-text.ts";

describe("resolveText", () => {
  it("Japanese pages always show Japanese", () => {
    expect(resolveText({ ja: "施策", en: "Measure" }, "ja")).toEqual({
      value: "施策",
      lang: "ja",
      fallback: false,
      provisional: false,
    });
  });

  it("English pages show English, flagged when provisional", () => {
    expect(resolveText({ ja: "施策", en: "Measure", review: { en: "reviewed" } }, "en")).toEqual({
      value: "Measure",
      lang: "en",
      fallback: false,
      provisional: false,
    });
    expect(resolveText({ ja: "施策", en: "Measure", review: { en: "provisional" } }, "en").provisional).toBe(true);
    expect(resolveText({ ja: "施策", en: "Measure" }, "en").provisional).toBe(false);
  });

  it("falls back to Japanese, never a blank", () => {
    expect(resolveText({ ja: "施策" }, "en")).toEqual({
      value: "施策",
      lang: "ja",
      fallback: true,
      provisional: false,
    });
    expect(resolveText({ ja: "施策", en: "  " }, "en").fallback).toBe(true);
  });

  it("plainText gives the string alone", () => {
    expect(plainText({ ja: "施策", en: "Measure" }, "en")).toBe("Measure");
    expect(plainText({ ja: "施策" }, "en")).toBe("施策");
    expect(plainText(undefined, "ja")).toBe("");
  });
});
