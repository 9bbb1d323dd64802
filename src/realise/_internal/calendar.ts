/** Calendar arithmetic on ISO dates for the realisation: case periods as spans of months from the start. */

/** The date `months` months after `date`, its day clamped to the month's last (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

/** The date `days` days after `date` (before it, for a negative number). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01 of an ISO date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Months in one period of a case. */
export const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;

/** The day period `p` of a case ends (period 0 is the start instant; period p spans the p-th block of months). */
export function periodEnd(start: string, period: keyof typeof MONTHS_PER_PERIOD, p: number): string {
  return addMonths(start, p * MONTHS_PER_PERIOD[period]);
}
