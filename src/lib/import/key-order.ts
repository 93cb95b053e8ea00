// Orders every mapping's keys as its schema lists them, so generated YAML reads in
// the same order as the schema (and the printed page) however the importer built it.
import { readFileSync } from "node:fs";
import path from "node:path";

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  $defs?: Record<string, Schema>;
};

export function schemaOrderer(schemaDir: string) {
  const cache = new Map<string, Schema>();
  const load = (file: string): Schema => {
    if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as Schema);
    return cache.get(file)!;
  };
  const resolve = (s: Schema, file: string): [Schema, string] => {
    if (!s.$ref) return [s, file];
    const [refFile, pointer] = s.$ref.split("#");
    const target = refFile || file;
    const node = (pointer ?? "")
      .split("/")
      .filter(Boolean)
      .reduce<Schema>((n, k) => (n as Record<string, Schema>)[k], load(target));
    return resolve(node, target);
  };
  const order = (data: unknown, schema: Schema, file: string): unknown => {
    const [s, f] = resolve(schema, file);
    if (Array.isArray(data)) {
      const itemSchema = s.items ?? s.oneOf?.find((o) => o.items)?.items;
      return itemSchema ? data.map((d) => order(d, itemSchema, f)) : data;
    }
    if (!data || typeof data !== "object" || !s.properties) return data;
    const props = s.properties;
    const entries = Object.entries(data as Record<string, unknown>);
    const rank = (k: string) => {
      const i = Object.keys(props).indexOf(k);
      return i < 0 ? Infinity : i;
    };
    entries.sort(([a], [b]) => rank(a) - rank(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, props[k] ? order(v, props[k], f) : v]));
  };
  return (data: unknown, schemaFile: string) => order(data, load(schemaFile), schemaFile);
}
