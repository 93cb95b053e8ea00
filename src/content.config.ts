// Astro content collections: the validated plans, measures and projects of CONTENT_DIR
// (default content/), and whether the content has errors (shown by `npm run dev`).
import { defineCollection } from "astro:content";
import { planContentLoader } from "./lib/content/loader.ts";

export const collections = {
  plans: defineCollection({ loader: planContentLoader("plans") }),
  measures: defineCollection({ loader: planContentLoader("measures") }),
  projects: defineCollection({ loader: planContentLoader("projects") }),
  contentStatus: defineCollection({ loader: planContentLoader("contentStatus") }),
};
