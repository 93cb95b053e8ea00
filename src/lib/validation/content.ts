// The parsed content set that the cross-document checks and the site builder share.
import type { Measure, Plan, Project, Strategy } from "../types.ts";
import type { ParsedFile } from "./parse.ts";

/** A file and its data; data is null when the file failed to parse or to match its schema. */
export interface Loaded<T> {
  parsed: ParsedFile;
  data: T | null;
  /** JSON pointers of the texts that may hold Markdown (schema `markdown: true`). */
  markdown?: string[];
}

export interface PlanSet {
  folder: string;
  plan: Loaded<Plan>;
  /** Absent when the folder has no strategy.yaml. */
  strategy?: Loaded<Strategy>;
  /** Keyed by file name without .yaml (which must equal the measure number). */
  measures: Map<string, Loaded<Measure>>;
}

export interface ProjectSet {
  folder: string;
  project: Loaded<Project>;
}

export interface ContentSet {
  plans: PlanSet[];
  projects: ProjectSet[];
}
