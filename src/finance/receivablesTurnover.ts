/** Receivables turnover: how many times a year customers' unpaid invoices are collected. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { turnoverOf } from "./_internal/ratios.js";

/**
 * @summary Receivables turnover: revenue / averageReceivables.
 *
 * @param revenue - Revenue (credit sales) over the year (at least 0).
 * @param averageReceivables - Average accounts receivable over the same year (greater than 0).
 * @returns Times a year the balance turns over.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number or is negative.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when averageReceivables is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // The distributor: revenue 365 M, receivables 62 M: =365/62
 * receivablesTurnover(365e6, 62e6).toFixed(4); //=> "5.8871"
 * ```
 */
export function receivablesTurnover(revenue: Numeric, averageReceivables: Numeric): Decimal {
  return turnoverOf("receivablesTurnover", ["revenue", revenue], ["averageReceivables", averageReceivables]);
}
