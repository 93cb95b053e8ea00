// The date a build describes ("today" on the pages): BUILD_DATE=YYYY-MM-DD, or the current date in
// Japan. Everything that depends on it takes it as an input, so tests pin it and a rebuild of an
// old commit can say what was current then. Fiscal years run April to March.

/** Japan's date of an instant: 2026-03-31T15:30Z is already 2026-04-01 in Japan. */
function dateInJapan(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A valid YYYY-MM-DD (a real calendar day), or undefined. */
function checkedDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined;
}

/**
 * The build date: `value` (from BUILD_DATE) when given, else `now` as a date in Japan. A value that
 * is not a real YYYY-MM-DD date throws, so a typo cannot silently build with the wrong year.
 */
export function buildDate(value: string | undefined, now: Date): string {
  if (value === undefined) return dateInJapan(now);
  const date = checkedDate(value.trim());
  if (!date)
    throw new Error(
      `BUILD_DATE は「2026-04-01」のように年-月-日で指定してください（いまの値: "${value}"） / BUILD_DATE must be a date as YYYY-MM-DD, e.g. 2026-04-01 (found "${value}")`,
    );
  return date;
}

/** The fiscal year (April to March) a date falls in: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}
