// Checks a locale's dictionary against the Japanese one, which has every key: no key the site
// does not know (a typo would silently fall back), no empty text, and the same {placeholders}.
// Keys it leaves out are fine: they come from the locale's fallbacks.

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => v !== null && typeof v === "object" && !Array.isArray(v);

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

// Templates whose values the code fills from a fixed set, of which a language uses what it
// needs (ja writes 令和6年度 (2024), en FY2024 (Reiwa 6)).
const CHOICES: Record<string, string[]> = {
  "dates.fiscalYear": ["era", "eraYear", "wareki", "year"],
  "chartText.year": ["wareki", "year"],
};

/** Problems of `dict` as "key.path: what is wrong", in document order. */
export function dictionaryProblems(dict: unknown, reference: unknown, prefix = ""): string[] {
  if (!isTree(dict)) return [`${prefix || "(root)"}: must be an object`];
  const ref = isTree(reference) ? reference : {};
  const out: string[] = [];
  for (const [key, value] of Object.entries(dict)) {
    const at = prefix ? `${prefix}.${key}` : key;
    const expected = ref[key];
    if (expected === undefined) out.push(`${at}: unknown key`);
    else if (isTree(expected)) out.push(...dictionaryProblems(value, expected, at));
    else if (Array.isArray(expected)) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === ""))
        out.push(`${at}: must be a list of texts`);
    } else if (typeof value !== "string" || value.trim() === "") out.push(`${at}: must be a non-empty text`);
    else if (typeof expected === "string") {
      const allowed = CHOICES[at] ?? placeholders(expected);
      const used = placeholders(value);
      const ok = CHOICES[at] ? used.every((p) => allowed.includes(p)) : used.join() === allowed.join();
      if (!ok) out.push(`${at}: placeholders must be {${allowed.join("}, {")}}`);
    }
  }
  return out;
}
