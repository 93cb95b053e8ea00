// Small list helpers for the generator.

/** [f(0), f(1), …, f(n-1)]. */
export const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** The schema types say "at least one" with a tuple type; this checks it and says so. */
export function nonEmpty<T>(list: T[]): [T, ...T[]] {
  if (list.length === 0) throw new Error("expected at least one element");
  return list as [T, ...T[]];
}
