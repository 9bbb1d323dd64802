/** The annual rate equivalent to a rate per period (month, quarter, …). */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { rateConversionArgs } from "./_internal/rates.js";
import type { RateBasisOptions } from "./periodicRate.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Annual rate of a periodic rate: r · n (nominal) or (1 + r)^n − 1 (effective); the inverse of
 * {@link periodicRate}.
 *
 * @param periodicRate - The rate per period, greater than -1 (0.01 = 1 % a month).
 * @param periodsPerYear - Periods in a year, greater than 0 (12 for months, 4 for quarters).
 * @param options - `basis`: `"nominal"` (default) or `"effective"`.
 * @returns The annual rate.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, a periodic rate ≤ -1,
 *   periodsPerYear ≤ 0 or an unknown basis.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // 1 % a month is 12 % nominal (=1%*12) and 12.68 % effective (=(1+1%)^12-1)
 * annualRate(0.01, 12).toString(); //=> "0.12"
 * annualRate(0.01, 12, { basis: "effective" }).toFixed(6); //=> "0.126825"
 * ```
 */
export function annualRate(periodicRate: Numeric, periodsPerYear: Numeric, options?: RateBasisOptions): Decimal {
  const { rate, n, basis } = rateConversionArgs("annualRate", "periodicRate", periodicRate, periodsPerYear, options);
  return inSpreadsheetRange("annualRate", basis === "nominal" ? rate.times(n) : rate.plus(1).pow(n).minus(1));
}
