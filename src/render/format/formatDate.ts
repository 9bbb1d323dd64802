/** formatDate: an ISO calendar date in a locale's long form, independent of the machine's time zone. */
import { renderArgumentError } from "../errors.js";
import { digitsOptions } from "../_internal/formatArgs.js";
import type { RenderOptions } from "../options.js";

/** Options of {@link formatDate}: the locale. */
export type FormatDateOptions = RenderOptions;

/**
 * Formats an ISO date (`YYYY-MM-DD`, as frames hold deadlines) in the locale's long form. The date is read
 * and written in UTC, so the result never shifts by a day with the machine's time zone.
 *
 * @param isoDate - a calendar date, e.g. `"2026-12-31"`
 * @param options - the locale
 * @returns the formatted date
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the text is not a valid ISO date, or for an unknown locale
 *
 * @example
 * ```ts
 * import { formatDate } from "valueframe/render";
 * formatDate("2026-12-31"); //=> "December 31, 2026"
 * formatDate("2026-12-31", { locale: "zh-CN" }); //=> "2026年12月31日"
 * ```
 */
export function formatDate(isoDate: string, options?: FormatDateOptions): string {
  const match = typeof isoDate === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  const time = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== isoDate) {
    throw renderArgumentError("formatDate", "isoDate", `${JSON.stringify(isoDate)} is not an ISO calendar date (write it like "2026-12-31")`);
  }
  const { locale } = digitsOptions("formatDate", options);
  return new Intl.DateTimeFormat(locale.id, { dateStyle: "long", timeZone: "UTC" }).format(new Date(time));
}
