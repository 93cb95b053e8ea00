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

export interface Early {
  pool: Pool;
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

export function startEarly(localeByLang: Record<string, string>, keys: boolean, jobs?: number): Early {
  const scratch = scratchRoot(EXPECTED_BYTES);
  const tmp = mkdtempSync(path.join(scratch.dir, "plan-pagefind-"));
  const pool = createPool(workerCount(Number.MAX_SAFE_INTEGER, jobs));
  const task: PageTask = { tmp: path.join(tmp, "pages"), localeByLang, keys };
  const fed = new Map<string, Promise<{ bytes: number; result: PageResult }>>();
  // One core is rendering: the pages are prepared on the others, one worker each.
  const slot = limiter(Math.max(1, pool.size - 1));
  const early: Early = {
    pool,
    tmp,
    taken: 0,
    inMemory: scratch.inMemory,
    feed(file, html) {
      const done = html.then(async (h) => ({
        bytes: Buffer.byteLength(h),
        result: await slot(() => pool.run("page", { file, html: h, task })),
      }));
      // Awaited in take(); a failure then fails the index, not the rendering.
      done.catch(() => {});
      fed.set(file, done);
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
