// Deterministic YAML output: keys in schema order (as built), no line folding, and
// figures keep the decimals printed in the source (70.0 stays 70.0).
import { Document, isMap, isScalar, visit } from "yaml";

export function toYaml(data: unknown, schemaPath: string): string {
  const doc = new Document(data);
  visit(doc, {
    Map(_key, node) {
      const decimals = node.get("decimals");
      const value = node.get("value", true);
      if (typeof decimals === "number" && isScalar(value)) value.minFractionDigits = decimals;
    },
  });
  if (!isMap(doc.contents)) throw new Error("top level must be a mapping");
  const body = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
  return `# yaml-language-server: $schema=${schemaPath}\n${body}`;
}
