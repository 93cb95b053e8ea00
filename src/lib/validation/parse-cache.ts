// Remembers the parsed data of YAML files that parsed cleanly, keyed by a hash of
// their exact bytes. The yaml package needs about 1 ms per 5 KB file; with 10 000
// measures the second run (npm run build validates, then Astro loads) would pay that
// twice. Same bytes + same parser settings always give the same data, so a hit is safe.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./repo.ts";

export interface ParseCache {
  get(hash: string): unknown;
  set(hash: string, data: unknown): void;
  /** Writes the entries used in this run (others are dropped, so the file never grows stale). */
  save(): void;
}

export const hashBytes = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("base64url");

/** Bump when the parse settings in parse.ts change. */
const FORMAT = "1:core:uniqueKeys:aliases100";

const NO_CACHE: ParseCache = { get: () => undefined, set: () => {}, save: () => {} };

function yamlVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "node_modules", "yaml", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Cache files kept (one per content folder validated, most recent first). */
const KEEP_FILES = 8;

/** A cache for one content folder, or a no-op with PLAN_CACHE=0 or without node_modules/. */
export function openParseCache(contentDir: string): ParseCache {
  const cacheDir = path.join(repoRoot, "node_modules", ".cache", "plan-publisher");
  if (process.env.PLAN_CACHE === "0" || !existsSync(path.join(repoRoot, "node_modules"))) return NO_CACHE;
  const file = path.join(cacheDir, `parse-${hashBytes(Buffer.from(contentDir)).slice(0, 12)}.json`);
  const version = `${FORMAT}:${yamlVersion()}`;
  const old = readCache(file, version);
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    get(hash) {
      if (!(hash in old)) return undefined;
      used[hash] = old[hash];
      return old[hash];
    },
    set(hash, data) {
      if (!jsonSafe(data)) return;
      used[hash] = data;
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(old).length) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ version, entries: used }));
        renameSync(tmp, file); // atomic: a parallel run never reads half a file
        prune(cacheDir);
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  };
}

/** Temporary content folders (tests, benchmarks) each leave a file: keep only the newest few. */
function prune(cacheDir: string): void {
  const files = readdirSync(cacheDir)
    .filter((n) => /^parse-.*\.json$/.test(n))
    .map((n) => ({ file: path.join(cacheDir, n), time: statSync(path.join(cacheDir, n)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of files.slice(KEEP_FILES)) rmSync(file, { force: true });
}

function readCache(file: string, version: string): Record<string, unknown> {
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { version?: string; entries?: Record<string, unknown> };
    return json.version === version && json.entries ? json.entries : {};
  } catch {
    return {};
  }
}

/** True when JSON keeps the value exactly (no NaN, Infinity or -0 from .nan / .inf / -0). */
function jsonSafe(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonSafe);
  if (v && typeof v === "object") return Object.values(v).every(jsonSafe);
  return v === null || typeof v === "string" || typeof v === "boolean";
}
