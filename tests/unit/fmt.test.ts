// The placeholder filler shared by the pages (src/i18n) and the search page's script.
import { describe, expect, it } from "vitest";
import { fmt } from "../../src/lib/fmt.ts";

describe("fmt", () => {
  it("fills known placeholders and leaves unknown ones", () => {
    expect(fmt("「{q}」で {n} 件見つかりました", { q: "関係人口", n: 2 })).toBe("「関係人口」で 2 件見つかりました");
    expect(fmt("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
