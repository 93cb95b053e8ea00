// Where the end-to-end tests find the built sites.
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
/** The build date global-setup pins for every build: fiscal year 2025 (令和7年度). */
export const BUILD_DATE = "2025-10-01";
/**
 * The repository the site from content/ links to (REPO_URL); the fallback build has none
 * (its content is a repository without a remote) and so no repository links.
 */
export const E2E_REPO_URL = "https://git.example.org/city/plans";
/** The site built from content/. */
export const dist = path.join(root, "dist");
/**
 * A second build from a copy of content/ with a third locale configured as a city would add one
 * (tests/fixtures/locales: ko), a few Korean translations, the English of one measure removed and
 * one measure added (KPI_SAMPLES_MEASURE): it shows the fallbacks, that locales come from
 * configuration alone, and every KPI status. The copy is its own git repository with two commits
 * and carries roadmap progress (fallback-content.ts).
 */
export const fallbackDist = path.join(os.tmpdir(), "plan-publisher-e2e", "dist-fallback");
export const fallbackContent = path.join(os.tmpdir(), "plan-publisher-e2e", "content-fallback");
export const localesConfig = path.join(root, "tests", "fixtures", "locales", "site.config.yaml");
/** The measure whose English is stripped in the fallback build. */
export const UNTRANSLATED_MEASURE = "6-1-3";
/** The address the fallback build gives the related plan 第7次定員適正化計画 of measure 6-1-2. */
export const RELATED_PLAN_URL = "https://example.jp/teiin-tekiseika/";
/** The Korean translations the fallback build adds: measure 6-1-1's title (provisional). */
export const KOREAN_TITLE = "정주 촉진과 관계 인구 확대";
/**
 * A measure with a KPI for every direction × status (tests/fixtures/kpi-directions), which the
 * fallback build adds to its copy of content/ as aioi measure 6-1-4 (kpi-directions.test.ts).
 */
export const KPI_SAMPLES_MEASURE = "6-1-4";
export const kpiSamples = path.join(root, "tests", "fixtures", "kpi-directions", `${KPI_SAMPLES_MEASURE}.yaml`);
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
