/** The rate per period (month, quarter, …) equivalent to an annual rate. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { RATE_BASES, rateConversionArgs } from "./_internal/rates.js";
import { inSpreadsheetRange } from "./errors.js";

/** How an annual rate relates to its periodic rate. */
export type RateBasis = (typeof RATE_BASES)[number];

/** Options of {@link periodicRate} and {@link annualRate}. */
export interface RateBasisOptions {
  /**
   * `"nominal"` (default, the spreadsheet habit `=6%/12`): the annual rate is the periodic rate times the
   * periods per year, as quoted on loans (APR). `"effective"`: the annual rate is what the periodic rate
   * compounds to over a year, as a cost of capital or an investor's return usually is.
   */
  readonly basis?: RateBasis;
}

/**
 * @summary Periodic rate of an annual rate: r / n (nominal) or (1 + r)^(1/n) − 1 (effective).
 *
 * @param annualRate - The annual rate, greater than -1 (0.06 = 6 %).
 * @param periodsPerYear - Periods in a year, greater than 0 (12 for months, 4 for quarters).
 * @param options - `basis`: `"nominal"` (default) or `"effective"`.
 * @returns The rate per period.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, an annual rate ≤ -1,
 *   periodsPerYear ≤ 0 or an unknown basis.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // A 6 % loan paid monthly: =6%/12
 * periodicRate(0.06, 12).toString(); //=> "0.005"
 * // A 12.68 % cost of capital, monthly: =(1+12.68%)^(1/12)-1
 * periodicRate("0.1268250301319698", 12, { basis: "effective" }).toFixed(6); //=> "0.010000"
 * ```
 */
export function periodicRate(annualRate: Numeric, periodsPerYear: Numeric, options?: RateBasisOptions): Decimal {
  const { rate, n, basis } = rateConversionArgs("periodicRate", "annualRate", annualRate, periodsPerYear, options);
  return inSpreadsheetRange("periodicRate", basis === "nominal" ? rate.div(n) : rate.plus(1).pow(n.pow(-1)).minus(1));
}
