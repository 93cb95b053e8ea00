// One file end to end: read and parse it, check it against its schema, and
// explain every problem at its line and column.
import { existsSync } from "node:fs";
import path from "node:path";
import type { DocumentKind } from "./ajv.ts";
import { getValidator, validateWithMarkdown } from "./ajv.ts";
import type { Loaded } from "./content.ts";
import type { Finding, Message, Segment, Severity } from "./finding.ts";
import { formatPath } from "./finding.ts";
import { describeErrors } from "./messages.ts";
import type { ParsedFile, Preparsed } from "./parse.ts";
import { locate, parseYamlFile } from "./parse.ts";
import { repoRoot, schemaDir } from "./repo.ts";

/** A finding at a field of a parsed file (the nearest existing parent when the field is missing). */
export function findingAt(
  parsed: ParsedFile,
  segments: readonly Segment[],
  message: Message,
  severity: Severity = "error",
  at: "key" | "value" = "value",
): Finding {
  const { line, col } = locate(parsed, segments, at);
  return { file: parsed.file, line, col, path: formatPath(segments), message, severity };
}

export function loadDocument<T>(
  abs: string,
  kind: DocumentKind,
  file: string,
  /** Translation codes the text fields may carry (every configured locale but ja). */
  translations: readonly string[],
  pre?: Preparsed,
): { loaded: Loaded<T>; findings: Finding[] } {
  const { parsed, findings } = parseYamlFile(abs, file, pre);
  const loaded: Loaded<T> = { parsed, data: null };
  if (!parsed.ok) return { loaded, findings };
  const validate = getValidator(kind, translations);
  const { valid, markdown } = validateWithMarkdown(validate, parsed.data);
  if (valid) {
    loaded.data = parsed.data as T;
    loaded.markdown = markdown;
  } else {
    for (const p of describeErrors(validate.errors ?? [], parsed.data)) {
      findings.push(findingAt(parsed, p.segments, p.message, "error", p.at));
    }
  }
  const pragma = checkSchemaPragma(parsed, abs, kind);
  if (pragma) findings.push(pragma);
  return { loaded, findings };
}

/**
 * The first line `# yaml-language-server: $schema=…` gives editors completion and
 * checking as you type. A wrong path silently loses that, so warn about it.
 * Content outside this repository (a temporary copy) cannot point at our schemas: skip it.
 */
function checkSchemaPragma(parsed: ParsedFile, abs: string, kind: DocumentKind): Finding | null {
  if (path.relative(repoRoot, abs).startsWith("..")) return null;
  const expected = path.join(schemaDir, `${kind}.schema.json`);
  const written = /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(parsed.firstLine)?.[1];
  if (written && path.resolve(path.dirname(abs), written) === expected && existsSync(expected)) return null;
  const rel = path.relative(path.dirname(abs), expected).split(path.sep).join("/");
  return {
    file: parsed.file,
    line: 1,
    col: 1,
    path: "",
    severity: "warning",
    message: {
      ja: `1行目を「# yaml-language-server: $schema=${rel}」にすると、エディターで入力チェックができます`,
      en: `make the first line "# yaml-language-server: $schema=${rel}" so that editors can check the file`,
    },
  };
}
