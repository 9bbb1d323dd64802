/** Contribution margin: what revenue leaves after variable costs to cover fixed costs and profit. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Contribution margin: revenue − variable costs.
 *
 * @param revenue - Revenue (sales) of the period or of one unit.
 * @param variableCosts - Costs that vary with volume (materials, freight, commissions) for the same scope.
 * @returns The contribution margin, in the unit of the inputs.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Sales 1,200,000, variable costs 780,000: =1200000-780000
 * contributionMargin(1200000, 780000).toString(); //=> "420000"
 * ```
 */
export function contributionMargin(revenue: Numeric, variableCosts: Numeric): Decimal {
  const args = new Args("contributionMargin");
  const r = args.dec("revenue", revenue);
  const v = args.dec("variableCosts", variableCosts);
  args.done();
  return inSpreadsheetRange("contributionMargin", r.minus(v));
}
