/** XNPV: net present value of cash flows on given dates. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { discountDated } from "./_internal/dated.js";
import { datedFlows, dayCountOption, yearFractions } from "./_internal/dates.js";
import type { DateInput, DayCount } from "./_internal/dates.js";

export type { DateInput, DayCount } from "./_internal/dates.js";

/** Options of {@link xnpv} and {@link xirr}. */
export interface DatedOptions {
  /**
   * How the time from the first date is counted in years: `"actual/365"` (default, the spreadsheet
   * XNPV/XIRR rule), `"30/360"` (US/NASD, as DAYS360(…, FALSE)) or `"actual/actual"` (ISDA: days in leap
   * years over 366, others over 365).
   */
  readonly dayCount?: DayCount;
}

/**
 * @summary Net present value of cash flows on given dates, discounted to the first date.
 *
 * @description
 * XNPV = Σ values[i] / (1 + rate)^(t_i), t_i = years from `dates[0]` to `dates[i]` by the day count.
 * Dates may come in any order, but none may precede `dates[0]` (the spreadsheet rule). A `Date` counts by
 * its UTC calendar day (what `new Date("2024-01-31")` gives); ISO strings avoid any time-zone doubt.
 * Computed in 256-bit fixed point with a proved error below 1e-60 of Σ|values[i]| / (1 + rate)^(t_i),
 * then rounded once to 40 significant digits.
 *
 * @param rate - Annual discount rate, greater than -1.
 * @param values - Cash flows (at least one), one per date.
 * @param dates - `Date` or `"YYYY-MM-DD"`, as many as values.
 * @param options - `dayCount` (default `"actual/365"`).
 * @returns The net present value at `dates[0]`.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a rate ≤ -1, a non-number, an invalid
 *   date, a date before the first, or unequal lengths (every problem is listed).
 *
 * @example
 * ```ts
 * // Spreadsheet =XNPV(9%, {-10000, 2750, 4250, 3250, 2750}, {2008-01-01, 2008-03-01, 2008-10-30, 2009-02-15, 2009-04-01})
 * xnpv(0.09, [-10000, 2750, 4250, 3250, 2750],
 *   ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]).toFixed(2); //=> "2086.65"
 * ```
 */
export function xnpv(rate: Numeric, values: readonly Numeric[], dates: readonly DateInput[], options?: DatedOptions): Decimal {
  const args = new Args("xnpv");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const { list, serials } = datedFlows(args, values, dates, 1);
  const dayCount = dayCountOption(args, options);
  args.done();
  const { E, m } = yearFractions(serials as number[], dayCount);
  return discountDated(r, list, E, m);
}
