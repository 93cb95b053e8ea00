// Proofreads every Japanese text (each `ja:` string) of the content with textlint
// and reports each problem at the file, line and column where the text is
// written, in the validator's Finding shape. Never changes the text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintKernelPlugin, TextlintMessage } from "@textlint/kernel";
import textPluginModule from "@textlint/textlint-plugin-text";
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { Document, Scalar } from "yaml";
import type { Finding, Segment } from "../validation/finding.ts";
import { formatPath, sortFindings } from "../validation/finding.ts";
import { discoverLayout } from "../validation/layout.ts";
import { parseYamlFile } from "../validation/parse.ts";
import { defaultContentDir, displayPath, findRepoRoot } from "../validation/repo.ts";
import { textlintRules } from "./config.ts";
import type { RuleEntry } from "./config.ts";
import { bilingual } from "./messages.ts";
import { sourceOffset } from "./source-map.ts";
import { plainOfMarkdown } from "../rich-text/plain.ts";

/** A proofreading warning: a Finding plus the textlint rule that raised it. */
export interface TextFinding extends Finding {
  ruleId: string;
}

export interface TextLintResult {
  warnings: TextFinding[];
  /** YAML files read (files that do not parse are left to the validator). */
  files: number;
  /** Japanese texts checked. */
  texts: number;
  /** Files left out because they do not parse (npm run validate says why). */
  skipped: string[];
}

/** One `ja:` string of a document: its field path and its syntax node. */
export interface JaText {
  segments: Segment[];
  node: Scalar;
  value: string;
}

/** Every `ja:` string in the document, in document order. */
function collectJaTexts(doc: Document): JaText[] {
  const out: JaText[] = [];
  const visit = (node: unknown, segments: Segment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const value = pair.value;
        if (key === "ja" && isScalar(value) && typeof value.value === "string") {
          out.push({ segments: [...segments, key], node: value, value: value.value });
        } else {
          visit(value, [...segments, key]);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...segments, i]));
    }
  };
  visit(doc.contents, []);
  return out;
}

const textPlugin = ((textPluginModule as { default?: unknown }).default ??
  textPluginModule) as TextlintKernelPlugin["plugin"];

/** A reusable linter for single texts; loading the Japanese dictionary happens on first use. */
export function createTextLinter(rules: RuleEntry[] = textlintRules()) {
  const kernel = new TextlintKernel();
  const plugins: TextlintKernelPlugin[] = [{ pluginId: "text", plugin: textPlugin }];
  return async (text: string): Promise<TextlintMessage[]> => {
    const result = await kernel.lintText(text, { ext: ".txt", filePath: "text.txt", plugins, rules });
    // Stable order: by position, then rule.
    return [...result.messages].sort((a, b) => a.range[0] - b.range[0] || (a.ruleId < b.ruleId ? -1 : 1));
  };
}

type Lint = ReturnType<typeof createTextLinter>;

/**
 * Lints the `ja:` texts of one YAML file's text; `file` is the path shown in
 * messages. The caller has checked that the file is safe and valid YAML
 * (parseYamlFile), so this parse only provides the syntax tree and positions.
 */
export async function lintYamlText(
  file: string,
  source: string,
  lint: Lint,
): Promise<{ warnings: TextFinding[]; texts: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: "core" });
  const texts = collectJaTexts(doc);
  const warnings: TextFinding[] = [];
  for (const t of texts) {
    // The words, not the Markdown: [名前](https://…) is read as 名前. Every text is read so, as
    // Markdown outside paragraph fields is rare and reading it as words does no harm.
    const plain = plainOfMarkdown(t.value);
    for (const m of await lint(plain.text)) {
      const index = plain.indexes[m.range[0]] ?? t.value.length;
      const { line, col } = lineCounter.linePos(sourceOffset(source, t.node, index));
      warnings.push({
        file,
        line,
        col,
        path: formatPath(t.segments),
        message: bilingual(m.ruleId, m.message),
        severity: "warning",
        ruleId: m.ruleId,
      });
    }
  }
  return { warnings, texts: texts.length };
}

/** Every YAML content file under `dir` in the layout the validator reads. */
function contentFiles(dir: string): string[] {
  const layout = discoverLayout(dir, (abs) => abs);
  return [
    ...layout.plans.flatMap((p) => [p.plan, ...(p.strategy ? [p.strategy] : []), ...p.measures.values()]),
    ...layout.projects.map((p) => p.project),
  ];
}

/** Proofreads all content under `dir` (default: content/ or $CONTENT_DIR). */
export async function lintContent(
  dir: string = defaultContentDir(),
  lint: Lint = createTextLinter(),
): Promise<TextLintResult> {
  const abs = path.resolve(dir);
  const root = findRepoRoot(abs);
  const result: TextLintResult = { warnings: [], files: 0, texts: 0, skipped: [] };
  for (const file of contentFiles(abs)) {
    const shown = displayPath(file, root);
    // The validator's reader refuses huge, non-UTF-8, broken or alias-bomb files; it reports why.
    const { parsed } = parseYamlFile(file, shown);
    result.files++;
    if (!parsed.ok) {
      result.skipped.push(shown);
      continue;
    }
    const r = await lintYamlText(shown, new TextDecoder("utf-8").decode(readFileSync(file)), lint);
    result.warnings.push(...r.warnings);
    result.texts += r.texts;
  }
  result.warnings = sortFindings(result.warnings) as TextFinding[];
  return result;
}
