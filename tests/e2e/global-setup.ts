// Builds the site once before the end-to-end tests: dist/ from content/, and a second site from
// a copy of content/ with a third locale (ko, tests/fixtures/locales), whose measure 6-1-3 has
// no English and which has a measure 6-1-4 with a KPI for every direction × status
// (tests/fixtures/kpi-directions), to check locales by configuration, the "not yet translated"
// fallbacks and the KPI statuses, and a
// third from tests/fixtures/hostile (content a careless or malicious editor
// could commit; hostile.test.ts). All three get the search index, as
// `npm run build` makes it (scripts/postbuild.ts). SKIP_BUILD=1 reuses existing builds.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import {
  dist,
  fallbackContent,
  fallbackDist,
  hostileContent,
  hostileDist,
  KOREAN_TITLE,
  KPI_SAMPLES_MEASURE,
  kpiSamples,
  localesConfig,
  root,
  UNTRANSLATED_MEASURE,
} from "./paths.ts";

const astro = path.join(root, "node_modules", "astro", "bin", "astro.mjs");

function build(outDir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** What `npm run build` does after astro build: the search index (Pagefind) in <outDir>/pagefind. */
function postbuild(outDir: string): void {
  execFileSync(process.execPath, [path.join(root, "scripts", "postbuild.ts"), outDir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Removes every English translation and its review status from a YAML document (the Japanese stays). */
function stripEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEnglish);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "en" && k !== "review")
        .map(([k, v]) => [k, stripEnglish(v)]),
    );
  }
  return value;
}

/** Adds the KPI samples to the fallback content as measure 6-1-4, listed after 6-1-3 in plan.yaml. */
function addKpiSamples(): void {
  cpSync(kpiSamples, path.join(fallbackContent, "aioi", "measures", `${KPI_SAMPLES_MEASURE}.yaml`));
  const plan = path.join(fallbackContent, "aioi", "plan.yaml");
  const text = readFileSync(plan, "utf8");
  const listed = text.replace(/^( +)- 6-1-3\n/m, `$&$1- ${KPI_SAMPLES_MEASURE}\n`);
  if (listed === text) throw new Error("global-setup: measure 6-1-3 is not listed where expected in plan.yaml");
  writeFileSync(plan, listed);
}

export default function setup(): void {
  const skip = process.env.SKIP_BUILD === "1";
  if (!(skip && existsSync(path.join(dist, "index.html")))) {
    build(dist, {});
    postbuild(dist);
  }
  if (!(skip && existsSync(path.join(fallbackDist, "index.html")))) {
    rmSync(fallbackContent, { recursive: true, force: true });
    cpSync(path.join(root, "content"), fallbackContent, { recursive: true });
    const file = path.join(fallbackContent, "aioi", "measures", `${UNTRANSLATED_MEASURE}.yaml`);
    const doc: unknown = parse(readFileSync(file, "utf8"));
    writeFileSync(file, stringify(stripEnglish(doc)));
    const first = path.join(fallbackContent, "aioi", "measures", "6-1-1.yaml");
    const text = readFileSync(first, "utf8").replace(
      /^title:\n  ja: (.+)\n  en: (.+)\n  review:\n    en: provisional\n/m,
      `title:\n  ja: $1\n  en: $2\n  ko: ${KOREAN_TITLE}\n  review:\n    en: provisional\n    ko: provisional\n`,
    );
    if (!text.includes(KOREAN_TITLE)) throw new Error("global-setup: the title of 6-1-1 is not where expected");
    writeFileSync(first, text);
    addKpiSamples();
    build(fallbackDist, { CONTENT_DIR: fallbackContent, SITE_CONFIG: localesConfig });
    postbuild(fallbackDist);
  }
  if (!(skip && existsSync(path.join(hostileDist, "index.html")))) {
    build(hostileDist, { CONTENT_DIR: hostileContent });
    postbuild(hostileDist);
  }
  // A reused build from before the search index existed still gets one.
  for (const d of [dist, fallbackDist, hostileDist])
    if (existsSync(path.join(d, "index.html")) && !existsSync(path.join(d, "pagefind", "pagefind.js"))) postbuild(d);
}
