import { describe, expect, it } from "vitest";
import { compareNumbers } from "../../src/lib/numbers.ts";

const sign = (n: number) => Math.sign(n);
/** The space-separated numbers, sorted. */
const sorted = (list: string) => list.split(" ").sort(compareNumbers).join(" ");

describe("compareNumbers", () => {
  it("compares part by part as whole numbers", () => {
    expect(sorted("6-1-10 6-1-9 6-2-1 10-1-1 6-1-1 6-10-1")).toBe("6-1-1 6-1-9 6-1-10 6-2-1 6-10-1 10-1-1");
    expect(sorted("10 9 1")).toBe("1 9 10");
  });

  it("puts a number before its own sub-numbers and after the ones before it", () => {
    expect(sorted("6-1-1 6-2 6-1 6 5-9-9 6-1-0")).toBe("5-9-9 6 6-1 6-1-0 6-1-1 6-2");
    expect(sign(compareNumbers("6-1", "6-1-1"))).toBe(-1);
    expect(sign(compareNumbers("6-1-1", "6-1"))).toBe(1);
    expect(sign(compareNumbers("6-1", "6-1-0"))).toBe(-1);
  });

  it("accepts dots as separators (KPI ids, other plans' numbering)", () => {
    expect(sign(compareNumbers("6.1.9", "6.1.10"))).toBe(-1);
    expect(sign(compareNumbers("6-1-9", "6.1.10"))).toBe(-1);
  });

  it("is exact for numbers beyond what a double holds", () => {
    expect(sign(compareNumbers("1-9007199254740993", "1-9007199254740992"))).toBe(1);
    expect(sign(compareNumbers("1-99999999999999999999", "1-100000000000000000000"))).toBe(-1);
  });

  it("is a total order: equal only for equal strings, antisymmetric, stable under any input", () => {
    const all = ["6-1-1", "6-01-1", "6-1-01", "6-1-x", "6-1-a", "6-1", "6", "x", "", "6--1", "6-1-10"];
    for (const a of all) {
      expect(compareNumbers(a, a)).toBe(0);
      for (const b of all) {
        if (a !== b) expect(compareNumbers(a, b)).not.toBe(0);
        expect(sign(compareNumbers(a, b)) + sign(compareNumbers(b, a))).toBe(0);
        expect(Number.isNaN(compareNumbers(a, b))).toBe(false);
      }
    }
    expect([...all].sort(compareNumbers)).toEqual([...all].reverse().sort(compareNumbers));
  });

  it("puts digits before anything else in the same position", () => {
    expect(sorted("6-1-a 6-1-10 6-1-2")).toBe("6-1-2 6-1-10 6-1-a");
    expect(sign(compareNumbers("6-01", "6-1"))).toBe(-1);
  });
});
