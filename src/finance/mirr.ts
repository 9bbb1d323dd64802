/** MIRR: the modified internal rate of return, spreadsheet MIRR. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSignChangeError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Modified internal rate of return: outflows financed at one rate, inflows reinvested at another.
 *
 * @description
 * MIRR = ((FV of positive flows at reinvestRate) / −(PV of negative flows at financeRate))^(1/(n−1)) − 1,
 * with `values[0]` at t = 0 and n = values.length; a single, unambiguous rate.
 *
 * @param values - Cash flows of equal periods (at least two, both signs).
 * @param financeRate - Rate paid on the money invested (> -1).
 * @param reinvestRate - Rate earned on the money returned (> -1).
 * @returns The modified internal rate of return per period.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number or a rate ≤ -1.
 * @throws {FinanceNoSignChangeError} `FINANCE_NO_SIGN_CHANGE` without both a positive and a negative
 *   flow (spreadsheet #DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // =MIRR({-120000, 39000, 30000, 21000, 37000, 46000}, 10%, 12%)
 * mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12).toFixed(6); //=> "0.126094"
 * ```
 */
export function mirr(values: readonly Numeric[], financeRate: Numeric, reinvestRate: Numeric): Decimal {
  const args = new Args("mirr");
  const list = args.list("values", values, 2);
  const fr = args.dec("financeRate", financeRate, "rateAboveMinusOne");
  const rr = args.dec("reinvestRate", reinvestRate, "rateAboveMinusOne");
  args.done();
  const n = list.length;
  let inflows = fr.minus(fr); // FV of positives at reinvestRate, at t = n - 1
  let outflows = inflows; // PV of negatives at financeRate, at t = 0
  const gr = rr.plus(1);
  const gf = fr.plus(1);
  for (let i = 0; i < n; i++) {
    const v = args.dec("values", list[i]);
    if (v.gt(0)) inflows = inflows.plus(v.times(gr.pow(n - 1 - i)));
    else if (v.lt(0)) outflows = outflows.plus(v.div(gf.pow(i)));
  }
  if (inflows.isZero() || outflows.isZero()) {
    throw new FinanceNoSignChangeError("mirr", "the cash flows need at least one positive and one negative value");
  }
  return inSpreadsheetRange("mirr", inflows.div(outflows.neg()).pow(gr.minus(gr).plus(1).div(n - 1)).minus(1));
}
