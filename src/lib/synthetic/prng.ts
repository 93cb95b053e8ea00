// A small seeded pseudo-random generator (mulberry32) and the helpers the synthetic
// content generator needs. Never Math.random: the same seed must give the same site.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** true with probability p. */
  chance(p: number): boolean;
  /** k distinct elements in their original order (k is clamped to the list length). */
  sample<T>(list: readonly T[], k: number): T[];
}

/** mulberry32: 32-bit state, good enough spread for test data, tiny and fast. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for deriving independent streams from one seed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error("pick from an empty list");
      return list[int(0, list.length - 1)];
    },
    chance: (p: number) => next() < p,
    sample: <T>(list: readonly T[], k: number): T[] => {
      const idx = list.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = int(0, i);
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx
        .slice(0, Math.max(0, Math.min(k, list.length)))
        .sort((a, b) => a - b)
        .map((i) => list[i]);
    },
  };
}

/**
 * An independent stream for one part of the output (e.g. one measure), so that a
 * measure's text depends only on the seed and its number, not on how many came before.
 */
export function streamFor(seed: number, key: string): Rng {
  return createRng(hashString(`${seed >>> 0}:${key}`));
}
