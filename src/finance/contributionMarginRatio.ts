/** Contribution margin ratio: the share of each unit of revenue left after variable costs. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Contribution margin ratio: (revenue − variable costs) / revenue.
 *
 * @param revenue - Revenue (sales), not 0.
 * @param variableCosts - Variable costs for the same scope.
 * @returns The ratio as a fraction (0.35 = 35 %).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when revenue is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // =(1200000-780000)/1200000
 * contributionMarginRatio(1200000, 780000).toString(); //=> "0.35"
 * ```
 */
export function contributionMarginRatio(revenue: Numeric, variableCosts: Numeric): Decimal {
  const args = new Args("contributionMarginRatio");
  const r = args.dec("revenue", revenue);
  const v = args.dec("variableCosts", variableCosts);
  args.done();
  if (r.isZero()) {
    throw new FinanceNoSolutionError("contributionMarginRatio", "revenue is 0: a margin has no share of nothing (spreadsheet #DIV/0!)");
  }
  return inSpreadsheetRange("contributionMarginRatio", r.minus(v).div(r));
}
