// scripts/lib/serve.ts against a real server on 127.0.0.1: files, folders, 404.html, gzip,
// _headers, the deploy base, and requests that try to leave the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHeadersFile, resolveRequest, serveStatic } from "../../scripts/lib/serve.ts";
import type { StaticServer } from "../../scripts/lib/serve.ts";

const SECRET = "SECRET-OUTSIDE-THE-SITE";
let tmp: string;
let site: string;
const servers: StaticServer[] = [];

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
  site = path.join(tmp, "site");
  const files: Record<string, string> = {
    "site/index.html": "<p>home</p>",
    "site/404.html": "<p>nothing here</p>",
    "site/style.css": `body { color: black; }\n`.repeat(50),
    "site/en/index.html": "<p>english home</p>",
    "site/empty/.keep": "",
    "site/..notes.txt": "dots in a name are fine",
    "site/pagefind/x.pf_meta": "binary",
    "site/_headers": "/*\n  X-Frame-Options: DENY\n/en/*\n  X-Lang: en\n",
    "secret.txt": SECRET,
    // A sibling whose name starts with the served folder's name: an unanchored startsWith lets it through.
    "site-other/secret.txt": SECRET,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    writeFileSync(path.join(tmp, rel), text);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

async function start(...args: Parameters<typeof serveStatic>): Promise<StaticServer> {
  const s = await serveStatic(...args);
  servers.push(s);
  return s;
}

/** GET with the target sent exactly as written (no URL normalization, unlike fetch). */
function get(origin: string, target: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ hostname, port, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Status, content type and body of a response, on one line. */
const summary = (r: Awaited<ReturnType<typeof get>>) => `${r.status} ${r.headers["content-type"]} ${r.body.toString()}`;

describe("serveStatic", () => {
  it("serves files with their content type, folders as index.html and 404.html for the rest", async () => {
    const s = await start(site);
    expect(summary(await get(s.origin, "/"))).toBe("200 text/html; charset=utf-8 <p>home</p>");
    expect((await get(s.origin, "/en/")).body.toString()).toBe("<p>english home</p>");
    expect((await get(s.origin, "/en")).body.toString()).toBe("<p>english home</p>");
    expect((await get(s.origin, "/en/index.html?q=x#top")).status).toBe(200);
    expect((await get(s.origin, "/style.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
    expect((await get(s.origin, "/pagefind/x.pf_meta")).headers["content-type"]).toBe("application/octet-stream");
    expect((await get(s.origin, "/..notes.txt")).body.toString()).toBe("dots in a name are fine");
    for (const missing of ["/nope/", "/empty/", "/style.css/", "/style.css/x", `/${"x".repeat(300)}`]) {
      const r = await get(s.origin, missing);
      expect([missing, r.status, r.body.toString()]).toEqual([missing, 404, "<p>nothing here</p>"]);
    }
    expect(s.log.map((e) => [e.path, e.status])).toContainEqual(["/nope/", 404]);
  });

  it("answers 404 without 404.html, and 'not found' text", async () => {
    const bare = path.join(tmp, "bare");
    mkdirSync(bare, { recursive: true });
    const s = await start(bare);
    expect(summary(await get(s.origin, "/x"))).toBe("404 text/plain; charset=utf-8 not found");
  });

  it.each([
    "/../secret.txt",
    "/../../secret.txt",
    "/en/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%2E%2E%2F%2E%2E%2Fsecret.txt",
    "/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/../site-other/secret.txt",
    "/%2e%2e%2fsite-other%2fsecret.txt",
    "/en/%2e%2e/%2e%2e/site-other/secret.txt",
    `/${"../".repeat(30)}etc/passwd`,
  ])("never serves a file outside the folder: %s", async (target) => {
    const s = await start(site);
    const r = await get(s.origin, target);
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toContain(SECRET);
  });

  it.each(["/index.html%00", "/%00/../secret.txt", "/%E0%A4%A", "/%", "/%zz"])(
    "rejects NUL and malformed encoding with 400: %s",
    async (target) => {
      const s = await start(site);
      const r = await get(s.origin, target);
      expect(r.status).toBe(400);
      expect(r.body.toString()).not.toContain(SECRET);
    },
  );

  it("gzips text only when asked for and accepted, and logs bytes as sent", async () => {
    const plain = await start(site);
    const zipped = await start(site, { gzip: true });
    const css = (await get(plain.origin, "/style.css", { "accept-encoding": "gzip" })).body.toString();

    const r = await get(zipped.origin, "/style.css", { "accept-encoding": "gzip, deflate" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(Number(r.headers["content-length"])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(css.length);
    expect(gunzipSync(r.body).toString()).toBe(css);

    expect((await get(zipped.origin, "/style.css")).headers["content-encoding"]).toBeUndefined();
    expect((await get(zipped.origin, "/pagefind/x.pf_meta", { "accept-encoding": "gzip" })).headers).not.toHaveProperty(
      "content-encoding",
    );
    expect((await get(plain.origin, "/style.css", { "accept-encoding": "gzip" })).headers).not.toHaveProperty(
      "content-encoding",
    );

    const entry = zipped.log[0];
    expect(entry).toMatchObject({ path: "/style.css", status: 200 });
    expect(entry.bytes).toBeGreaterThan(r.body.length);
    expect(entry.bytes).toBeLessThan(r.body.length + 200);
    zipped.clearLog();
    expect(zipped.log).toEqual([]);
  });

  it("sends the _headers rules that match, on found and missing pages", async () => {
    const s = await start(site, { headers: true });
    const en = await get(s.origin, "/en/");
    expect([en.headers["x-frame-options"], en.headers["x-lang"]]).toEqual(["DENY", "en"]);
    const home = await get(s.origin, "/");
    expect([home.headers["x-frame-options"], home.headers["x-lang"]]).toEqual(["DENY", undefined]);
    expect((await get(s.origin, "/missing")).headers["x-frame-options"]).toBe("DENY");
    const without = await start(site);
    expect((await get(without.origin, "/")).headers["x-frame-options"]).toBeUndefined();
    await expect(serveStatic(path.join(tmp, "site-other"), { headers: true })).rejects.toThrow(/no _headers file/);
  });

  it("serves under a deploy base and nothing outside it", async () => {
    const s = await start(site, { base: "/plan-publisher/" });
    expect((await get(s.origin, "/plan-publisher/")).body.toString()).toBe("<p>home</p>");
    expect((await get(s.origin, "/plan-publisher/en/")).body.toString()).toBe("<p>english home</p>");
    expect((await get(s.origin, "/")).status).toBe(404);
    expect((await get(s.origin, "/en/")).status).toBe(404);
    expect((await get(s.origin, "/plan-publisher/../site-other/secret.txt")).status).toBe(404);
    expect(s.log.map((e) => e.path)).toContain("/en/");
  });

  it("stops accepting connections after lifetimeMs", async () => {
    const s = await start(site, { lifetimeMs: 50 });
    await new Promise((r) => setTimeout(r, 150));
    await expect(get(s.origin, "/")).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("resolveRequest", () => {
  it("keeps every path inside the root", () => {
    expect(resolveRequest(site, "/")).toEqual({ file: path.join(site, "index.html") });
    expect(resolveRequest(site, "/en/")).toEqual({ file: path.join(site, "en", "index.html") });
    expect(resolveRequest(site, "/%2e%2e/site-other/secret.txt")).toEqual({ status: 404 });
    expect(resolveRequest(`${site}/`, "/../site-other/secret.txt")).toEqual({ status: 404 });
    expect(resolveRequest(site, "../site-other/secret.txt")).toEqual({ status: 400 });
    expect(resolveRequest(site, "%2e%2e/secret.txt")).toEqual({ status: 400 });
    expect(resolveRequest(site, "/a\0b")).toEqual({ status: 400 });
  });
});

describe("parseHeadersFile", () => {
  it("reads rules and rejects malformed lines", () => {
    expect(parseHeadersFile("# c\n/*\n  A: 1\n  B:  two words \n")).toEqual([
      {
        pattern: "/*",
        headers: [
          ["A", "1"],
          ["B", "two words"],
        ],
      },
    ]);
    expect(() => parseHeadersFile("*\n  A: 1\n")).toThrow(/line 1: a path must start with \//);
    expect(() => parseHeadersFile("  A: 1\n")).toThrow(/line 1: expected "Name: value"/);
  });
});
