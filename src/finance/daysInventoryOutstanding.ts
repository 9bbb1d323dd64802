/** Days inventory outstanding (DIO): how many days of sales the stock on hand covers. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { daysOf } from "./_internal/ratios.js";

/** Options of {@link daysInventoryOutstanding}, {@link daysSalesOutstanding} and {@link daysPayablesOutstanding}. */
export interface DaysOutstandingOptions {
  /** Days in the year the flow covers: 365 (default), 360 for the banker's year, or the days of a shorter period. */
  readonly daysInYear?: Numeric;
}

/**
 * @summary Days inventory outstanding (DIO): averageInventory × daysInYear / costOfGoodsSold.
 *
 * @param averageInventory - Average inventory at cost (at least 0).
 * @param costOfGoodsSold - Cost of goods sold over the year (greater than 0).
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
 * // Inventory 40 M on COGS 240 M: =40/240*365
 * daysInventoryOutstanding(40e6, 240e6).toFixed(2); //=> "60.83"
 * ```
 */
export function daysInventoryOutstanding(averageInventory: Numeric, costOfGoodsSold: Numeric, options?: DaysOutstandingOptions): Decimal {
  return daysOf("daysInventoryOutstanding", ["averageInventory", averageInventory], ["costOfGoodsSold", costOfGoodsSold], options);
}
