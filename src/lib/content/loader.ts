// The Astro content loader: reads CONTENT_DIR (default content/) with the one validator and
// stores typed entries for the pages (plans, measures, projects). The four collections share one
// validation per state of the files. In `astro build` content errors stop the build with every
// located message; in `astro dev` the loader watches the folder, re-validates on every change,
// prints the messages and stores them in `contentStatus`, so an edit shows on the next reload
// and a broken file shows its error page (src/lib/content/dev-errors.ts) instead of a stale page.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import type { ValidationResult } from "../validation/index.ts";
import { defaultContentDir, formatFinding, formatSummary, validateContentParallel } from "../validation/index.ts";
import { contentEntries } from "./entries.ts";
import type { ContentEntries } from "./entries.ts";

export type CollectionName = "plans" | "measures" | "projects" | "contentStatus";

/** Thrown by `astro build` when the content has errors; the message lists them, one per line. */
export class ContentError extends Error {
  constructor(result: ValidationResult) {
    const lines = result.errors.map((f) => `エラー ${formatFinding(f)}`);
    super(`コンテンツにエラーがあります / the content has errors\n${lines.join("\n")}\n${formatSummary(result)}`);
    this.name = "ContentError";
    // Staff read this in the build log: the located messages are the whole story, so Astro's
    // error printer gets no stack trace (and no code location) to add to them.
    this.stack = "";
  }
}

/** Path, size and modification time of every file under `dir`: changes whenever a file does. */
function stateOf(dir: string): string {
  const parts: string[] = [];
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const s = statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (s?.isFile()) parts.push(`${name}:${s.size}:${s.mtimeMs}`);
  }
  return parts.join("\n");
}

// The last validation and the file state it saw: the collections of one sync (and of one change
// in dev) share it, and any change to a file makes the next call validate again. A build reads
// the folder once: its files do not change during the build, so it does not stat them again.
let last: { dir: string; state: string; result: Promise<Validated> } | null = null;
type Validated = { result: ValidationResult; entries: ContentEntries | null };

async function validated(dir: string, watching: boolean): Promise<Validated & { fresh: boolean }> {
  if (last && last.dir === dir && !watching) return { ...(await last.result), fresh: false };
  const state = stateOf(dir);
  if (last && last.dir === dir && last.state === state) return { ...(await last.result), fresh: false };
  const result = validateContentParallel(dir).then((r) => ({ result: r, entries: r.site ? contentEntries(r.site) : null }));
  last = { dir, state, result };
  return { ...(await result), fresh: true };
}

async function fill(name: CollectionName, context: LoaderContext, dir: string): Promise<void> {
  const { store, logger } = context;
  const { result, entries, fresh } = await validated(dir, Boolean(context.watcher));
  if (fresh) {
    for (const f of result.warnings) logger.warn(`警告 ${formatFinding(f)}`);
    // A build stops with the errors in its ContentError below; `astro dev` goes on and logs them.
    if (context.watcher) for (const f of result.errors) logger.error(`エラー ${formatFinding(f)}`);
  }
  if (!result.site && !context.watcher) throw new ContentError(result);
  if (name === "contentStatus") {
    store.clear();
    store.set({ id: "status", data: { errors: result.errors.map((f) => `エラー ${formatFinding(f)}`) } });
    return;
  }
  // With errors (dev only) the last good entries stay, but src/lib/content/dev-errors.ts answers every
  // request with the error page until the files are fixed, so they are never shown.
  if (!entries) return;
  store.clear();
  for (const entry of entries[name]) store.set({ id: entry.id, data: { ...entry.data } });
}

const ENTRY_TYPES: Record<CollectionName, string> = {
  plans: "PlanEntry",
  measures: "MeasureEntry",
  projects: "ProjectEntry",
  contentStatus: "ContentStatusEntry",
};

/** The loader of one collection; all four read the same folder. */
export function planContentLoader(name: CollectionName): Loader {
  const dir = path.resolve(defaultContentDir());
  return {
    name: "plan-publisher",
    load: async (context) => {
      await fill(name, context, dir);
      context.watcher?.add(dir);
      context.watcher?.on("all", (_event, file) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        fill(name, context, dir).catch((e: unknown) => context.logger.error(String(e)));
      });
    },
    // Types come from src/lib/content/entries.ts (themselves generated from the schemas).
    createSchema: () =>
      Promise.resolve({
        schema: z.any(),
        types: `export type Entry = import(${JSON.stringify(path.resolve("src/lib/content/entries.ts"))}).${ENTRY_TYPES[name]};`,
      }),
  };
}
