// Types are generated from the schemas, never written twice: the committed file must be
// what `npm run types` produces now, and every schema property must carry a description.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { generateDefs, generateTypes } from "../../scripts/gen-types.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("schemas", () => {
  it("the text definition follows the configured locales (run `npm run types` if this fails)", async () => {
    expect(readFileSync(path.join(root, "schemas/defs.schema.json"), "utf8")).toBe(await generateDefs());
  });

  it("generated types are up to date (run `npm run types` if this fails)", async () => {
    expect(readFileSync(path.join(root, "src/lib/types.generated.ts"), "utf8")).toBe(await generateTypes());
  });

  it("every property has a description and every object forbids unknown fields", () => {
    const problems: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      if (o.type === "object" && o.additionalProperties !== false)
        problems.push(`${where}: additionalProperties must be false`);
      for (const [name, prop] of Object.entries((o.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (typeof prop.description !== "string") problems.push(`${where}.properties.${name}: no description`);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${where}/${k}`);
    };
    for (const file of readdirSync(path.join(root, "schemas")))
      walk(JSON.parse(readFileSync(path.join(root, "schemas", file), "utf8")), file);
    expect(problems).toEqual([]);
  });
});
