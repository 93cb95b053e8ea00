// What the importer could not place, or placed by interpretation. The importer never
// invents text: anything it does not understand ends up here instead of being dropped.
export interface ReportEntry {
  level: "warning" | "info";
  /** Source file name under seeds/. */
  source: string;
  /** 1-based line in the source file. */
  line: number;
  message: string;
}

export class Report {
  readonly entries: ReportEntry[] = [];
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  warn(line: number, message: string): void {
    this.entries.push({ level: "warning", source: this.source, line, message });
  }
  info(line: number, message: string): void {
    this.entries.push({ level: "info", source: this.source, line, message });
  }
}

export function formatReport(entries: ReportEntry[]): string {
  return entries
    .map((e) => `seeds/${e.source}:${e.line} ${e.level === "warning" ? "警告/warning" : "情報/info"}: ${e.message}`)
    .join("\n");
}
