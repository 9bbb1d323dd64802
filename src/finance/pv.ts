/** PV: the present value of a level annuity plus a final amount. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { annuityFactor, growth } from "./_internal/annuity.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Present value of level payments and a final amount, spreadsheet PV.
 *
 * @description Solves the annuity identity of {@link pmt} for pv: −(fv + pmt·factor) / (1+rate)^nper.
 *
 * @param rate - Interest rate per period (> -1).
 * @param nper - Number of periods.
 * @param pmt - Payment per period (paid out: negative).
 * @param fv - Final amount; default 0.
 * @param type - 0 (default, end of period) or 1 (beginning).
 * @returns The present value.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, rate ≤ -1 or a bad type.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // What loan does 1,199.10 a month for 30 years at 6 % a year repay? =PV(6%/12, 360, -1199.10)
 * pv(new Dec("0.06").div(12), 360, -1199.10).toFixed(2); //=> "199999.82"
 * ```
 */
export function pv(rate: Numeric, nper: Numeric, pmt: Numeric, fv?: Numeric, type?: 0 | 1): Decimal {
  const args = new Args("pv");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const n = args.dec("nper", nper);
  const m = args.dec("pmt", pmt);
  const f = args.optDec("fv", fv, 0);
  const t = args.paymentType(type);
  args.done();
  const g = growth(r, n);
  return inSpreadsheetRange("pv", m.times(annuityFactor(r, n, t, g)).plus(f).div(g).neg());
}
