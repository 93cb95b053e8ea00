// Reads one YAML file safely and keeps its syntax tree, so that any field path
// can later be turned back into a line and column for the message.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Document, Node, YAMLError } from "yaml";
import type { Finding, Message, Segment } from "./finding.ts";
import { sourceOffset } from "../textlint/source-map.ts";
import {
  ALIAS_LIMIT_MESSAGE,
  NOT_UTF8_MESSAGE,
  fileTooLargeMessage,
  unreadableMessage,
  unresolvedAliasMessage,
  yamlMessage,
} from "./yaml-messages.ts";

/** Content files are a few KB; anything near this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1_000_000;
/** Enough for legitimate reuse, far too few for a "billion laughs" alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  /** Display path (repo-relative). */
  file: string;
  abs: string;
  /**
   * The syntax tree, for turning paths into line:column. Dropped once a file parses
   * cleanly (10 000 trees would exhaust memory) and re-parsed only if a message needs it.
   */
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  /** Plain data; undefined when the file could not be read or parsed. */
  data: unknown;
  ok: boolean;
  /** First line of the text, where the `# yaml-language-server: $schema=…` comment belongs. */
  firstLine: string;
}

export interface Position {
  line: number;
  col: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function fileFinding(file: string, pos: Position, message: Message): Finding {
  return { file, line: pos.line, col: pos.col, path: "", message, severity: "error" };
}

/** Reads the text, refusing huge or non-UTF-8 files before the parser sees them. */
function readText(abs: string, file: string): { text?: string; finding?: Finding } {
  const start = { line: 1, col: 1 };
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) return { finding: fileFinding(file, start, fileTooLargeMessage(size, MAX_FILE_BYTES)) };
    const bytes = readFileSync(abs);
    return { text: utf8.decode(bytes) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof TypeError) return { finding: fileFinding(file, start, NOT_UTF8_MESSAGE) };
    return { finding: fileFinding(file, start, unreadableMessage(code ?? String(e))) };
  }
}

function yamlFinding(file: string, text: string, lc: LineCounter, e: YAMLError): Finding {
  const at = lc.linePos(e.pos[0]);
  // The rest of the line from the error: yamlMessage picks the key or tag out of it.
  const snippet = text.slice(e.pos[0], e.pos[0] + 80).split("\n")[0];
  return fileFinding(file, at, yamlMessage(e.code, e.message, snippet));
}

/** What a clean parse of a file elsewhere (a worker thread, preparse.ts) leaves: its data and first line. */
export interface Preparsed {
  data: unknown;
  firstLine: string;
}

/** `abs` parsed here for another thread: its data when it parses cleanly, else null (parse it again for the messages). */
export function preparse(abs: string): Preparsed | null {
  const { parsed } = parseYamlFile(abs, abs);
  return parsed.ok ? { data: parsed.data, firstLine: parsed.firstLine } : null;
}

/** Parses `abs`; `file` is the path shown in messages; `pre`: its clean parse from preparse(). Never throws. */
export function parseYamlFile(abs: string, file: string, pre?: Preparsed): { parsed: ParsedFile; findings: Finding[] } {
  const lineCounter = new LineCounter();
  if (pre) return { parsed: { file, abs, doc: null, lineCounter, ...pre, ok: true }, findings: [] };
  const parsed: ParsedFile = { file, abs, doc: null, lineCounter, data: undefined, ok: false, firstLine: "" };
  const { text, finding } = readText(abs, file);
  if (text === undefined) return { parsed, findings: finding ? [finding] : [] };
  parsed.firstLine = text.split("\n", 1)[0];

  const doc = parseText(text, lineCounter);
  parsed.doc = doc;
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const findings = problems.map((e) => yamlFinding(file, text, lineCounter, e));
    return { parsed, findings: dedupeByLine(findings) };
  }
  try {
    parsed.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    parsed.ok = true;
    parsed.doc = null;
    return { parsed, findings: [] };
  } catch (e) {
    // toJS throws on alias bombs and on aliases to unknown anchors.
    if (/alias count/i.test(String(e)))
      return { parsed, findings: [fileFinding(file, firstAlias(doc, lineCounter), ALIAS_LIMIT_MESSAGE)] };
    const unresolved = firstAlias(doc, lineCounter, true);
    const message = unresolved.name ? unresolvedAliasMessage(unresolved.name) : yamlMessage("", String(e), "");
    return { parsed, findings: [fileFinding(file, unresolved, message)] };
  }
}

