// Geometry for the inline SVG KPI chart. Returns numbers and coordinates only: the Astro
// component writes the markup, so user text (labels) never passes through string-built SVG.
// The chart runs from the baseline year to the target year, plots each actual, marks the
// target, and draws a straight guide from baseline to target (the pace "on track" is judged by).
import type { Kpi } from "./types.ts";
import { directionOf, formatValue, progress } from "./kpi.ts";
import type { KpiStatus } from "./kpi.ts";
import { fmt as fill } from "./fmt.ts";
import { toWareki } from "./wareki.ts";

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartOptions extends ChartSize {
  /** Room around the plot for axis labels; defaults to DEFAULT_MARGIN. */
  margin?: ChartMargin;
  /** Least horizontal distance between labelled year ticks, in px; default 36. */
  minYearLabelGap?: number;
}

export interface XY {
  x: number;
  y: number;
}

export interface ChartPoint extends XY {
  fiscalYear: number;
  value: number;
  kind: "baseline" | "actual" | "target";
  isTarget: boolean;
  /** Value with decimals and unit, e.g. 70.0%, for a visible or <title> label. */
  label: string;
}

export interface YearTick {
  fiscalYear: number;
  x: number;
  /** Whether to print this year: years with a figure, thinned so labels do not collide. */
  labelled: boolean;
  /** e.g. 2024 */
  label: string;
  /** e.g. R6 */
  eraLabel: string;
}

export interface ValueTick {
  value: number;
  y: number;
  /** Number only (unit goes in the axis title), e.g. 66 or 0.5. */
  label: string;
}

export interface KpiChartModel {
  width: number;
  height: number;
  /** Pixel edges of the plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Every fiscal year on the axis, first to last. */
  years: number[];
  xTicks: YearTick[];
  /** Value range of the y axis after padding and rounding to tick steps. */
  yDomain: { min: number; max: number };
  yTicks: ValueTick[];
  /** Actuals in order, then the target. */
  points: ChartPoint[];
  /** Polyline through the actuals. */
  actualLine: XY[];
  /** Straight line from baseline to target. */
  guideLine: { from: XY; to: XY };
  status: KpiStatus;
}

const DEFAULT_MARGIN: ChartMargin = {
  top: 16,
  right: 24,
  bottom: 36,
  left: 48,
};

// Two decimals keep SVG attributes short and tests stable.
const round = (n: number): number => Math.round(n * 100) / 100;

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9);
}

