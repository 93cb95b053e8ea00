// The site configuration for this process: read once from site.config.yaml (or SITE_CONFIG).
// A change to the file needs a restart of `npm run dev`; content changes do not.
import type { Finding } from "../validation/finding.ts";
import { formatFinding } from "../validation/finding.ts";
import type { SiteConfig } from "./load.ts";
import { loadSiteConfig } from "./load.ts";

export type { SiteConfig } from "./load.ts";
export type { Locale } from "./locale.ts";

/** Thrown when site.config.yaml has errors; the message lists them, one per line. */
class ConfigError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    const lines = findings.filter((f) => f.severity === "error").map((f) => `エラー ${formatFinding(f)}`);
    super(`サイトの設定にエラーがあります / the site configuration has errors\n${lines.join("\n")}`);
    this.name = "ConfigError";
    this.findings = findings;
  }
}

let current: SiteConfig | null = null;

export function siteConfig(): SiteConfig {
  if (current) return current;
  const { config, findings } = loadSiteConfig();
  if (!config) throw new ConfigError(findings);
  current = config;
  return config;
}

/** Codes of the translations content may carry: every configured locale but the source. */
export function translationCodes(config: SiteConfig = siteConfig()): string[] {
  return config.locales.slice(1).map((l) => l.code);
}
