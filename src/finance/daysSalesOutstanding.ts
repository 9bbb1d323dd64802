/** Days sales outstanding (DSO): how many days customers take to pay, on average. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { daysOf } from "./_internal/ratios.js";
import type { DaysOutstandingOptions } from "./daysInventoryOutstanding.js";

/**
 * @summary Days sales outstanding (DSO): averageReceivables × daysInYear / revenue.
 *
 * @param averageReceivables - Average accounts receivable (at least 0).
 * @param revenue - Revenue (credit sales) over the year (greater than 0).
 * @param options - `daysInYear`: 365 by default.
 * @returns The number of days (fractional).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number or is
 *   negative, or daysInYear ≤ 0.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when revenue is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // The distributor: receivables 62 M on revenue 365 M: =62/365*365
 * daysSalesOutstanding(62e6, 365e6).toString(); //=> "62"
 * daysSalesOutstanding(62e6, 365e6, { daysInYear: 360 }).toFixed(2); //=> "61.15"
 * ```
 */
export function daysSalesOutstanding(averageReceivables: Numeric, revenue: Numeric, options?: DaysOutstandingOptions): Decimal {
  return daysOf("daysSalesOutstanding", ["averageReceivables", averageReceivables], ["revenue", revenue], options);
}
