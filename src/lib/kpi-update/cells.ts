// The cells of a KPI spreadsheet row as staff type them: figures with thousands separators,
// full-width digits or a Japanese minus (△1.5), fiscal years as 2025, 2025年度, 令和7年度 or R7,
// and the kind of figure in English (as published) or Japanese.
import type { Message } from "../validation/finding.ts";
import { fromWareki, toWareki } from "../wareki.ts";

export type Cell<T> = { ok: true; value: T } | { ok: false; message: Message };

export interface Figure {
  value: number;
  /** The number as written, without separators: "1234.50". */
  text: string;
  /** Digits after the decimal point as written. */
  decimals: number;
}

const fail = (ja: string, en: string): { ok: false; message: Message } => ({ ok: false, message: { ja, en } });

const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** "1,234.5", "１２３４．５", "△3" (= −3), "-0.5" → the figure; anything else is refused with a reason. */
export function parseFigure(cell: string): Cell<Figure> {
  const s = cell
    .normalize("NFKC") // full-width digits, ．，－ → ASCII
    .replace(/\s+/g, "")
    .replace(/^[−△▲]/, "-")
    .replace(/^\+/, "");
  if (s === "") return fail("数値が空欄です", "the figure is empty");
  if (!PLAIN.test(s) && !GROUPED.test(s)) {
    const unit = /^-?[\d,.]+(.+)$/.exec(s)?.[1];
    return unit
      ? fail(
          `数値のあとに「${unit}」があります。単位や「%」は付けず数字だけを書いてください`,
          `"${unit}" follows the figure: write digits only, without unit or %`,
        )
      : fail(`数値として読めません（いまの値: "${cell}"）`, `not a number (found "${cell}")`);
  }
  const text = s.replace(/,/g, "");
  return { ok: true, value: { value: Number(text), text, decimals: text.split(".")[1]?.length ?? 0 } };
}

/** 2025, 2025年度, ２０２５, FY2025, 令和7年度, 令和７, R7, 平成31 → the Gregorian fiscal year. */
export function parseFiscalYear(cell: string): Cell<number> {
  const s = cell.normalize("NFKC").replace(/\s+/g, "");
  const gregorian = /^(?:FY)?(\d{4})(?:年度|年)?$/i.exec(s);
  try {
    if (gregorian) {
      const year = Number(gregorian[1]);
      toWareki(year); // throws outside the supported years
      return { ok: true, value: year };
    }
    return { ok: true, value: fromWareki(s) };
  } catch (e) {
    const [ja, en] = (e as Error).message.split(" / ");
    return fail(
      `年度として読めません（例: 2025、令和7年度、R7）。${ja}`,
      `not a fiscal year (e.g. 2025, 令和7年度, R7): ${en ?? ja}`,
    );
  }
}

export type FigureKind = "baseline" | "actual" | "target";

const KINDS: Record<string, FigureKind> = {
  baseline: "baseline",
  actual: "actual",
  target: "target",
  基準値: "baseline",
  実績値: "actual",
  実績: "actual",
  目標値: "target",
  めざそう値: "target",
};

/** baseline / actual / target, or 基準値 / 実績値 / 目標値 (めざそう値). */
export function parseKind(cell: string): Cell<FigureKind> {
  const kind = KINDS[cell.normalize("NFKC").trim().toLowerCase()];
  return kind
    ? { ok: true, value: kind }
    : fail(
        `区分は baseline（基準値）、actual（実績値）、target（目標値）のどれかにしてください（いまの値: "${cell}"）`,
        `kind must be baseline, actual or target (found "${cell}")`,
      );
}
