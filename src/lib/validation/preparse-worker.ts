// A worker thread of preparse.ts: parses the files it is given and sends back their clean parses.
import { parentPort, workerData } from "node:worker_threads";
import { preparse } from "./parse.ts";

parentPort!.postMessage((workerData as string[]).map((f) => [f, preparse(f)]));
