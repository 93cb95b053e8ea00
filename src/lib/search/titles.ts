// Exact titles: a query that is a page's whole title must find that page first, even on a plan of
// thousands of measures where the same words head dozens of actions elsewhere and Pagefind's
// scores (per bundle) put those first. The indexer writes, per language, small shards
// `titles/<lang>/<xx>.json` mapping a title (normalised as the query is) to the Pagefind ids of
// its pages; the search page fetches the one shard its query falls in (about 1–3 KB) and puts
// those pages first. Pure functions, shared by the indexer and the search page.
import { fold } from "./normalize.ts";

/** Shards per language: a few dozen titles each at 10 000 measures. */
const SHARDS = 256;

/** A title or query as compared: normalised (normalize.ts) with its spaces squashed. */
export function titleKey(text: string): string {
  return fold(text).text.replace(/\s+/g, " ").trim();
}

/** The keys a page is found by: its title, and without the measure number in front (6-1-1 …). */
export function titleKeys(title: string): string[] {
  const whole = titleKey(title);
  const bare = whole.replace(/^\d+(?:-\d+)*\s+/, "");
  return [...new Set([whole, bare])].filter((k) => k.length > 0);
}

/** The shard a key is in: two hex digits of its FNV-1a hash. */
export function titleShard(key: string): string {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(key)) {
    h ^= unit;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % SHARDS).toString(16).padStart(2, "0");
}

/** Path of a language's shard, relative to the Pagefind folder. */
export function titleShardPath(lang: string, shard: string): string {
  return `titles/${lang}/${shard}.json`;
}

/**
 * The shards of one language: shard → key → Pagefind page ids (sorted, for stable output). Every
 * shard is listed, empty ones too: the search page fetches one without knowing which exist, and
 * a missing file would be an error in the browser's console.
 */
export function titleShards(
  pages: ReadonlyArray<{ id: string; title: string }>,
): Map<string, Record<string, string[]>> {
  const shards = new Map<string, Record<string, string[]>>(
    Array.from({ length: SHARDS }, (_, i) => [i.toString(16).padStart(2, "0"), {}]),
  );
  for (const p of pages) {
    for (const key of titleKeys(p.title)) {
      const shard = titleShard(key);
      const entries = shards.get(shard) ?? {};
      entries[key] = [...new Set([...(entries[key] ?? []), p.id])].sort();
      shards.set(shard, entries);
    }
  }
  return shards;
}
