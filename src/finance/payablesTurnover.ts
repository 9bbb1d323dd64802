/** Payables turnover: how many times a year the company pays its suppliers' invoices. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { turnoverOf } from "./_internal/ratios.js";

/**
 * @summary Payables turnover: costOfGoodsSold / averagePayables.
 *
 * @param costOfGoodsSold - Cost of goods sold (or purchases) over the year (at least 0).
 * @param averagePayables - Average accounts payable over the same year (greater than 0).
 * @returns Times a year the balance turns over.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number or is negative.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when averagePayables is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // COGS 240 M, average payables 30 M: =240/30
 * payablesTurnover(240e6, 30e6).toString(); //=> "8"
 * ```
 */
export function payablesTurnover(costOfGoodsSold: Numeric, averagePayables: Numeric): Decimal {
  return turnoverOf("payablesTurnover", ["costOfGoodsSold", costOfGoodsSold], ["averagePayables", averagePayables]);
}
