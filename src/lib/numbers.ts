// The one order for plan numbers (goals "6", policies "6-1", measures "6-1-10", KPI ids), used
// wherever they are listed or inserted: the site's lists and `npm run new`.

/**
 * Compares hyphen- or dot-separated numbers part by part: digits as whole numbers
 * (6-1-9 < 6-1-10 < 10-1-1), a number before its own sub-numbers (6-1 < 6-1-1 < 6-2), a part in
 * digits before one that is not. Only equal strings compare equal: numbers that are the same
 * but written differently (6-01 and 6-1) fall back to text order, so sorting is deterministic.
 */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split(/[-.]/);
  const pb = b.split(/[-.]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = comparePart(pa[i], pb[i]);
    if (d !== 0) return d;
  }
  return pa.length - pb.length || compareText(a, b);
}

const DIGITS = /^[0-9]+$/;

function comparePart(x: string, y: string): number {
  const xDigits = DIGITS.test(x);
  const yDigits = DIGITS.test(y);
  if (xDigits !== yDigits) return xDigits ? -1 : 1;
  if (!xDigits) return compareText(x, y);
  // Whole numbers of any length, without Number's rounding: fewer digits first, then digit by digit.
  const nx = x.replace(/^0+(?=.)/, "");
  const ny = y.replace(/^0+(?=.)/, "");
  return nx.length - ny.length || compareText(nx, ny);
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An item number as the plan prints it: ① … ⑳, then (21), (22)… */
export function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}