/**
 * Plain data of a YAML text with the same safe options (core schema, alias limit), or undefined
 * when it does not parse: for texts that are not files on disk, such as old versions from git.
 */
export function parseYamlText(text: string): unknown {
  if (text.length > MAX_FILE_BYTES) return undefined;
  const doc = parseText(text, new LineCounter());
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Where the first alias (*name) is written, or with `unresolved` the first one whose
 * anchor (&name) is missing: the place to point at for alias problems.
 */
function firstAlias(doc: Document.Parsed, lc: LineCounter, unresolved = false): Position & { name: string } {
  let found = { line: 1, col: 1, name: "" };
  visit(doc, {
    Alias(_, node) {
      if (unresolved && node.resolve(doc) !== undefined) return;
      if (node.range) found = { ...lc.linePos(node.range[0]), name: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

// core schema: plain YAML 1.2 types only; unknown tags only warn in the library, so we treat them as errors.
function parseText(text: string, lineCounter: LineCounter): Document.Parsed {
  return parseDocument(text, { lineCounter, uniqueKeys: true, schema: "core", prettyErrors: false });
}

/** The syntax tree again, for a file whose tree was dropped after a clean parse. */
function treeOf(parsed: ParsedFile): Document.Parsed | null {
  if (!parsed.doc && parsed.ok) {
    const { text } = readText(parsed.abs, parsed.file);
    if (text === undefined) return null;
    parsed.lineCounter = new LineCounter();
    parsed.doc = parseText(text, parsed.lineCounter);
  }
  return parsed.doc;
}

/** One syntax slip often makes the parser complain several times on the same line. */
function dedupeByLine(findings: Finding[]): Finding[] {
  const seen = new Set<number>();
  return findings.filter((f) => !seen.has(f.line) && seen.add(f.line));
}

/**
 * Finds where a field path is written. Follows the path as far as it exists, so
 * a missing field points at its parent mapping. `at: "key"` points at the key
 * (used for unknown fields) instead of the value.
 */
export function locate(parsed: ParsedFile, segments: readonly Segment[], at: "key" | "value" = "value"): Position {
  const found = follow(parsed, segments);
  if (!found) return { line: 1, col: 1 };
  const target = (at === "key" && found.key) || (found.node as Node | null) || found.key;
  const offset = target?.range?.[0];
  return offset === undefined ? { line: 1, col: 1 } : parsed.lineCounter.linePos(offset);
}

/** The key and value nodes at the end of the existing part of a field path. */
function follow(parsed: ParsedFile, segments: readonly Segment[]): { key: Node | null; node: unknown } | null {
  const doc = treeOf(parsed);
  if (!doc || !doc.contents) return null;
  let node: unknown = doc.contents;
  let key: Node | null = null;
  for (const seg of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    const next = step(node, seg);
    if (!next) break;
    [key, node] = next;
  }
  return { key, node };
}

/**
 * Where character `index` of the string at a field path is written (quotes, escapes and
 * folded lines taken into account); the field's start when it is not a string.
 */
export function locateChar(parsed: ParsedFile, segments: readonly Segment[], index: number): Position {
  const found = follow(parsed, segments);
  const text = readText(parsed.abs, parsed.file).text;
  if (!found || text === undefined || !isScalar(found.node) || typeof found.node.value !== "string") {
    return locate(parsed, segments);
  }
  return parsed.lineCounter.linePos(sourceOffset(text, found.node, index));
}

/** One step down: [key node, value node], or null when the path does not exist. */
function step(node: unknown, seg: Segment): [Node | null, unknown] | null {
  if (isMap(node)) {
    const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
    if (!pair) return null;
    // `key:` with no value has a null value node: point at the key then.
    return [pair.key as Node, pair.value ?? pair.key];
  }
  if (isSeq(node) && typeof seg === "number" && seg < node.items.length) return [null, node.items[seg]];
  return null;
}
