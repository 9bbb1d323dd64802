/** Return on investment of a value case. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Return on investment: (gain − cost) / cost.
 *
 * @description
 * `gain` is the **total benefit** the investment brings (gross, before its cost is taken off), not the
 * net gain: ROI = (gain − cost) / cost, so a benefit of 150 on a cost of 100 is 0.5 (50 %). If you hold
 * the net gain already, divide it by the cost yourself. The result is exact (one correctly rounded
 * division); for present values, pass discounted totals.
 *
 * @param gain - Total benefit of the investment (not net of its cost).
 * @param cost - Total cost of the investment (not 0).
 * @returns The return on investment as a fraction (0.5 = 50 %).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when an argument is not a number.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when `cost` is 0 (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Benefit 3.2 M for a cost of 2.9 M: =(3.2-2.9)/2.9
 * roi(3200000, 2900000).toFixed(4); //=> "0.1034"
 * roi(150, 100).toString(); //=> "0.5"
 * ```
 */
export function roi(gain: Numeric, cost: Numeric): Decimal {
  const args = new Args("roi");
  const g = args.dec("gain", gain);
  const c = args.dec("cost", cost);
  args.done();
  if (c.isZero()) throw new FinanceNoSolutionError("roi", "cost is 0: a return on nothing invested has no value (spreadsheet #DIV/0!)");
  return inSpreadsheetRange("roi", g.minus(c).div(c));
}
