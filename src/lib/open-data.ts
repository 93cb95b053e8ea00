// The open-data files: JSON of the whole site and of each document, and a CSV of every KPI
// figure of a plan. Shapes are documented in docs/open-data.md; change both together.
import type { LoadedPlan, LoadedProject, SiteData, Value } from "./types.ts";
import { planIndex } from "./site-index.ts";
import { progress } from "./kpi.ts";
import { toWareki } from "./wareki.ts";

const FORMAT_VERSION = "plan-publisher/1";

const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
};

export function planJson(loaded: LoadedPlan) {
  return { format: FORMAT_VERSION, licence: LICENCE, ...planBody(loaded) };
}

export function projectJson(loaded: LoadedProject) {
  return { format: FORMAT_VERSION, licence: LICENCE, ...projectBody(loaded) };
}

function planBody(loaded: LoadedPlan) {
  const index = planIndex(loaded);
  return {
    kind: "plan" as const,
    id: loaded.plan.id,
    file: loaded.file.path,
    plan: loaded.plan,
    strategy: loaded.strategy ? { file: loaded.strategy.file.path, ...loaded.strategy.strategy } : null,
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

function projectBody(loaded: LoadedProject) {
  return {
    kind: "project" as const,
    id: loaded.project.id,
    file: loaded.file.path,
    project: loaded.project,
  };
}

export function siteJson(site: SiteData) {
  return {
    format: FORMAT_VERSION,
    licence: LICENCE,
    plans: site.plans.map(planBody),
    projects: site.projects.map(projectBody),
  };
}

/** Every document id with its JSON, for /data/<id>.json. */
export function documentIds(site: SiteData): string[] {
  return [...site.plans.map((p) => p.plan.id), ...site.projects.map((p) => p.project.id)];
}

const CSV_COLUMNS = [
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
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

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

const BOM = "\uFEFF";

/** UTF-8 CSV (with BOM, for spreadsheet programs) of every KPI figure of a plan. */
export function kpiCsv(loaded: LoadedPlan): string {
  const lines: string[] = [CSV_COLUMNS.join(",")];
  for (const e of planIndex(loaded).entries) {
    for (const kpi of e.measure.kpis) {
      const figures: Array<[string, Value]> = [
        ...kpi.actuals.map((a, i): [string, Value] => [i === 0 ? "baseline" : "actual", a]),
        ["target", kpi.target],
      ];
      for (const [kind, v] of figures) {
        lines.push(
          [
            loaded.plan.id,
            e.measure.number,
            e.measure.title?.ja ?? "",
            kpi.id,
            kpi.label.ja,
            kpi.unit,
            kind,
            toWareki(v.fiscalYear).label,
            v.fiscalYear,
            csvNumber(v),
          ]
            .map(csvField)
            .join(","),
        );
      }
    }
  }
  return BOM + lines.join("\r\n") + "\r\n";
}
