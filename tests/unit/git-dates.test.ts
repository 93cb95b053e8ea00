// Last-changed dates and the one git log pass they come from.
import { describe, expect, it } from "vitest";
import { lastChangedDates } from "../../src/lib/git-dates.ts";
import { parseLog } from "../../src/lib/git/log.ts";
import { parseBatch } from "../../src/lib/git/blobs.ts";

const RS = "\u001e";
const US = "\u001f";
const A = "a".repeat(40);
const B = "b".repeat(40);
const Z = "0".repeat(40);

describe("parseLog", () => {
  it("reads commits, parents and the blob ids of each file before and after", () => {
    const out = [
      `${RS}${"2".repeat(40)}${US}2025-03-02${US}${"1".repeat(40)}\n\n`,
      `:100644 100644 ${A} ${B} M\taioi/measures/6-1-1.yaml\n`,
      `:000000 100644 ${Z} ${A} A\taioi/measures/6-1-2.yaml\n`,
      `:100644 000000 ${B} ${Z} D\t"aioi/\\"quoted\\".yaml"\n`,
      `${RS}${"1".repeat(40)}${US}2024-12-24${US}\n\n`,
      `:000000 100644 ${Z} ${A} A\t相生/plan.yaml\n`,
    ].join("");
    const [c2, c1] = parseLog(out);
    expect(c2).toMatchObject({ date: "2025-03-02", parents: ["1".repeat(40)] });
    expect(c2.files).toEqual([
      { path: "aioi/measures/6-1-1.yaml", before: A, after: B },
      { path: "aioi/measures/6-1-2.yaml", before: null, after: A },
      { path: 'aioi/"quoted".yaml', before: B, after: null },
    ]);
    expect(c1).toMatchObject({ date: "2024-12-24", parents: [], files: [{ path: "相生/plan.yaml" }] });
  });

  it("handles no output and merge commits without files", () => {
    expect(parseLog("")).toEqual([]);
    expect(parseLog(`${RS}${A}${US}2025-01-01${US}${B} ${B}\n`)).toEqual([
      { sha: A, date: "2025-01-01", parents: [B, B], files: [] },
    ]);
  });
});

describe("lastChangedDates", () => {
  it("keeps the newest date of each file", () => {
    const file = (path: string) => ({ path, before: null, after: A });
    const dates = lastChangedDates([
      { sha: B, date: "2025-03-02", parents: [A], files: [file("aioi/measures/6-1-1.yaml"), file("aioi/plan.yaml")] },
      {
        sha: A,
        date: "2024-12-24",
        parents: [],
        files: [file("aioi/measures/6-1-1.yaml"), file("aioi/measures/6-1-2.yaml")],
      },
    ]);
    expect(Object.fromEntries(dates)).toEqual({
      "aioi/measures/6-1-1.yaml": "2025-03-02",
      "aioi/plan.yaml": "2025-03-02",
      "aioi/measures/6-1-2.yaml": "2024-12-24",
    });
  });
});

describe("parseBatch", () => {
  it("splits git cat-file --batch output by the sizes it states, in bytes, and skips missing ids", () => {
    const text = "title:\n  ja: 相生\n";
    const out = Buffer.concat([
      Buffer.from(`${A} blob ${Buffer.byteLength(text)}\n${text}\n`),
      Buffer.from(`${B} missing\n`),
      Buffer.from(`${Z} blob 0\n\n`),
    ]);
    expect(Object.fromEntries(parseBatch(out))).toEqual({ [A]: text, [Z]: "" });
  });
});
