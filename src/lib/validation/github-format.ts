// Findings as GitHub Actions workflow commands, so that a pull request shows each
// problem as an annotation on the changed line (`--format github`):
//   ::error file=content/aioi/measures/6-1-1.yaml,line=14,col=9,title=…::…
// The message repeats file:line:col so that the job log reads well on its own
// (GitHub shows only the first few annotations of a step in the diff view).
import type { Finding } from "./finding.ts";
import { formatFinding } from "./finding.ts";

/** Message text: %, CR and LF must be escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values: additionally : and , (they separate the properties). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const TITLES = {
  error: "検証エラー / validation error",
  warning: "警告 / warning",
};

export interface GithubFormatOptions {
  /** Annotation title; default by severity ("検証エラー / validation error", "警告 / warning"). */
  title?: string;
}

/** One workflow command for one finding. A finding about a folder (line 0) has no line. */
function githubAnnotation(f: Finding, options: GithubFormatOptions = {}): string {
  const props = [`file=${escapeProperty(f.file)}`];
  if (f.line > 0) props.push(`line=${f.line}`, `col=${f.col}`);
  props.push(`title=${escapeProperty(options.title ?? TITLES[f.severity])}`);
  return `::${f.severity} ${props.join(",")}::${escapeData(formatFinding(f))}`;
}

/** All findings, one workflow command per line. */
export function formatGithub(findings: readonly Finding[], options: GithubFormatOptions = {}): string {
  return findings.map((f) => githubAnnotation(f, options)).join("\n");
}
