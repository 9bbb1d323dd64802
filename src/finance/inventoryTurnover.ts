/** Inventory turnover: how many times a year the stock is sold and replaced. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { turnoverOf } from "./_internal/ratios.js";

/**
 * @summary Inventory turnover: costOfGoodsSold / averageInventory.
 *
 * @param costOfGoodsSold - Cost of goods sold over the year (at least 0).
 * @param averageInventory - Average inventory at cost over the same year (greater than 0).
 * @returns Times a year the balance turns over.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number or is negative.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when averageInventory is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // COGS 240 M, average inventory 40 M: =240/40
 * inventoryTurnover(240e6, 40e6).toString(); //=> "6"
 * ```
 */
export function inventoryTurnover(costOfGoodsSold: Numeric, averageInventory: Numeric): Decimal {
  return turnoverOf("inventoryTurnover", ["costOfGoodsSold", costOfGoodsSold], ["averageInventory", averageInventory]);
}
