// A tiny static file server for a built site on 127.0.0.1 (ephemeral port), for the search
// relevance runner and the end-to-end tests: index.html for folders, the right content types
// (Pagefind's .pagefind/.pf_* files are binary), an optional deploy base (BASE_PATH). It closes
// itself after `lifetimeMs` so that a crashed run never leaves it behind.
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { CONTENT_TYPES as TYPES } from "../lib/mime.ts";

export interface Server {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Every request (site path and bytes sent; 0 for not found), oldest first; clear with `log.length = 0`. */
  log: Array<{ path: string; bytes: number }>;
  close: () => Promise<void>;
}

export async function serve(dir: string, options: { base?: string; lifetimeMs?: number } = {}): Promise<Server> {
  const root = path.resolve(dir);
  const base = options.base ?? "/";
  const log: Array<{ path: string; bytes: number }> = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      let urlPath = decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]);
      if (!urlPath.startsWith(base)) return void res.writeHead(404).end();
      urlPath = `/${urlPath.slice(base.length)}`;
      let file = path.join(root, path.normalize(urlPath));
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
        const body = await readFile(file);
        log.push({ path: urlPath, bytes: body.length });
        res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
      } catch {
        log.push({ path: urlPath, bytes: 0 });
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const timer = setTimeout(() => server.close(), options.lifetimeMs ?? 10 * 60_000);
  timer.unref();
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
