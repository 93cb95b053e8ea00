// The single Ajv instance: every schema in schemas/ is compiled once per process
// and shared by the CLI, the tests and the site loader.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { AnySchema, ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { schemaDir } from "./repo.ts";

export type DocumentKind = "plan" | "measure" | "strategy" | "project";

// ajv-formats is CommonJS; depending on the loader its function is the default or nested in it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void;

let instance: Ajv2020 | null = null;
const validators = new Map<DocumentKind, ValidateFunction>();

function createAjv(): Ajv2020 {
  // verbose: errors carry the failing schema, so messages can list allowed fields.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    verbose: true,
  });
  addFormats(ajv);
  for (const name of readdirSync(schemaDir)
    .filter((n) => n.endsWith(".schema.json"))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, name), "utf8")) as AnySchema);
  }
  return ajv;
}

/** The compiled validator for one document kind (compiled on first use, then cached). */
export function getValidator(kind: DocumentKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    instance ??= createAjv();
    v = instance.getSchema(`${kind}.schema.json`);
    if (!v) throw new Error(`schema ${kind}.schema.json not found in ${schemaDir}`);
    validators.set(kind, v);
  }
  return v;
}
