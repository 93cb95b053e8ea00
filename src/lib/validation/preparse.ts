// Parses many YAML files on every core: YAML parsing is most of the validation's time (about
// 1.3 s of CPU per 1 000 measure files). This thread parses its share while worker threads
// (preparse-worker.ts) parse theirs; clean files come back as plain data, the rest are parsed
// again by the validator, which then has the syntax tree for its located messages.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Preparsed } from "./parse.ts";
import { preparse } from "./parse.ts";

/** Below this many files per thread, starting a worker costs more than it saves. */
const FILES_PER_THREAD = 150;

/** Clean parses of `files` by absolute path; files that do not parse cleanly are left out. */
export async function preparseAll(
  files: readonly string[],
  threads = Math.min(os.availableParallelism(), Math.floor(files.length / FILES_PER_THREAD)),
): Promise<Map<string, Preparsed>> {
  const out = new Map<string, Preparsed>();
  const n = Math.max(1, threads);
  const shares = Array.from({ length: n }, (_, t) => files.filter((_, i) => i % n === t));
  const workers = shares.slice(1).map((share) => inWorker(share));
  for (const f of shares[0]) {
    const p = preparse(f);
    if (p) out.set(f, p);
  }
  for (const done of await Promise.all(workers)) for (const [f, p] of done) if (p) out.set(f, p);
  return out;
}

function inWorker(files: string[]): Promise<Array<[string, Preparsed | null]>> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./preparse-worker.ts", import.meta.url), { workerData: files });
    w.once("message", (m: Array<[string, Preparsed | null]>) => {
      resolve(m);
      void w.terminate();
    });
    w.once("error", reject);
    w.once("exit", (code) => reject(new Error(`YAML parser thread stopped (exit ${code})`)));
  });
}
