/** PMT: the level payment that amortises a present value to a future value. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { annuityFactor, growth } from "./_internal/annuity.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Payment per period of a loan or annuity, spreadsheet PMT.
 *
 * @description
 * Solves pv·(1+rate)^nper + pmt·(1 + rate·type)·((1+rate)^nper − 1)/rate + fv = 0 for pmt (with
 * rate = 0: pv + pmt·nper + fv = 0). Money paid out is negative, received positive.
 *
 * @param rate - Interest rate per period (> -1); a yearly 6 % paid monthly is 0.06/12.
 * @param nper - Number of payment periods (not 0; may be fractional).
 * @param pv - Present value (a loan received is positive).
 * @param fv - Balance left after the last payment; default 0.
 * @param type - 0 (default): payments at the end of each period; 1: at the beginning.
 * @returns The payment per period.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, rate ≤ -1 or a bad type.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when nper is 0 (spreadsheet #NUM!/#DIV/0!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // A 200,000 mortgage at 6 % a year over 30 years, paid monthly: =PMT(6%/12, 360, 200000)
 * pmt(new Dec("0.06").div(12), 360, 200000).toFixed(2); //=> "-1199.10"
 * ```
 */
export function pmt(rate: Numeric, nper: Numeric, pv: Numeric, fv?: Numeric, type?: 0 | 1): Decimal {
  const args = new Args("pmt");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const n = args.dec("nper", nper);
  const p = args.dec("pv", pv);
  const f = args.optDec("fv", fv, 0);
  const t = args.paymentType(type);
  args.done();
  if (n.isZero()) throw new FinanceNoSolutionError("pmt", "nper is 0: no number of payments can be spread over zero periods");
  const g = growth(r, n);
  return inSpreadsheetRange("pmt", p.times(g).plus(f).div(annuityFactor(r, n, t, g)).neg());
}
