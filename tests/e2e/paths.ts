// Where the end-to-end tests find the built sites.
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
/** The site built from content/. */
export const dist = path.join(root, "dist");
/** A second build from a copy of content/ with some English removed, to see the fallback. */
export const fallbackDist = path.join(os.tmpdir(), "plan-publisher-e2e", "dist-fallback");
export const fallbackContent = path.join(os.tmpdir(), "plan-publisher-e2e", "content-fallback");
/** The measure whose English is stripped in the fallback build. */
export const UNTRANSLATED_MEASURE = "6-1-3";
