/** Days payables outstanding (DPO): how many days the company takes to pay its suppliers. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { daysOf } from "./_internal/ratios.js";
import type { DaysOutstandingOptions } from "./daysInventoryOutstanding.js";

/**
 * @summary Days payables outstanding (DPO): averagePayables × daysInYear / costOfGoodsSold.
 *
 * @param averagePayables - Average accounts payable (at least 0).
 * @param costOfGoodsSold - Cost of goods sold (or purchases) over the year (greater than 0).
 * @param options - `daysInYear`: 365 by default.
 * @returns The number of days (fractional).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number or is
 *   negative, or daysInYear ≤ 0.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when costOfGoodsSold is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Payables 30 M on COGS 240 M: =30/240*365
 * daysPayablesOutstanding(30e6, 240e6).toFixed(3); //=> "45.625"
 * ```
 */
export function daysPayablesOutstanding(averagePayables: Numeric, costOfGoodsSold: Numeric, options?: DaysOutstandingOptions): Decimal {
  return daysOf("daysPayablesOutstanding", ["averagePayables", averagePayables], ["costOfGoodsSold", costOfGoodsSold], options);
}
