/** The yearly financing cost saved on cash that no longer has to be borrowed. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";

/** Input of {@link financingCostSaved}. */
export interface FinancingCostSavedInput {
  /** Cash released (e.g. by {@link workingCapitalReleased}). */
  readonly amount: Numeric;
  /** Yearly cost of funds: the borrowing rate or the company's cost of capital (0.06 = 6 %), > -1. */
  readonly rate: Numeric;
}

/**
 * @summary Financing cost saved per year: amount × rate.
 *
 * @description
 * Released working capital repays debt (or needs no borrowing), so its interest is saved every year
 * the improvement lasts. Simple interest on the amount, one year: no compounding is implied.
 *
 * @param input - `{ amount, rate }`.
 * @returns The cost saved per year.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when `input` is not an object, a field is
 *   missing or not a number, or rate ≤ -1; paths are the field names.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // The distributor: 14 M CNY released, 6 % cost of funds: =14000000*6%
 * financingCostSaved({ amount: 14e6, rate: 0.06 }).toString(); //=> "840000"
 * ```
 */
export function financingCostSaved(input: FinancingCostSavedInput): Decimal {
  const args = new Args("financingCostSaved");
  const fields = args.fields(input, "an object { amount, rate }");
  const amount = args.decAt(["amount"], fields["amount"], []);
  const rate = args.decAt(["rate"], fields["rate"], ["rateAboveMinusOne"]);
  args.done();
  return inSpreadsheetRange("financingCostSaved", amount.times(rate));
}
