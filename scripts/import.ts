// npm run import [-- --out DIR] [--force] [--diff]
// Reads seeds/*.txt (listed in seeds/manifest.yaml) and writes content/**/*.yaml.
// After the first import, content/ belongs to its editors: existing files are never
// overwritten without --force; --diff shows what a fresh import would change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importSeeds } from "../src/lib/import/index.ts";
import { formatReport } from "../src/lib/import/report.ts";
import { lineDiff } from "../src/lib/import/diff.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const outIndex = args.indexOf("--out");
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, "content"));

try {
  const { files, report } = importSeeds(path.join(root, "seeds"));
  let written = 0;
  let kept = 0;
  for (const [rel, text] of files) {
    const target = path.join(out, rel);
    const exists = existsSync(target);
    if (flag("--diff")) {
      const old = exists ? readFileSync(target, "utf8") : "";
      if (old !== text) console.log(`--- ${rel}${exists ? "" : " (new)"}\n${lineDiff(old, text)}`);
      continue;
    }
    if (exists && !flag("--force")) {
      kept++;
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    written++;
  }
  if (report.length) console.log(`\n取り込みレポート / import report (${report.length}):\n${formatReport(report)}`);
  if (!flag("--diff")) {
    console.log(
      `\n${written} 件を書き込み、既存の ${kept} 件はそのままにしました / wrote ${written} files, kept ${kept} existing files${kept ? " (use --force to overwrite, --diff to compare)" : ""} → ${path.relative(process.cwd(), out) || "."}`,
    );
  }
} catch (e) {
  console.error(`取り込みに失敗しました / import failed: ${(e as Error).message}`);
  process.exit(1);
}
