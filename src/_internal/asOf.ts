/** The `asOf` date every judgement that depends on today takes (the buying centre, the purchase process, realisation): the core reads no clock. */
import type { ValueframeIssue } from "../errors/ValueframeError.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The problem with an `asOf` option, if any (absent is fine). */
export function asOfIssues(asOf: unknown): ValueframeIssue[] {
  if (asOf === undefined || isCalendarDate(asOf)) return [];
  return [{ path: ["asOf"], code: "invalid_date", message: `must be a calendar date written YYYY-MM-DD, e.g. "2026-12-06", got ${JSON.stringify(asOf) ?? String(asOf)}` }];
}

/** Whole days from `from` to `to`, both ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
