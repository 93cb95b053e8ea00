// `npm run dev` as city staff use it: edit a YAML file, save, reload, see the change; break the
// file and see the located bilingual error (in the browser and the terminal), never a stale page;
// fix it and the page is back, all without restarting the server. Runs Astro's dev server on a
// free port over a temporary copy of content/.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./paths.ts";

const content = mkdtempSync(path.join(os.tmpdir(), "plan-publisher-dev-"));
const file = path.join(content, "aioi", "measures", "6-1-3.yaml");
let server: ChildProcess;
let origin = "";
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")));
}

/** The page as a browser gets it: status and HTML. */
async function load(url: string): Promise<{ status: number; html: string }> {
  const r = await fetch(`${origin}${url}`);
  return { status: r.status, html: await r.text() };
}

/** Reloads until `ok` holds (the watcher needs a moment after a save), or fails after 30 s. */
async function reloadUntil(url: string, ok: (p: { status: number; html: string }) => boolean) {
  const until = Date.now() + 30_000;
  let last = { status: 0, html: "" };
  while (Date.now() < until) {
    last = await load(url).catch(() => last);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never became as expected; last status ${last.status}:\n${last.html.slice(0, 500)}`);
}

beforeAll(async () => {
  cpSync(path.join(root, "content"), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      path.join(root, "node_modules", "astro", "bin", "astro.mjs"),
      "dev",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
    ],
    // As from a terminal: without the test runner's NODE_ENV=test and VITEST* variables.
    { cwd: root, env: { ...shellEnv(), CONTENT_DIR: content }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout!.on("data", (b: Buffer) => (output += b.toString()));
  server.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  await reloadUntil("/", (p) => p.status === 200);
}, 60_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (process.env.DEV_LOG) writeFileSync(process.env.DEV_LOG, output);
  rmSync(content, { recursive: true, force: true });
});

describe("npm run dev", () => {
  const url = "/aioi/6-1-3/";
  const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, "") ?? "";
  const original = () => readFileSync(file, "utf8");
  let saved = "";

  it("shows a saved edit on the next reload", async () => {
    expect(h1((await load(url)).html)).toContain("タイトル未設定");
    saved = original();
    writeFileSync(file, saved.replace("titleMissing: true", "title:\n  ja: 地域の担い手の育成"));
    const page = await reloadUntil(url, (p) => h1(p.html).includes("地域の担い手の育成"));
    expect(page.status).toBe(200);
    expect(h1(page.html)).not.toContain("タイトル未設定");
  }, 40_000);

  it("shows the located bilingual error for a broken file instead of a stale page", async () => {
    const edited = original();
    writeFileSync(file, edited.replace(/^number: 6-1-3$/m, "number: 6-1-3\nkpis: none"));
    try {
      const page = await reloadUntil(url, (p) => p.status === 500);
      // The page names the file, line and column and says what is wrong, in both languages.
      expect(page.html).toMatch(
        /6-1-3\.yaml:\d+:\d+: 「kpis」が同じ場所に2回書かれています.* \/ duplicate key &quot;kpis&quot;/,
      );
      expect(page.html).not.toContain("地域の担い手の育成");
      // Every other page too: nothing is built from content that no longer validates.
      expect((await load("/en/aioi/")).status).toBe(500);
      // The terminal says the same, without a stack trace.
      expect(output).toMatch(/エラー .*6-1-3\.yaml:\d+:\d+: 「kpis」/);
      expect(output).not.toMatch(/^\s+at .+[:(]/m);
    } finally {
      writeFileSync(file, edited);
    }
  }, 40_000);

  it("recovers once the file is fixed, without a restart", async () => {
    const page = await reloadUntil(url, (p) => p.status === 200);
    expect(h1(page.html)).toContain("地域の担い手の育成");
    expect((await load("/en/aioi/")).status).toBe(200);
  }, 40_000);
});

describe("npm run build with a broken file", () => {
  it("stops with every located bilingual message and the summary, and no stack trace", () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), "plan-publisher-broken-"));
    const out = mkdtempSync(path.join(os.tmpdir(), "plan-publisher-broken-dist-"));
    try {
      cpSync(path.join(root, "content"), broken, { recursive: true });
      const measure = path.join(broken, "aioi", "measures", "6-1-2.yaml");
      writeFileSync(measure, readFileSync(measure, "utf8").replace("value: 54", 'value: "54%"'));
      const r = spawnSync(
        process.execPath,
        [path.join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", out],
        {
          cwd: root,
          env: { ...shellEnv(), CONTENT_DIR: broken, SEARCH_INDEX: "0" },
          encoding: "utf8",
        },
      );
      const all = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, "");
      expect(r.status).not.toBe(0);
      expect(all).toMatch(
        /エラー .*6-1-2\.yaml:\d+:\d+ kpis\[\d\]\.[a-z.[\]0-9]*value: 数値を入力してください.* \/ must be a number/,
      );
      expect(all).toContain("1 error");
      expect(all).not.toMatch(/^\s+at .+[:(]/m);
      expect(all).not.toContain("Stack trace");
    } finally {
      rmSync(broken, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
