// A contact (担当課) is the only content that becomes links (tel:, mailto:, a web form), so its
// schema lets through only a phone number, an e-mail address and an http(s) form address.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { getValidator } from "../../src/lib/validation/ajv.ts";
import { validDir } from "./validator-helpers.ts";

const measure = parse(
  readFileSync(path.join(validDir, "sample-plan", "measures", "6-1-1.yaml"), "utf8"),
) as Record<string, unknown>;
const valid = (contact: unknown) => getValidator("measure", ["en"])({ ...measure, contact });

describe("contact schema", () => {
  it("takes a department alone, or with a published phone, e-mail, address and form", () => {
    expect(valid({ department: { ja: "企画課" } })).toBe(true);
    expect(
      valid({
        department: { ja: "企画課", en: "Planning Division" },
        phone: "0000-00-0000",
        email: "kikaku@example.org",
        address: { ja: "見本市本町1-1" },
        formUrl: "https://forms.example.org/ask",
      }),
    ).toBe(true);
  });

  it.each([
    ["no department", { phone: "0000-00-0000" }],
    ["a phone that is not a number", { department: { ja: "課" }, phone: "javascript:alert(1)" }],
    ["an e-mail with markup", { department: { ja: "課" }, email: '"><script>@example.org' }],
    ["a javascript: form", { department: { ja: "課" }, formUrl: "javascript:alert(1)" }],
    ["a data: form", { department: { ja: "課" }, formUrl: "data:text/html,<b>x</b>" }],
  ])("refuses %s", (_name, contact) => {
    expect(valid(contact)).toBe(false);
  });
});