export function chartModel(kpi: Kpi, options: ChartOptions): KpiChartModel {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: options.width - margin.right,
    bottom: options.height - margin.bottom,
  };
  if (plot.right <= plot.left || plot.bottom <= plot.top) {
    throw new Error(
      `グラフの大きさが余白より小さすぎます / Chart size ${options.width}×${options.height} leaves no room inside the margins`,
    );
  }
  const p = progress(kpi);

  // Axis years: baseline to target, widened if an actual lies outside (e.g. measured late).
  const allYears = [...kpi.actuals.map((a) => a.fiscalYear), kpi.target.fiscalYear];
  const firstYear = Math.min(...allYears);
  const lastYear = Math.max(...allYears);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const xOf = (year: number): number =>
    round(
      lastYear === firstYear
        ? (plot.left + plot.right) / 2
        : plot.left + ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left),
    );

  // Value range: pad by a tenth of the spread, then round out to tick steps.
  const values = [...kpi.actuals.map((a) => a.value), kpi.target.value];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = high - low || Math.abs(high) || 1;
  const step = niceStep(spread * 1.2, 5);
  let min = Math.floor((low - spread * 0.1) / step) * step;
  let max = Math.ceil((high + spread * 0.1) / step) * step;
  // No negative axis for figures that cannot be negative, no axis past 100%.
  if (low >= 0 && min < 0) min = 0;
  if (kpi.unit === "%" && high <= 100 && max > 100) max = 100;
  const tickDecimals = decimalsOf(step);
  min = Number(min.toFixed(tickDecimals));
  max = Number(max.toFixed(tickDecimals));
  const yOf = (value: number): number => round(plot.top + ((max - value) / (max - min)) * (plot.bottom - plot.top));

  const yTicks: ValueTick[] = [];
  for (let i = 0; ; i++) {
    const value = Number((min + i * step).toFixed(tickDecimals));
    if (value > max + step * 1e-9) break;
    yTicks.push({ value, y: yOf(value), label: value.toFixed(tickDecimals) });
  }

  const points: ChartPoint[] = kpi.actuals.map((a, i) => ({
    fiscalYear: a.fiscalYear,
    value: a.value,
    x: xOf(a.fiscalYear),
    y: yOf(a.value),
    kind: i === 0 ? "baseline" : "actual",
    isTarget: false,
    label: formatValue(a, kpi.unit),
  }));
  points.push({
    fiscalYear: kpi.target.fiscalYear,
    value: kpi.target.value,
    x: xOf(kpi.target.fiscalYear),
    y: yOf(kpi.target.value),
    kind: "target",
    isTarget: true,
    label: formatValue(kpi.target, kpi.unit),
  });

  // Label the years that carry a figure; the target year wins over a colliding neighbour.
  const gap = options.minYearLabelGap ?? 36;
  const labelled: number[] = [];
  for (const year of [...new Set(allYears)].sort((a, b) => a - b)) {
    const previous = labelled[labelled.length - 1];
    if (previous !== undefined && xOf(year) - xOf(previous) < gap) {
      if (year !== kpi.target.fiscalYear) continue;
      labelled.pop();
    }
    labelled.push(year);
  }
  const xTicks: YearTick[] = years.map((year) => {
    const w = toWareki(year);
    return {
      fiscalYear: year,
      x: xOf(year),
      labelled: labelled.includes(year),
      label: String(year),
      eraLabel: `${w.era === "令和" ? "R" : "H"}${w.year}`,
    };
  });

  const baselinePoint = points[0];
  const targetPoint = points[points.length - 1];
  return {
    width: options.width,
    height: options.height,
    plot,
    years,
    xTicks,
    yDomain: { min, max },
    yTicks,
    points,
    actualLine: points.filter((pt) => !pt.isTarget).map(({ x, y }) => ({ x, y })),
    guideLine: {
      from: { x: baselinePoint.x, y: baselinePoint.y },
      to: { x: targetPoint.x, y: targetPoint.y },
    },
    status: p.status,
  };
}

/** The words of the text alternative, from the locale dictionary (chartText, statusLabels). */
export interface ChartWords {
  /** The KPI's label in the page's language. */
  label: string;
  templates: { sentence: string; lowerBetter: string; latest: string; noData: string; pace: string; year: string };
  /** Which level a maintain KPI keeps, with {level}: "（{level}以上を保つ指標）". */
  keepLevel: { maintain: string; "maintain-or-lower": string };
  status: Record<KpiStatus, string>;
}

/** The chart in words, for a figure caption or aria-describedby: figures, pace and status. */
export function textAlternative(kpi: Kpi, words: ChartWords): string {
  const p = progress(kpi);
  const w = words.templates;
  const value = (v: typeof p.baseline): string => formatValue(v, kpi.unit);
  const year = (fy: number): string => fill(w.year, { wareki: toWareki(fy).label, year: String(fy) });
  const pct = (n: number): string => `${Math.round(n * 100)}%`;
  // Pace only reads sensibly while on the way: not after achieving, not when going backwards.
  const showPace = p.ratio !== null && p.ratio >= 0 && p.status !== "achieved";
  const direction = directionOf(kpi);
  const note =
    direction === "decrease"
      ? w.lowerBetter
      : direction === "increase"
        ? ""
        : fill(words.keepLevel[direction], { level: value(p.target) });
  return fill(w.sentence, {
    label: words.label,
    lowerBetter: note,
    baseline: value(p.baseline),
    baselineYear: year(p.baseline.fiscalYear),
    latest: p.status === "no-data" ? "" : fill(w.latest, { value: value(p.latest), year: year(p.latest.fiscalYear) }),
    target: value(p.target),
    targetYear: year(p.target.fiscalYear),
    noData: p.status === "no-data" ? w.noData : "",
    pace: showPace ? fill(w.pace, { ratio: pct(p.ratio!), expected: pct(p.expectedRatio) }) : "",
    status: words.status[p.status],
  });
}
