// The single Ajv factory: every schema in schemas/ is compiled once per process and locale set,
// and shared by the CLI, the tests and the content loader. The translatable-text definition
// comes from the configured locales (src/lib/config/text-schema.ts), not from the file.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import addFormatsModule from "ajv-formats";
import { textDefinition } from "../config/text-schema.ts";
import { schemaDir } from "./repo.ts";

export type DocumentKind = "plan" | "measure" | "strategy" | "project" | "site-config";

// ajv-formats is CommonJS; depending on the loader its function is the default or nested in it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void;

let markdownSink: string[] | null = null;

/** Runs `validate` and returns the JSON pointers of the Markdown texts it met (when valid). */
export function validateWithMarkdown(
  validate: ValidateFunction,
  data: unknown,
): { valid: boolean; markdown: string[] } {
  markdownSink = [];
  try {
    const valid = validate(data);
    return { valid, markdown: [...new Set(markdownSink)] };
  } finally {
    markdownSink = null;
  }
}

/** One instance per set of translation codes (normally exactly one per process). */
const instances = new Map<string, { ajv: Ajv2020; validators: Map<DocumentKind, ValidateFunction> }>();

function createAjv(translations: readonly string[]): Ajv2020 {
  // verbose: errors carry the failing schema, so messages can list allowed fields.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    verbose: true,
  });
  addFormats(ajv);
  // Names the generated type of richText (json-schema-to-typescript); nothing to validate.
  ajv.addKeyword("tsType");
  // `markdown: true` marks the paragraph-like texts (defs.schema.json#/$defs/richText): validation
  // notes where they are, so that the Markdown in them can be checked (cross-text.ts).
  ajv.addKeyword({
    keyword: "markdown",
    schemaType: "boolean",
    errors: false,
    validate: (on: boolean, _data: unknown, _schema: unknown, cxt?: DataValidationCxt) => {
      if (on && cxt) markdownSink?.push(cxt.instancePath);
      return true;
    },
  });
  for (const name of readdirSync(schemaDir)
    .filter((n) => n.endsWith(".schema.json"))
    .sort()) {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, name), "utf8")) as Record<string, unknown>;
    if (name === "defs.schema.json") (schema.$defs as Record<string, unknown>).text = textDefinition(translations);
    ajv.addSchema(schema);
  }
  return ajv;
}

/**
 * The compiled validator for one document kind, for content whose translatable text may carry
 * the given translation codes (every configured locale but ja).
 */
export function getValidator(kind: DocumentKind, translations: readonly string[]): ValidateFunction {
  const key = translations.join(",");
  let entry = instances.get(key);
  if (!entry) {
    entry = { ajv: createAjv(translations), validators: new Map() };
    instances.set(key, entry);
  }
  let v = entry.validators.get(kind);
  if (!v) {
    v = entry.ajv.getSchema(`${kind}.schema.json`);
    if (!v) throw new Error(`schema ${kind}.schema.json not found in ${schemaDir}`);
    entry.validators.set(kind, v);
  }
  return v;
}
