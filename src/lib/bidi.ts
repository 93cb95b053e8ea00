// Unicode bidirectional controls that reorder text: the embeddings and overrides U+202A–U+202E
// (LRE, RLE, PDF, LRO, RLO) and the isolates U+2066–U+2069 (LRI, RLI, FSI, PDI). An override
// makes "invoice\u202Etxt.exe" display as "invoicexe.txt" — a classic spoofing trick — and an
// unterminated one can spill into the text around it. Japanese and English plan text never
// needs them, so the validator warns (src/lib/validation/cross-text.ts) and the site removes
// them from the content before rendering (src/lib/validation/site.ts). The plain marks
// U+200E / U+200F (LRM, RLM) only nudge neutral characters and are kept.

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControls(s: string): boolean {
  return BIDI_CONTROL.test(s);
}

/**
 * The value with every bidi control removed from every string in it. Objects and arrays
 * without any are returned as they are (no copy), so clean content costs one pass.
 */
export function stripBidiControls<T>(value: T): T {
  if (typeof value === "string") return (hasBidiControls(value) ? value.replace(BIDI_CONTROLS, "") : value) as T;
  if (Array.isArray(value)) {
    const out = value.map(stripBidiControls);
    return (out.some((v, i) => v !== value[i]) ? out : value) as T;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const out = entries.map(([k, v]) => [k, stripBidiControls(v)] as const);
    return (out.some(([, v], i) => v !== entries[i][1]) ? Object.fromEntries(out) : value) as T;
  }
  return value;
}
