// Search relevance: node scripts/search-relevance.ts [DIST] [--raw] [--base /path/] [--set FILE | --auto N]
//   [--json FILE] [--min-top1 0.9] [--min-top5 1]
// Serves DIST (default dist/, built with `npm run build`) on 127.0.0.1, runs every query of the
// relevance set (tests/search/relevance.json) in headless Chromium and prints top-1 and top-5 hit
// rates with the queries that did not come first. --raw queries Pagefind's API directly instead
// of the site's search (the baseline). --auto N generates up to N queries per kind from the
// site's open data instead (measure numbers, titles, KPI labels, main projects; for any
// CONTENT_DIR site). Exits 1 when a --min-* threshold is not met.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { autoQueries, DEFAULT_SET, formatReport, loadQueries, runRelevance } from "./search/relevance.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    raw: { type: "boolean", default: false },
    base: { type: "string", default: "/" },
    set: { type: "string", default: DEFAULT_SET },
    auto: { type: "string" },
    json: { type: "string" },
    "min-top1": { type: "string" },
    "min-top5": { type: "string" },
  },
});
const dist = path.resolve(positionals[0] ?? "dist");
const report = await runRelevance(dist, {
  mode: values.raw ? "raw" : "site",
  base: values.base,
  queries: values.auto ? autoQueries(dist, Number(values.auto)) : loadQueries(values.set),
});
console.log(formatReport(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
let ok = true;
if (values["min-top1"] && report.top1Rate < Number(values["min-top1"])) ok = false;
if (values["min-top5"] && report.top5Rate < Number(values["min-top5"])) ok = false;
process.exit(ok ? 0 : 1);
