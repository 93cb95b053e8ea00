// What the Astro pages call to get the content: validated once per build and
// folder, and refusing to build a site from content with errors.
import path from "node:path";
import type { SiteData } from "./types.ts";
import type { Finding } from "./validation/index.ts";
import { defaultContentDir, formatFinding, formatSummary, validateContent } from "./validation/index.ts";

/** Thrown when the content has errors; the message lists them, one per line. */
export class ContentError extends Error {
  readonly findings: Finding[];
  constructor(message: string, findings: Finding[]) {
    super(message);
    this.name = "ContentError";
    this.findings = findings;
  }
}

const cache = new Map<string, SiteData>();

/**
 * Loads and validates all content under `dir` (CONTENT_DIR or content/).
 * Every page calls this, so the result is kept per folder for the life of the process.
 */
export function loadSite(dir: string = defaultContentDir()): SiteData {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const result = validateContent(key);
  if (!result.site) {
    const lines = result.errors.map((f) => `エラー ${formatFinding(f)}`);
    throw new ContentError(
      `コンテンツにエラーがあります。npm run validate で確認してください / content has errors; run npm run validate\n${lines.join("\n")}\n${formatSummary(result)}`,
      result.errors,
    );
  }
  cache.set(key, result.site);
  return result.site;
}

/** Forget cached content (tests, or a dev server after files change). */
export function clearSiteCache(): void {
  cache.clear();
}
