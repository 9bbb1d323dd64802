/** NOMINAL: the nominal annual rate that compounds to a given effective rate. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { compoundPeriods } from "./_internal/rates.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Nominal annual rate, spreadsheet NOMINAL (the inverse of {@link effect}).
 *
 * @description
 * nominal = npery · ((1 + effectRate)^(1/npery) − 1). Like the spreadsheets, `npery` is truncated to a
 * whole number and must be at least 1, and the effective rate must be greater than 0.
 *
 * @param effectRate - Effective annual rate (0.053543 = 5.3543 %), greater than 0.
 * @param npery - Compounding periods per year (truncated to a whole number, at least 1).
 * @returns The nominal annual rate.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, a rate ≤ 0 or npery < 1
 *   (spreadsheet #NUM!/Err:502).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Which rate compounded quarterly gives 8.24 % a year? =NOMINAL(8.24%, 4)
 * nominal(0.0824, 4).toFixed(10); //=> "0.0799696946"
 * ```
 */
export function nominal(effectRate: Numeric, npery: Numeric): Decimal {
  const args = new Args("nominal");
  const r = args.dec("effectRate", effectRate, "positive");
  const n = compoundPeriods(args, npery);
  args.done();
  return inSpreadsheetRange("nominal", r.plus(1).pow(n.pow(-1)).minus(1).times(n));
}
