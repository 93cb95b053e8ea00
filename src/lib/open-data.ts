// The open-data files: JSON of the whole site and of each document, and a CSV of every KPI
// figure of a plan. Shapes are documented in docs/open-data.md; change both together.
import type { Value } from "./types.ts";
import type { PlanIndex } from "./site-index.ts";
import type { ProjectEntry } from "./content/entries.ts";
import { locales } from "./locales.ts";
import { directionOf, progress } from "./kpi.ts";
import { csvText } from "./csv/write.ts";
import { toWareki } from "./wareki.ts";

const FORMAT_VERSION = "plan-publisher/2";

const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
};

/** The documents of the site, as the page routes get them. */
export interface OpenDataSite {
  plans: readonly PlanIndex[];
  projects: readonly ProjectEntry[];
}

export function planJson(index: PlanIndex) {
  return { format: FORMAT_VERSION, licence: LICENCE, ...planBody(index) };
}

export function projectJson(loaded: ProjectEntry) {
  return { format: FORMAT_VERSION, licence: LICENCE, ...projectBody(loaded) };
}

function planBody(index: PlanIndex) {
  const { plan, file, strategy } = index.plan;
  return {
    kind: "plan" as const,
    id: plan.id,
    file,
    plan,
    strategy: strategy ? { file: strategy.file, ...strategy.strategy } : null,
    measures: index.entries.map((e) => ({
      file: e.file,
      ...e.measure,
      // Derived, not stored: the status shown on the site (docs/kpi-progress.md).
      kpiProgress: Object.fromEntries(
        e.measure.kpis.map((k) => {
          const p = progress(k);
          return [k.id, { status: p.status, ratio: p.ratio, expectedRatio: p.expectedRatio }];
        }),
      ),
    })),
  };
}

function projectBody(loaded: ProjectEntry) {
  return {
    kind: "project" as const,
    id: loaded.project.id,
    file: loaded.file.path,
    project: loaded.project,
  };
}

export function siteJson(site: OpenDataSite) {
  return {
    format: FORMAT_VERSION,
    licence: LICENCE,
    // The languages of the texts: `ja` in every text, the others where translated.
    locales: locales().map(({ code, label, lang }) => ({ code, label, lang })),
    plans: site.plans.map(planBody),
    projects: site.projects.map(projectBody),
  };
}

/** The columns of /data/<plan>-kpis.csv, which `npm run kpi:update` reads back (docs/open-data.md). */
export const CSV_COLUMNS = [
  "plan",
  "measure_number",
  "measure_title",
  "kpi_id",
  "label",
  "unit",
  "kind",
  "fiscal_year_wareki",
  "fiscal_year",
  "value",
  "direction",
  "status",
] as const;

// One formatter per number of decimals: creating them is slow.
const csvFormatters = new Map<number, Intl.NumberFormat>();

/** The figure as written, with its decimals (70 with decimals 1 → "70.0"), no grouping. */
export function csvNumber(v: Value): string {
  if (v.decimals === undefined) return String(v.value);
  let format = csvFormatters.get(v.decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: v.decimals,
      maximumFractionDigits: v.decimals,
      useGrouping: false,
    });
    csvFormatters.set(v.decimals, format);
  }
  return format.format(v.value);
}

/**
 * UTF-8 CSV (with BOM, for spreadsheet programs) of every KPI figure of a plan, one row per
 * figure, with the KPI's direction and status (derived, as on the site) on each of its rows.
 * Text cells are guarded against formula injection (src/lib/csv/guard.ts).
 */
export function kpiCsv(index: PlanIndex): string {
  const rows: Array<Array<string | number>> = [];
  for (const e of index.entries) {
    for (const kpi of e.measure.kpis) {
      const { status } = progress(kpi);
      const figures: Array<[string, Value]> = [
        ...kpi.actuals.map((a, i): [string, Value] => [i === 0 ? "baseline" : "actual", a]),
        ["target", kpi.target],
      ];
      for (const [kind, v] of figures) {
        rows.push([
          index.plan.plan.id,
          e.measure.number,
          e.measure.title?.ja ?? "",
          kpi.id,
          kpi.label.ja,
          kpi.unit,
          kind,
          toWareki(v.fiscalYear).label,
          v.fiscalYear,
          csvNumber(v),
          directionOf(kpi),
          status,
        ]);
      }
    }
  }
  return csvText(CSV_COLUMNS, rows);
}
