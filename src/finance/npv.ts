/** NPV of evenly spaced cash flows, spreadsheet convention (first flow one period out) by default. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { exactSeries } from "./_internal/series.js";
import { discountExact } from "./_internal/discount.js";
import { exactOf } from "./_internal/exact.js";
import type { ExactDecimal } from "./_internal/exact.js";
import { discountDated } from "./_internal/dated.js";
import { inSpreadsheetRange } from "./errors.js";

/** Options of {@link npv}. */
export interface NpvOptions {
  /**
   * Time of `values[0]` in periods: `1` (default) discounts it one full period like spreadsheet NPV;
   * `0` leaves it undiscounted (an investment today), like `values[0] + NPV(rate, values[1..])`.
   */
  readonly firstFlowAt?: 0 | 1;
}

/**
 * @summary Net present value of cash flows at the end of equal periods.
 *
 * @description
 * NPV = Σ values[i] / (1 + rate)^(i + firstFlowAt). The result is exact: the sum is computed as a ratio
 * of integers and rounded once to 40 significant digits. Where those integers would pass 100,000 digits
 * (a rate of hundreds of decimals over a thousand periods, or one beyond 1e100000) the sum is taken as
 * {@link xnpv} takes it, within 1e-60 of the flows' present values before the same rounding, so no call
 * costs more than milliseconds.
 *
 * @param rate - Discount rate per period, greater than -1 (0.1 = 10 %).
 * @param values - Cash flows, one per period, in order (at least one).
 * @param options - `firstFlowAt`: 1 (default, spreadsheet NPV) or 0.
 * @returns The net present value.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when the rate is ≤ -1, `values` is empty
 *   or an entry is not a number.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size (a
 *   rate near -100 % over many periods; spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Spreadsheet =NPV(10%, -10000, 3000, 4200, 6800)
 * npv(0.1, [-10000, 3000, 4200, 6800]).toFixed(2); //=> "1188.44"
 * // An investment today followed by three yearly inflows
 * npv(0.1, [-10000, 3000, 4200, 6800], { firstFlowAt: 0 }).toFixed(2); //=> "1307.29"
 * ```
 */
export function npv(rate: Numeric, values: readonly Numeric[], options?: NpvOptions): Decimal {
  const args = new Args("npv");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const list = args.list("values", values, 1);
  const opts = args.options(options);
  const firstFlowAt = args.choice(["options", "firstFlowAt"], opts["firstFlowAt"], [0, 1] as const, 1);
  args.done();
  const series = exactSeries("npv", "values", list);
  const exactRate = exactOf(rate);
  const result = exactDigits(exactRate, list.length - 1 + firstFlowAt) <= MAX_EXACT_DIGITS
    ? discountExact(exactRate, series, firstFlowAt)
    : discountDated(r, list, list.map((_, i) => i + firstFlowAt), 1);
  return inSpreadsheetRange("npv", result);
}

/**
 * Beyond this many digits in (1 + rate)^periods the exact sum gives way to XNPV's method: the integers
 * would grow with every period and decimal of the rate (1201 flows at a rate of 300 decimals: seconds).
 */
const MAX_EXACT_DIGITS = 100_000;

/** Digits of (1 + rate)^periods written as an integer ratio q^periods / 10^(k·periods). */
function exactDigits(rate: ExactDecimal, periods: number): number {
  const digits = (rate.c < 0n ? -rate.c : rate.c).toString().length;
  return periods * (rate.e >= 0 ? digits + rate.e : Math.max(-rate.e, digits) + 1);
}
