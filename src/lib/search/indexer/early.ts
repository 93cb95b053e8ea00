// Pages prepared while Astro is still rendering: the search integration's middleware hands each
// rendered page's HTML here, and the workers extract its text, compute its keys and write its
// copy (prepare.ts) on the core that rendering leaves idle. After the build, indexSite takes the
// pages prepared this way — only if the file Astro wrote has the same size as the HTML seen
// here — and prepares the others (pages Astro did not render: incremental-build cache, public/)
// from dist as before, so the index is the same either way.
import { mkdtempSync, statSync } from "node:fs";
import path from "node:path";
import type { Pool } from "./pool.ts";
import { createPool, limiter, workerCount } from "./pool.ts";
import type { PageResult, PageTask } from "./prepare.ts";
import { scratchRoot } from "./index-site.ts";

/** Room the copies are expected to need, to choose /dev/shm before the pages exist (1 000 measures: ~60 MB). */
const EXPECTED_BYTES = 256e6;

/**
 * Pages rendered before the workers start. A smaller site is indexed after rendering, in this
 * thread, as before: starting workers would cost more than its whole index (under 0.3 s).
 */
const EARLY_MIN_PAGES = 200;

export interface Early {
  /** The workers, once more than `minPages` pages have been rendered. */
  pool?: Pool;
  /** The indexer's scratch folder; copies go to <tmp>/pages/<locale>/<file>. */
  tmp: string;
  inMemory: boolean;
  /** Files taken so far as prepared early. */
  taken: number;
  /** Prepares one page, `file` relative to dist (a/b/index.html). */
  feed(file: string, html: Promise<string>): void;
  /** The pages of `files` prepared early whose file in dist is what was fed; the others to prepare. */
  take(dist: string, files: readonly string[]): Promise<{ ready: PageResult[]; rest: string[] }>;
}

export function startEarly(
  localeByLang: Record<string, string>,
  keys: boolean,
  { jobs, minPages = EARLY_MIN_PAGES }: { jobs?: number; minPages?: number } = {},
): Early {
  const scratch = scratchRoot(EXPECTED_BYTES);
  const tmp = mkdtempSync(path.join(scratch.dir, "plan-pagefind-"));
  const task: PageTask = { tmp: path.join(tmp, "pages"), localeByLang, keys };
  const fed = new Map<string, Promise<{ bytes: number; result: PageResult }>>();
  // Pages waiting for the workers to start (at most minPages).
  let waiting: Array<[string, Promise<string>]> = [];
  let prepare: ((file: string, html: Promise<string>) => void) | null = null;
  const early: Early = {
    tmp,
    inMemory: scratch.inMemory,
    taken: 0,
    feed(file, html) {
      if (prepare) return prepare(file, html);
      waiting.push([file, html]);
      if (waiting.length <= minPages) return;
      const pool = createPool(workerCount(Number.MAX_SAFE_INTEGER, jobs));
      early.pool = pool;
      // One core is rendering: the pages are prepared on the others, one worker each.
      const slot = limiter(Math.max(1, pool.size - 1));
      const run = (f: string, h: Promise<string>) => {
        const done = h.then(async (s) => ({
          bytes: Buffer.byteLength(s),
          result: await slot(() => pool.run("page", { file: f, html: s, task })),
        }));
        // Awaited in take(); a failure then fails the index, not the rendering.
        done.catch(() => {});
        fed.set(f, done);
      };
      prepare = run;
      for (const [f, h] of waiting) run(f, h);
      waiting = [];
    },
    async take(dist, files) {
      const ready: PageResult[] = [];
      const rest: string[] = [];
      for (const f of files) {
        const seen = await fed.get(f);
        if (seen && seen.bytes === statSync(path.join(dist, f)).size) ready.push(seen.result);
        else rest.push(f);
      }
      early.taken += ready.length;
      return { ready, rest };
    },
  };
  return early;
}
