// When phase and year headers do not line up, assume the fiscal years are spread
// evenly across the timeline columns and give each year to the phase it overlaps most.
// Example (course Ⅱ of ロードマップ2023): columns 7–12, phases at 7, 9, 11, four years
// → 離陸期 2023, 加速期 2024–2025, 着陸期 2026.
export function assignYearsToPhases(
  phaseCols: number[],
  years: number[],
  firstCol: number,
  endCol: number,
): number[][] {
  const width = endCol - firstCol;
  const out: number[][] = phaseCols.map(() => []);
  years.forEach((year, i) => {
    const from = firstCol + (width * i) / years.length;
    const to = firstCol + (width * (i + 1)) / years.length;
    let best = 0;
    let bestOverlap = -1;
    phaseCols.forEach((start, k) => {
      const end = phaseCols[k + 1] ?? endCol;
      const overlap = Math.min(to, end) - Math.max(from, start);
      if (overlap > bestOverlap) [best, bestOverlap] = [k, overlap];
    });
    out[best].push(year);
  });
  return out;
}
