// Pure helpers of the benchmark (scripts/bench/*): page classification, size statistics,
// what a page loads, report formatting, the ratios against a peer build. The benchmark itself is not a test.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyseOutput, isMeasurePage, sitePath, sizeStats } from "../../scripts/bench/output.ts";
import { groupOf } from "../../scripts/bench/profile.ts";
import { compareRounds, formatComparison, median, roundOrder } from "../../scripts/bench/ratio.ts";
import { displayWidth, fmtBytes, pageBudgetBytes, timeBudgetMs } from "../../scripts/bench/report.ts";

describe("output analysis", () => {
  it("recognises measure pages by their folder name", () => {
    expect(isMeasurePage("aioi/6-1-3/index.html")).toBe(true);
    expect(isMeasurePage("en/aioi/12-4-10/index.html")).toBe(true);
    expect(isMeasurePage("aioi/index.html")).toBe(false);
    expect(isMeasurePage("aioi/kpi/index.html")).toBe(false);
    expect(sitePath("en/aioi/6-1-3/index.html")).toBe("/en/aioi/6-1-3/");
    expect(sitePath("index.html")).toBe("/");
  });

  it("computes median, p95 and max", () => {
    const s = sizeStats([10, 30, 20, 40, 1000].map((bytes, i) => ({ rel: `p${i}/index.html`, bytes })));
    expect(s).toMatchObject({ count: 5, totalBytes: 1100, medianBytes: 30, maxBytes: 1000, maxPath: "/p4/" });
    expect(sizeStats([])).toMatchObject({ count: 0, medianBytes: 0, maxBytes: 0 });
  });

  it("finds the stylesheets and scripts a measure page loads", () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "bench-output-"));
    try {
      mkdirSync(path.join(dist, "_astro"));
      mkdirSync(path.join(dist, "plan", "1-1-1"), { recursive: true });
      writeFileSync(path.join(dist, "_astro", "a.css"), "x".repeat(1000));
      writeFileSync(path.join(dist, "_astro", "b.js"), "y".repeat(300));
      writeFileSync(
        path.join(dist, "plan", "1-1-1", "index.html"),
        '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{}</script>' +
          '<script type="module" src="/_astro/b.js"></script></head><body><script>let a=1</script></body></html>',
      );
      writeFileSync(path.join(dist, "index.html"), "<html></html>");
      const out = analyseOutput(dist, 100);
      expect(out.html.count).toBe(2);
      expect(out.measurePages.ja.count).toBe(1);
      expect(out.measurePages.en.count).toBe(0);
      const a = out.measureAssets.largest!;
      expect(a.page).toBe("/plan/1-1-1/");
      expect(a.cssBytes).toBe(1000);
      expect(a.scripts).toEqual(["/_astro/b.js", "(inline)"]);
      expect(a.jsBytes).toBe(300 + "let a=1".length);
      expect(out.pagefind).toBeNull();
      // Only the measure page is above a 100-byte budget.
      expect(out.overBudget.pages.map((p) => p.path)).toEqual(["/plan/1-1-1/"]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("report", () => {
  it("scales the time budget: 20 s up to 1 000 measures, 4 min at 10 000", () => {
    expect(timeBudgetMs(100)).toBe(20_000);
    expect(timeBudgetMs(1000)).toBe(20_000);
    expect(timeBudgetMs(10_000)).toBe(90_000);
    expect(timeBudgetMs(5500)).toBeCloseTo(55_000);
  });

  it("scales the page budget: 200 KB up to 1 000 measures, 400 KB from 10 000", () => {
    expect(pageBudgetBytes(100)).toBe(200 * 1024);
    expect(pageBudgetBytes(1000)).toBe(200 * 1024);
    expect(pageBudgetBytes(10_000)).toBe(400 * 1024);
    expect(pageBudgetBytes(30_000)).toBe(400 * 1024);
    expect(pageBudgetBytes(5500)).toBe(300 * 1024);
  });

  it("formats bytes and measures terminal width of Japanese", () => {
    expect(fmtBytes(512)).toBe("512 B");
    expect(fmtBytes(40 * 1024)).toBe("40.0 KB");
    expect(fmtBytes(3 * 1024 * 1024)).toBe("3.0 MB");
    expect(displayWidth("財政")).toBe(4);
    expect(displayWidth("6-1-3")).toBe(5);
  });

  it("groups profile entries by package or the site's bundle", () => {
    expect(groupOf("file:///w/node_modules/yaml/dist/parse/parser.js")).toBe("yaml");
    expect(groupOf("file:///w/node_modules/@astrojs/compiler/x.js")).toBe("@astrojs/compiler");
    expect(groupOf("file:///w/dist/.prerender/chunks/site-index_CPv-40c_.mjs")).toBe("site: site-index");
    expect(groupOf("file:///w/src/lib/validation/parse.ts")).toBe("src/lib/validation");
    expect(groupOf("")).toBe("(native)");
  });
});

describe("comparison with a peer build", () => {
  const t = (wallMs: number, cpuMs: number) => ({ wallMs, cpuMs, peakRssBytes: 1024 * 1024 * 1024 });
  const round = (ours: number, peer: number, floor: number, r: number) => ({
    order: roundOrder(r),
    ours: t(ours, ours * 1.2),
    peer: t(peer, peer * 1.5),
    floor: t(floor, floor),
    loadAverage: { start: 1, end: 2 },
  });
  const rounds = [round(12_000, 60_000, 5000, 0), round(15_000, 50_000, 6000, 1), round(9000, 60_000, 4500, 2)];

  it("alternates which build runs first, the floor last", () => {
    expect(roundOrder(0)).toEqual(["ours", "peer", "floor"]);
    expect(roundOrder(1)).toEqual(["peer", "ours", "floor"]);
  });

  it("takes one ratio per round, then their median and range", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const r = compareRounds(rounds);
    expect(r.peerWall).toEqual({ median: 0.2, min: 0.15, max: 0.3 });
    expect(r.peerCpu.median).toBeCloseTo(0.16);
    expect(r.floorWall).toEqual({ median: 2.4, min: 2, max: 2.5 });
  });

  it("prints each round and the ratios against the goals", () => {
    const text = formatComparison({
      version: 1,
      startedAt: "2026-11-30T20:00:00.000Z",
      machine: {
        cpuModel: "AMD EPYC",
        cpus: 2,
        memoryBytes: 24 * 1024 ** 3,
        os: "Linux",
        node: "v24.21.0",
        astro: "7.3.5",
        pagefind: "1.6.0",
        timeTool: "GNU time",
        loadAverage: { start: 1.5, end: 2.5 },
      },
      params: { measures: 1000, seed: 1, rounds: 3, peer: "/tmp/peer" },
      pages: { ours: 2101, peer: 2003, floor: 1007 },
      rounds,
      ratios: compareRounds(rounds),
      goals: { peer: 0.2, floor: 3 },
    });
    expect(text).toContain("round 2 (peer, ours, floor; load 1.0 → 2.0): ours 15.0 s / 18.0 s / 1024.0 MB");
    expect(text).toContain("ours ÷ peer:  wall 0.20× (0.15×–0.30×)");
    expect(text).toContain("goal ≤ 0.2× wall: ok");
    expect(text).toMatch(/ours ÷ floor: wall 2\.40× \(2\.00×–2\.50×\).*goal ≤ 3× wall: ok/);
    expect(text).toContain("Pages: ours 2101, peer 2003 (/tmp/peer), floor 1007");
  });
});
