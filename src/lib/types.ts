// Friendly names for the generated schema types, plus the shape of the loaded site.
// The document types come from schemas/ via scripts/gen-types.ts; never write them by hand.
import type {
  Plan,
  Measure,
  RegionalRevitalisationStrategyCatalogue,
  ProjectWithRoadmap,
  TranslatableText,
  Kpi,
  Value,
  Action,
  Course,
  Item,
  Activity,
  Phase,
  Period,
  RoadmapStatus,
} from "./types.generated.ts";

export type { Plan, Measure, Kpi, Value, Action, Course, Item, Activity, Phase, Period, RoadmapStatus };
/** Translatable text: `ja` always, `en` when translated. */
export type Text = TranslatableText;
/** 地域創生総合戦略 catalogue. */
export type Strategy = RegionalRevitalisationStrategyCatalogue;
/** 住民自治リフレッシュプロジェクト and the like. */
export type Project = ProjectWithRoadmap;

/** A configured locale code (site.config.yaml): ja, en, ko, ja-easy… */
export type Lang = string;

/** Where a document came from on disk, for error messages and "edit this page" links. */
export interface FileRef {
  /** Path relative to the repository root, with forward slashes, e.g. content/aioi/measures/6-1-1.yaml */
  path: string;
}

/** A plan with its measures (in plan order) and optional strategy catalogue. */
export interface LoadedPlan {
  plan: Plan;
  file: FileRef;
  measures: Array<{ measure: Measure; file: FileRef }>;
  strategy?: { strategy: Strategy; file: FileRef };
}

export interface LoadedProject {
  project: Project;
  file: FileRef;
}

/** Everything the site renders, validated. */
export interface SiteData {
  plans: LoadedPlan[];
  projects: LoadedProject[];
}
