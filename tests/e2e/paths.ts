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
/** The hostile-content fixture set (valid against the schema; see docs/security.md). */
export const hostileContent = path.join(root, "tests", "fixtures", "hostile");
/** The site built from it. */
export const hostileDist = path.join(os.tmpdir(), "plan-publisher-e2e", "dist-hostile");
/** Every site global-setup builds, with a name for test titles. */
export const builtSites: ReadonlyArray<readonly [name: string, root: string]> = [
  ["site", dist],
  ["fallback site", fallbackDist],
  ["hostile-content site", hostileDist],
];
