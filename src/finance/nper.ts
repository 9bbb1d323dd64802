/** NPER: how many periods level payments take to move a present value to a future value. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Number of periods, spreadsheet NPER.
 *
 * @description
 * nper = ln((pmt·(1 + rate·type) − fv·rate) / (pmt·(1 + rate·type) + pv·rate)) / ln(1 + rate);
 * with rate = 0: −(pv + fv) / pmt. Usually fractional.
 *
 * @param rate - Interest rate per period (> -1).
 * @param pmt - Payment per period.
 * @param pv - Present value.
 * @param fv - Final amount; default 0.
 * @param type - 0 (default, end of period) or 1 (beginning).
 * @returns The number of periods.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, rate ≤ -1 or a bad type.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when no number of periods works (the payment
 *   never covers the interest, or rate and pmt are both 0): spreadsheet #NUM! or #DIV/0!.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Months to repay 10,000 at 1 % a month paying 500: =NPER(1%, -500, 10000)
 * nper(0.01, -500, 10000).toFixed(2); //=> "22.43"
 * ```
 */
export function nper(rate: Numeric, pmt: Numeric, pv: Numeric, fv?: Numeric, type?: 0 | 1): Decimal {
  const args = new Args("nper");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const m = args.dec("pmt", pmt);
  const p = args.dec("pv", pv);
  const f = args.optDec("fv", fv, 0);
  const t = args.paymentType(type);
  args.done();
  if (r.isZero()) {
    if (m.isZero()) throw new FinanceNoSolutionError("nper", "rate and pmt are both 0: the balance never changes");
    return p.plus(f).div(m).neg();
  }
  const mt = m.times(r.times(t).plus(1));
  const num = mt.minus(f.times(r));
  const den = mt.plus(p.times(r));
  if (den.isZero() || num.div(den).lte(0)) {
    throw new FinanceNoSolutionError("nper", "no number of periods reaches fv: the payment does not cover the interest in the needed direction");
  }
  return inSpreadsheetRange("nper", num.div(den).ln().div(r.plus(1).ln()));
}
