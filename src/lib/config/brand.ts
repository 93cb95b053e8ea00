// The brand colour (site.config.yaml brandColor) is the background of the header, the skip-to
// buttons and the search button, under white text, and the yellow focus ring is drawn on it
// (src/styles/global.css). A colour that makes either unreadable is refused at build time.
import type { Message } from "../validation/finding.ts";
import { contrastRatio } from "../contrast.ts";

/** What the brand colour is used with: [colour, minimum ratio, what it is, in ja and en]. */
const PAIRS: ReadonlyArray<readonly [colour: string, min: number, ja: string, en: string]> = [
  ["#ffffff", 4.5, "白い文字", "white text"],
  ["#ffd43d", 3, "黄色のフォーカス表示", "the yellow focus ring"],
];

/** The colour the stylesheet ships with (global.css --brand). */
export const DEFAULT_BRAND = "#0f2a52";

/** Why `colour` cannot be the brand colour, or null when every pair is readable. */
export function brandColourProblem(colour: string): Message | null {
  const bad = PAIRS.map(([c, min, ja, en]) => ({ ratio: contrastRatio(colour, c), min, ja, en })).filter(
    (p) => p.ratio < p.min,
  );
  if (bad.length === 0) return null;
  const fmt = (r: number) => (Math.floor(r * 100) / 100).toFixed(2);
  return {
    ja: `ブランド色 ${colour} は${bad.map((p) => `${p.ja}とのコントラスト比が ${fmt(p.ratio)}:1 で、${p.min}:1 に届きません`).join("。また、")}。もっと濃い色にしてください`,
    en: `brand colour ${colour} has a contrast ratio of ${bad.map((p) => `${fmt(p.ratio)}:1 with ${p.en} (needs ${p.min}:1)`).join(" and ")}; choose a darker colour`,
  };
}
