// A tiny static file server for the built site on 127.0.0.1, like a typical static
// host: gzip for text files, index.html for folders. It closes itself after
// `lifetimeMs` so that a crashed benchmark never leaves it running.
import { readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { CONTENT_TYPES as TYPES } from "../lib/mime.ts";
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

/** One response as sent: URL path, bytes on the wire (headers + body as sent) and when. */
export interface Served {
  path: string;
  bytes: number;
  at: number;
}

export interface StaticServer {
  origin: string;
  /** Every response since the last `clearLog()`, in order (this counts requests from web workers too). */
  log: Served[];
  clearLog(): void;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  const rel = decodeURIComponent(urlPath);
  const abs = path.join(root, path.normalize(rel));
  if (!abs.startsWith(root)) return null;
  try {
    const st = statSync(abs);
    if (st.isFile()) return abs;
    if (st.isDirectory()) {
      const index = path.join(abs, "index.html");
      return statSync(index).isFile() ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

export async function serveStatic(root: string, lifetimeMs = 10 * 60_000): Promise<StaticServer> {
  const base = path.resolve(root);
  const log: Served[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = (req.url ?? "/").split("?")[0];
    const file = resolveFile(base, urlPath);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      log.push({ path: urlPath, bytes: 0, at: performance.now() });
      return;
    }
    const ext = path.extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": "no-cache",
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    const headerBytes = Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 17);
    res.writeHead(200, headers).end(body);
    log.push({ path: urlPath, bytes: body.length + headerBytes, at: performance.now() });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    clearLog: () => void log.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
