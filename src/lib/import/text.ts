import type { Text } from "../types.ts";

/** Japanese-only translatable text, as every imported string starts out. */
export function ja(text: string): Text {
  return { ja: text };
}

/**
 * The shape of a document while the importer builds it: lists start empty and grow.
 * The schema's minItems is enforced when the imported content is validated.
 */
export type Draft<T> = T extends readonly [infer A, ...unknown[]]
  ? Draft<A>[]
  : T extends readonly (infer E)[]
    ? Draft<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: Draft<T[K]> }
      : T;
