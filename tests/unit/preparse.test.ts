// Parsing the YAML files on worker threads first (src/lib/validation/preparse.ts, as the content
// loader does) must not change what the validator reports: the same findings at the same lines
// and columns, and the same site data.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFinding, validateContent } from "../../src/lib/validation/index.ts";
import { preparseAll } from "../../src/lib/validation/preparse.ts";
import { translationCodes } from "../../src/lib/config/index.ts";
import { brokenCopies, validDir } from "./validator-helpers.ts";

const broken = brokenCopies();
const yamlFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".yaml")).map((f) => path.join(dir, f));

describe("YAML parsed on worker threads", () => {
  it("leaves out the files that do not parse cleanly, for the validator to explain", async () => {
    const dir = broken("yaml-syntax");
    const files = yamlFiles(dir);
    const pre = await preparseAll(files, 2);
    expect(pre.size).toBe(files.length - 1);
  });

  it.each(["valid", "yaml-syntax", "alias-bomb", "tab-indent", "wrong-type", "unknown-field", "missing-required"])(
    "gives the same result as parsing in the validator: %s",
    async (name) => {
      const dir = name === "valid" ? validDir : broken(name);
      const alone = validateContent(dir);
      const withThreads = validateContent(dir, translationCodes(), await preparseAll(yamlFiles(dir), 2));
      expect(withThreads.errors.map(formatFinding)).toEqual(alone.errors.map(formatFinding));
      expect(withThreads.warnings.map(formatFinding)).toEqual(alone.warnings.map(formatFinding));
      expect(withThreads.site).toEqual(alone.site);
      if (name !== "valid") expect(alone.errors.length).toBeGreaterThan(0);
    },
  );
});
