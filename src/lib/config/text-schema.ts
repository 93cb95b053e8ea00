// The JSON Schema of translatable text follows from the locale list: `ja` (the source) plus one
// optional field per configured translation, and `review` with each translation's status.
// The validator builds it at run time from site.config.yaml; `npm run types` writes the same
// definition into schemas/defs.schema.json for editors and the generated types (a test keeps
// the two equal).

const SOURCE = {
  description: "Japanese text as published by the municipality.",
  type: "string",
  minLength: 1,
  maxLength: 5000,
};

function translation(code: string) {
  return {
    description: `Translation into ${code}. Leave out when there is none: the ${code} page then shows the text of its fallback language with a notice.`,
    type: "string",
    minLength: 1,
    maxLength: 10000,
  };
}

const STATUS = {
  description:
    "provisional: a machine or draft translation, shown with a notice; reviewed: checked by the municipality.",
  enum: ["provisional", "reviewed"],
};

/** $defs.text for the given translation codes (every configured locale but the source). */
export function textDefinition(translations: readonly string[]): Record<string, unknown> {
  const properties: Record<string, unknown> = { ja: SOURCE };
  for (const code of translations) properties[code] = translation(code);
  if (translations.length > 0) {
    properties.review = {
      description:
        "How far each translation can be trusted, by language code. A translation without a status is shown as it is.",
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(
        translations.map((c) => [
          c,
          { ...STATUS, description: `Status of the ${c} translation. ${STATUS.description}` },
        ]),
      ),
    };
  }
  return {
    title: "Translatable text",
    description:
      "A human-readable string. Japanese (ja) is required; every other configured language is optional. Plain text only: HTML tags are shown as text, never interpreted.",
    type: "object",
    additionalProperties: false,
    required: ["ja"],
    properties,
  };
}
