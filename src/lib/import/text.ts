import type { Text } from "../types.ts";

/** Japanese-only translatable text, as every imported string starts out. */
export function ja(text: string): Text {
  return { ja: text };
}
