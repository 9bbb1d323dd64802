/** FV: the future value of a present amount plus level payments. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { annuityFactor, growth } from "./_internal/annuity.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Future value of a present amount and level payments, spreadsheet FV.
 *
 * @description Solves the annuity identity of {@link pmt} for fv: −(pv·(1+rate)^nper + pmt·factor).
 *
 * @param rate - Interest rate per period (> -1).
 * @param nper - Number of periods.
 * @param pmt - Payment per period (paid in: negative).
 * @param pv - Present amount; default 0.
 * @param type - 0 (default, end of period) or 1 (beginning).
 * @returns The future value.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, rate ≤ -1 or a bad type.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Saving 200 a month for 10 years at 5 % a year: =FV(5%/12, 120, -200)
 * fv(new Dec("0.05").div(12), 120, -200).toFixed(2); //=> "31056.46"
 * ```
 */
export function fv(rate: Numeric, nper: Numeric, pmt: Numeric, pv?: Numeric, type?: 0 | 1): Decimal {
  const args = new Args("fv");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const n = args.dec("nper", nper);
  const m = args.dec("pmt", pmt);
  const p = args.optDec("pv", pv, 0);
  const t = args.paymentType(type);
  args.done();
  const g = growth(r, n);
  return inSpreadsheetRange("fv", p.times(g).plus(m.times(annuityFactor(r, n, t, g))).neg());
}
