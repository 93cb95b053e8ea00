// Valid HTML by the W3C's checker: the Nu Html Checker (vnu.jar from the vnu-jar package; needs
// Java, `apt-get install default-jre-headless`) on every page of each site global-setup builds
// (dist/, the fallback build and the hostile-content build), one Java process per site. Any
// error fails, printed as file:line:column and message. html-validate.test.ts checks good
// practice and accessibility rules; this checks the HTML standard's parser and content models,
// which html-validate does not fully apply (it accepted a <script> after </html>).
//
// A canary page with exactly that error is checked with each site: a checker that ran nothing,
// or whose output this test no longer understands, fails instead of passing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { builtPages } from "./pages.ts";
import { builtSites, root } from "./paths.ts";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** One message of `vnu.jar --format json` (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over all the files; returns its errors (warnings are not asked for). */
function nuErrors(files: string[]): NuMessage[] {
  const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--errors-only", "--stdout", ...files], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`cannot run java (apt-get install default-jre-headless): ${run.error.message}`);
  // 0: no errors, 1: errors found; anything else means the checker itself failed.
  if (run.status !== 0 && run.status !== 1) throw new Error(`vnu.jar exited with ${run.status}:\n${run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
}

/** file:line:column message, then the markup around it. */
function describe1(m: NuMessage): string {
  const file = m.url?.startsWith("file:") ? path.relative(root, fileURLToPath(m.url)) : (m.url ?? "(no file)");
  const where = `${file}:${m.firstLine ?? m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
  const kind = m.subType ? `${m.type} ${m.subType}` : m.type;
  return `${where} ${kind}: ${m.message}\n      …${(m.extract ?? "").replace(/\s+/g, " ")}…`;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "nu-html-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const canary = path.join(tmp, "canary.html");
writeFileSync(
  canary,
  '<!doctype html><html lang="en"><head><title>canary</title></head><body><p>x</p></body></html>' +
    '<script type="module" src="/x.js"></script>\n',
);
const isCanary = (m: NuMessage) => m.url !== undefined && m.url.startsWith("file:") && fileURLToPath(m.url) === canary;

describe("Nu Html Checker", () => {
  for (const [name, site] of builtSites) {
    it(`${name}: no errors on any page`, { timeout: 120_000 }, () => {
      const files = builtPages(site).map((p) => p.file);
      expect(files.length, `no HTML in ${site}`).toBeGreaterThan(0);
      const messages = nuErrors([canary, ...files]);
      expect(messages.filter(isCanary).map((m) => m.message)).toContainEqual(expect.stringMatching(/stray start tag/i));
      const errors = messages.filter((m) => !isCanary(m)).map(describe1);
      expect(errors, errors.join("\n")).toEqual([]);
    });
  }
});
