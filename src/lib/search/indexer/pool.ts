// The search indexer's worker threads (worker.ts): page extraction and Pagefind runs spread over
// the machine's cores, each worker with its own Pagefind service. A Pagefind run first reads and
// parses its pages on every core (addDirectory), then builds and writes its index on about one
// (writeFiles): so only one run reads at a time (the gate), and the others write meanwhile — two
// locales index in about the time of the larger one. Runs at once are also bounded by memory.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Entry } from "./bundles.ts";
import type { Gate } from "./pagefind.ts";
import { indexFolder, OPEN } from "./pagefind.ts";
import type { PageResult, PageTask, Prepared, PrepareTask } from "./prepare.ts";
import { preparePage, preparePages } from "./prepare.ts";

export type Request =
  | { kind: "prepare"; input: PrepareTask }
  | { kind: "page"; input: { file: string; html: string; task: PageTask } }
  | { kind: "index"; input: { from: string; out: string; pages: number } };
interface Results {
  prepare: Prepared;
  page: PageResult;
  index: Entry;
}
type Input<K extends Request["kind"]> = Extract<Request, { kind: K }>["input"];

/** Messages between the pool and a worker. */
export type ToWorker = { type: "task"; req: Request } | { type: "enter" };
export type FromWorker =
  { type: "done"; value: unknown } | { type: "failed"; error: string } | { type: "enter" } | { type: "leave" };

/** Runs one task, in a worker or in this thread. */
export async function handle<K extends Request["kind"]>(
  kind: K,
  input: Input<K>,
  gate: Gate = OPEN,
): Promise<Results[K]> {
  const req = { kind, input } as Request;
  const value =
    req.kind === "prepare"
      ? preparePages(req.input)
      : req.kind === "page"
        ? preparePage(req.input.html, req.input.file, req.input.task)
        : await indexFolder(req.input.from, req.input.out, req.input.pages, gate);
  return value as Results[K];
}

/**
 * Memory of one Pagefind run, estimated from the benchmark (docs/performance.md): the service
 * holds about 0.75 MB per Japanese page (English pages need less), plus its own and a worker's
 * baseline.
 */
export const RUN_BYTES = { base: 150e6, perPage: 0.75e6 };

/**
 * Memory the indexer may use for Pagefind runs at once: the 2 GB the benchmark's 10 000-measure
 * target allows (docs/performance.md), or SEARCH_INDEX_MEMORY_MB; never more than 3/4 of the
 * memory available.
 */
export function memoryBudget(
  availableBytes: number,
  env: string | undefined = process.env.SEARCH_INDEX_MEMORY_MB,
): number {
  const mb = Number(env);
  return Math.min(availableBytes * 0.75, Number.isFinite(mb) && mb > 0 ? mb * 1e6 : 2e9);
}

/**
 * How many Pagefind runs may go at once: no more than the workers and the runs, and only as
 * many of the largest as fit in the memory budget (at least one). A 1 000-measure site (two
 * runs of 1 025 pages) indexes both locales at once; the 2 500-page bundles of a 10 000-measure
 * site go one after another, as before.
 */
export function parallelRuns(runPages: readonly number[], workers: number, budgetBytes: number): number {
  const largest = Math.max(0, ...runPages);
  const fit = Math.floor(budgetBytes / (RUN_BYTES.base + RUN_BYTES.perPage * largest));
  return Math.max(1, Math.min(workers, runPages.length, fit));
}

/** Below this many HTML files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 100;

/**
 * Worker threads: the option, else SEARCH_INDEX_JOBS, else one per core and per FILES_PER_WORKER
 * files. One means none: everything runs in this thread, one Pagefind run after another.
 */
export function workerCount(
  files: number,
  option: number | undefined,
  env: string | undefined = process.env.SEARCH_INDEX_JOBS,
): number {
  const fromEnv = Number(env);
  const n =
    option ??
    (Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : Math.max(1, Math.min(os.availableParallelism(), Math.floor(files / FILES_PER_WORKER))));
  if (!Number.isInteger(n) || n < 1) throw new Error(`search index jobs must be a positive integer, got ${n}`);
  return n;
}

/** A limit of `n` calls at once: `const slot = limiter(2); await slot(() => work())`. */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: Array<() => void> = [];
  return async (fn) => {
    // A finished call hands its slot to the next waiting one.
    if (running < n) running++;
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      return await fn();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };
}

export interface Pool {
  size: number;
  run<K extends Request["kind"]>(kind: K, input: Input<K>): Promise<Results[K]>;
  close(): Promise<void>;
}

/** `size` worker threads; for one, this thread (no workers). */
export function createPool(size: number): Pool {
  if (size <= 1) return { size: 1, run: (kind, input) => handle(kind, input), close: async () => {} };
  const idle: Worker[] = [];
  // Tasks waiting for a worker; Pagefind runs go before extraction, so that a locale whose pages
  // are ready is indexed while the others are still being extracted.
  const waiting: Record<Request["kind"], Array<(w: Worker) => void>> = { index: [], prepare: [], page: [] };
  const pending = new Map<Worker, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  // The gate: the worker reading pages, and those waiting to.
  let reader: Worker | null = null;
  const queue: Worker[] = [];
  const admit = (w: Worker) => {
    reader = w;
    w.postMessage({ type: "enter" } satisfies ToWorker);
  };
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(new URL("./worker.ts", import.meta.url));
    const fail = (e: Error) => {
      pending.get(w)?.reject(e);
      pending.delete(w);
    };
    w.on("message", (m: FromWorker) => {
      if (m.type === "enter") {
        if (reader === null) admit(w);
        else queue.push(w);
      } else if (m.type === "leave") {
        const next = queue.shift();
        if (next) admit(next);
        else reader = null;
      } else {
        const p = pending.get(w);
        pending.delete(w);
        if (m.type === "done") p?.resolve(m.value);
        else p?.reject(new Error(m.error));
      }
    });
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`search index worker stopped (exit ${code})`)));
    idle.push(w);
    return w;
  });

  async function run<K extends Request["kind"]>(kind: K, input: Input<K>): Promise<Results[K]> {
    const w = idle.pop() ?? (await new Promise<Worker>((start) => waiting[kind].push(start)));
    try {
      return await new Promise<Results[K]>((resolve, reject) => {
        pending.set(w, { resolve: (v) => resolve(v as Results[K]), reject });
        w.postMessage({ type: "task", req: { kind, input } as Request } satisfies ToWorker);
      });
    } finally {
      const next = waiting.index.shift() ?? waiting.prepare.shift() ?? waiting.page.shift();
      if (next) next(w);
      else idle.push(w);
    }
  }

  return {
    size,
    run,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
