import { describe, expect, it } from "vitest";
import { firstSentence } from "../../src/lib/summary.ts";
import { phoneText, telHref } from "../../src/lib/contact.ts";

describe("firstSentence", () => {
  it("ends at the first Japanese or English full stop", () => {
    expect(firstSentence("移住を促進します。また、関係人口を増やします。")).toBe("移住を促進します。");
    expect(firstSentence("We promote settlement. We also grow ties.")).toBe("We promote settlement.");
    expect(firstSentence("Version 6.1 of the plan. Next")).toBe("Version 6.1 of the plan.");
  });

  it("keeps a text without a stop whole, and cuts a long one at 160 characters", () => {
    expect(firstSentence("  見出しだけ \n ")).toBe("見出しだけ");
    const long = "あ".repeat(300);
    expect([...firstSentence(long)]).toHaveLength(160);
    expect(firstSentence(long).endsWith("…")).toBe(true);
  });
});

describe("phone numbers", () => {
  it("are shown with non-breaking hyphens and spaces, so they never wrap", () => {
    expect(phoneText("0000-00-0000 (1)")).toBe("0000\u201100\u20110000\u00a0(1)");
  });

  it("keeps digits and a leading +", () => {
    expect(telHref("0000-00-0000")).toBe("tel:0000000000");
    expect(telHref("+81 (0)00 000 0000")).toBe("tel:+810000000000");
  });
});
