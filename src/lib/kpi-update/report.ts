// What kpi:update prints: per KPI, each figure old → new, then one line of totals. Staff read it
// in Japanese, reviewers may read the English after the slash.
import { formatValue } from "../kpi.ts";
import type { Value } from "../types.ts";
import { formatFinding } from "../validation/finding.ts";
import { toWareki } from "../wareki.ts";
import type { UpdateResult } from "./index.ts";

export function formatUpdate(result: UpdateResult, dryRun: boolean): string[] {
  if (result.problems.length) {
    return [
      ...result.problems.map((f) => `エラー ${formatFinding(f)}`),
      `エラー ${result.problems.length} 件。何も書き込んでいません / ${result.problems.length} error${result.problems.length === 1 ? "" : "s"}: nothing was written`,
    ];
  }
  const lines: string[] = [];
  let figures = 0;
  for (const { home, changes } of result.updates) {
    const unit = home.kpi.unit;
    const show = (v: Value | null) => (v ? `${formatValue(v, unit)}` : "（なし / none）");
    lines.push(`めざそう値 / KPI ${home.kpi.id} ${home.kpi.label.ja}（${home.file}）`);
    for (const c of changes) {
      figures++;
      const fy = (v: Value) => `${toWareki(v.fiscalYear).label} (${v.fiscalYear})`;
      lines.push(
        c.kind === "target"
          ? `  目標値 / target: ${show(c.before)} ${fy(c.before!)} → ${show(c.after)} ${fy(c.after)}`
          : `  実績値 / actual ${fy(c.after)}: ${show(c.before)} → ${show(c.after)}`,
      );
    }
  }
  const files = result.files.length;
  const done = dryRun
    ? "--dry-run のため書き込んでいません / not written (--dry-run)"
    : result.written
      ? "書き込みました / written"
      : "変更はありません / nothing to change";
  lines.push(
    `めざそう値 ${result.updates.length} 件の数値 ${figures} か所（${files} ファイル）、変更のない行 ${result.unchanged} 行: ${done.split(" / ")[0]} / ` +
      `${figures} figure${figures === 1 ? "" : "s"} of ${result.updates.length} KPI${result.updates.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}, ${result.unchanged} row${result.unchanged === 1 ? "" : "s"} unchanged: ${done.split(" / ")[1]}`,
  );
  return lines;
}
