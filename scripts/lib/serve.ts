// The one static file server for built sites on 127.0.0.1 (ephemeral port), used by the
// end-to-end tests, the search relevance runner and the benchmark. It behaves like the hosts the
// site is deployed to: index.html for folders, the site's 404.html for anything missing, and on
// request the headers from the site's _headers file (Netlify / Cloudflare format), gzip for text
// and a deploy base (BASE_PATH). Requests can never read outside the served folder.
import { readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { CONTENT_TYPES } from "./mime.ts";

const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

export interface ServeOptions {
  /** URL prefix the site lives under, e.g. "/plan-publisher/"; anything outside it is 404. Default "/". */
  base?: string;
  /** Gzip text files when the request accepts gzip, like a typical static host. Default false. */
  gzip?: boolean;
  /** Send the headers of the site's own _headers file (a malformed file throws). Default false. */
  headers?: boolean;
  /** Close the server after this long, so that a hung run never leaves it behind. Default: never. */
  lifetimeMs?: number;
}

/** One response as sent: site path (without the base, still URL-encoded), status, bytes and when. */
export interface Served {
  path: string;
  status: number;
  /** Status line, headers and body as sent (after gzip). */
  bytes: number;
  /** performance.now() when the response was sent. */
  at: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Every response since the last `clearLog()`, oldest first (requests from web workers too). */
  log: Served[];
  clearLog(): void;
  close(): Promise<void>;
}

export interface HeaderRule {
  /** Path pattern; `*` matches any characters (including `/`), as on Netlify and Cloudflare. */
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses a _headers file: a path line, then indented `Name: value` lines. Throws if malformed. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`_headers line ${i + 1}: a path must start with /`);
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path`);
    rules.at(-1)!.headers.push([m[1], m[2].trim()]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}

/**
 * The file a request path (URL-encoded, without query) names inside `root`, or the status to
 * answer with: 400 for a path that is malformed, not absolute or contains NUL; 404 for one that
 * does not exist or would leave `root` (`..`, encoded or not, in any position). A folder means
 * its index.html; a file asked for as a folder ("/style.css/") does not exist.
 */
export function resolveRequest(root: string, urlPath: string): { file: string } | { status: 400 | 404 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (!decoded.startsWith("/") || decoded.includes("\0")) return { status: 400 };
  const base = path.resolve(root);
  const file = path.resolve(base, `.${decoded}`);
  const rel = path.relative(base, file);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { status: 404 };
  if (isFile(file) && !decoded.endsWith("/")) return { file };
  const index = path.join(file, "index.html");
  return isFile(index) ? { file: index } : { status: 404 };
}

/** False for anything that is not a readable regular file (missing, ENOTDIR, ENAMETOOLONG, …). */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The rules of `root`/_headers, compiled; throws when the file is missing or malformed. */
function loadHeaderRules(root: string): Array<{ re: RegExp; headers: Array<[string, string]> }> {
  const file = path.join(root, "_headers");
  if (!isFile(file)) throw new Error(`no _headers file in ${root}`);
  return parseHeadersFile(readFileSync(file, "utf8")).map((r) => ({
    re: patternRegExp(r.pattern),
    headers: r.headers,
  }));
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = options.base ?? "/";
  const rules = options.headers ? loadHeaderRules(root) : [];
  const log: Served[] = [];

  const server = http.createServer((req, res) => {
    const raw = (req.url ?? "/").split(/[?#]/)[0];
    const sitePath = raw.startsWith(base) ? `/${raw.slice(base.length)}` : null;
    const found = sitePath === null ? ({ status: 404 } as const) : resolveRequest(root, sitePath);
    const notFoundPage = path.join(root, "404.html");
    let status: number = "file" in found ? 200 : found.status;
    let file = "file" in found ? found.file : status === 404 && isFile(notFoundPage) ? notFoundPage : null;
    let body: Buffer;
    try {
      body = file ? readFileSync(file) : Buffer.from(status === 404 ? "not found" : "bad request");
    } catch {
      [status, file, body] = [500, null, Buffer.from("cannot read the file")];
    }
    const ext = file ? path.extname(file) : ".txt";
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[ext] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    for (const r of rules) if (sitePath !== null && r.re.test(sitePath)) for (const [k, v] of r.headers) headers[k] = v;
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    const statusLine = `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n`.length;
    const headerBytes = Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, statusLine);
    res.writeHead(status, headers).end(body);
    log.push({ path: sitePath ?? raw, status, bytes: body.length + headerBytes, at: performance.now() });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const timer = options.lifetimeMs === undefined ? undefined : setTimeout(() => server.close(), options.lifetimeMs);
  timer?.unref();
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
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
