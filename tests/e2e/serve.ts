// A small static file server for the built sites, for the browser tests: index.html for
// folders, 404.html for missing files (like the hosts the site is deployed to), and — with
// `headers: true` — the security headers from the site's own _headers file (Netlify /
// Cloudflare format), so that the CSP is tested both as <meta> and as an HTTP header.
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { CONTENT_TYPES as TYPES } from "../../scripts/lib/mime.ts";

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

function matches(pattern: string, urlPath: string): boolean {
  const re = new RegExp(
    "^" +
      pattern
        .split("*")
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*") +
      "$",
  );
  return re.test(urlPath);
}

function resolveFile(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const abs = path.join(root, path.normalize(rel));
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  if (!existsSync(abs)) return null;
  const st = statSync(abs);
  if (st.isFile()) return abs;
  const index = path.join(abs, "index.html");
  return st.isDirectory() && existsSync(index) ? index : null;
}

export interface StaticServer {
  origin: string;
  /** Paths that were requested but do not exist. */
  missing: string[];
  close(): Promise<void>;
}

export async function serveDir(root: string, opts: { headers?: boolean } = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const headersPath = path.join(base, "_headers");
  const rules = opts.headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
  const missing: string[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = (req.url ?? "/").split(/[?#]/)[0];
    const extra: Record<string, string> = {};
    for (const r of rules) if (matches(r.pattern, urlPath)) for (const [k, v] of r.headers) extra[k] = v;
    const file = resolveFile(base, urlPath);
    if (!file) {
      missing.push(urlPath);
      const notFound = path.join(base, "404.html");
      const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from("not found");
      res.writeHead(404, { "content-type": TYPES[".html"], ...extra }).end(body);
      return;
    }
    const body = readFileSync(file);
    res
      .writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...extra,
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
