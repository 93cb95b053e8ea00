// A worker thread of the search indexer (pool.ts): runs the tasks it is sent, one at a time.
// Each worker has its own Pagefind module, hence its own Pagefind service process, so that
// runs in different workers index in parallel; the pool's gate lets one read pages at a time.
import { parentPort } from "node:worker_threads";
import type { FromWorker, ToWorker } from "./pool.ts";
import { handle } from "./pool.ts";

const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);
let admitted: (() => void) | null = null;
const gate = {
  enter: () =>
    new Promise<void>((resolve) => {
      admitted = resolve;
      send({ type: "enter" });
    }),
  leave: () => send({ type: "leave" }),
};

port.on("message", (m: ToWorker) => {
  if (m.type === "enter") {
    admitted?.();
    admitted = null;
    return;
  }
  handle(m.req.kind, m.req.input, gate).then(
    (value) => send({ type: "done", value }),
    (e: unknown) => send({ type: "failed", error: e instanceof Error ? e.message : String(e) }),
  );
});
