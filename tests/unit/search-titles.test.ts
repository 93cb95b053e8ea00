// Exact titles (src/lib/search/titles.ts, indexer/titles.ts): the keys a title is found by, the
// shard a query falls in, and the shards read back from Pagefind's fragments.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { titleKey, titleKeys, titleShard, titleShardPath, titleShards } from "../../src/lib/search/titles.ts";
import { fragmentPages, writeTitleShards } from "../../src/lib/search/indexer/titles.ts";

const fragment = (json: unknown) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));

describe("title keys", () => {
  it("compares a title and a query as the search normalises them", () => {
    expect(titleKey("  高齢者福祉の確保 ")).toBe(titleKey("高齢者福祉の確保"));
    expect(titleKey("ＤＸの推進")).toBe(titleKey("dxの推進"));
    expect(titleKeys("6-1-1 移住・定住の促進と関係人口の創出・拡大")).toEqual([
      titleKey("6-1-1 移住・定住の促進と関係人口の創出・拡大"),
      titleKey("移住・定住の促進と関係人口の創出・拡大"),
    ]);
  });

  it("puts a key in one of 256 shards, the same on both sides", () => {
    const s = titleShard(titleKey("高齢者福祉の確保"));
    expect(s).toMatch(/^[0-9a-f]{2}$/);
    expect(titleShard(titleKey(" 高齢者福祉の確保"))).toBe(s);
    expect(titleShardPath("ja", s)).toBe(`titles/ja/${s}.json`);
  });

  it("lists every page of a title under its key, in its shard", () => {
    const shards = titleShards([
      { id: "ja_b", title: "高齢者福祉の確保" },
      { id: "ja_a", title: "11-1-7 高齢者福祉の確保" },
    ]);
    const key = titleKey("高齢者福祉の確保");
    expect(shards.get(titleShard(key))![key]).toEqual(["ja_a", "ja_b"]);
    expect(shards.size).toBe(256);
  });
});

describe("shards from Pagefind's fragments", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "titles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a page's fragment and a group of fragments", () => {
    expect(fragmentPages("ja_1", fragment({ url: "/a/", meta: { title: "甲" } }))).toEqual([
      { id: "ja_1", title: "甲" },
    ]);
    expect(
      fragmentPages("g1", fragment({ ja_2: { url: "/b/", meta: { title: "乙" } }, ja_3: { url: "/c/", meta: {} } })),
    ).toEqual([{ id: "ja_2", title: "乙" }]);
  });

  it("writes one set of shards per language, over every bundle", () => {
    for (const [folder, id, title] of [
      ["fragment", "ja_1", "高齢者福祉の確保"],
      ["b1/fragment", "ja_2", "高齢者福祉の確保"],
      ["fragment", "en_3", "Securing welfare for older people"],
    ]) {
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, folder, `${id}.pf_fragment`), fragment({ url: `/${id}/`, meta: { title } }));
    }
    expect(writeTitleShards(dir)).toBe(2 * 256);
    const key = titleKey("高齢者福祉の確保");
    const ja = JSON.parse(readFileSync(path.join(dir, titleShardPath("ja", titleShard(key))), "utf8")) as Record<
      string,
      string[]
    >;
    expect(ja[key]).toEqual(["ja_1", "ja_2"]);
    expect(readdirSync(path.join(dir, "titles")).sort()).toEqual(["en", "ja"]);
  });
});
