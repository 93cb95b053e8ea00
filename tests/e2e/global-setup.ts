// Builds the site once before the end-to-end tests: dist/ from content/, and a second site from
// a copy of content/ whose measure 6-1-3 has no English, to check the "not yet translated"
// fallback, and a third from tests/fixtures/hostile (content a careless or malicious editor
// could commit; hostile.test.ts). All three get the search index, as
// `npm run build` makes it (astro build runs src/integrations/search.ts). SKIP_BUILD=1 reuses existing builds.
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

/** Removes every en / enStatus from a YAML document (the Japanese stays). */
function stripEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEnglish);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "en" && k !== "enStatus")
        .map(([k, v]) => [k, stripEnglish(v)]),
    );
  }
  return value;
}

export default function setup(): void {
  const skip = process.env.SKIP_BUILD === "1";
  if (!(skip && existsSync(path.join(dist, "index.html")))) {
    build(dist, {});
  }
  if (!(skip && existsSync(path.join(fallbackDist, "index.html")))) {
    rmSync(fallbackContent, { recursive: true, force: true });
    cpSync(path.join(root, "content"), fallbackContent, { recursive: true });
    const file = path.join(fallbackContent, "aioi", "measures", `${UNTRANSLATED_MEASURE}.yaml`);
    const doc: unknown = parse(readFileSync(file, "utf8"));
    writeFileSync(file, stringify(stripEnglish(doc)));
    build(fallbackDist, { CONTENT_DIR: fallbackContent });
  }
  if (!(skip && existsSync(path.join(hostileDist, "index.html")))) {
    build(hostileDist, { CONTENT_DIR: hostileContent });
  }
}
