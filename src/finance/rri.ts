/** RRI: the constant growth rate per period that turns a present value into a future value. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "./errors.js";

/**
 * @summary Equivalent interest rate for the growth of an investment, spreadsheet RRI (a CAGR).
 *
 * @description
 * rri = (fv / pv)^(1 / nper) − 1: the compound rate per period that grows `pv` into `fv` over `nper`
 * periods. `pv` and `fv` must have the same sign (or fv = 0, which gives −100 %).
 *
 * @param nper - Number of periods, greater than 0 (may be fractional).
 * @param pv - Present (starting) value, not 0.
 * @param fv - Future (ending) value.
 * @returns The rate per period.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, nper ≤ 0 or pv = 0.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when pv and fv have opposite signs (spreadsheet #NUM!).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // Revenue grew from 100 M to 200 M in 10 years: =RRI(10, 100, 200)
 * rri(10, 100, 200).toFixed(6); //=> "0.071773"
 * ```
 */
export function rri(nper: Numeric, pv: Numeric, fv: Numeric): Decimal {
  const args = new Args("rri");
  const n = args.dec("nper", nper, "positive");
  const p = args.dec("pv", pv, "nonZero");
  const f = args.dec("fv", fv);
  args.done();
  const ratio = f.div(p);
  if (ratio.isNegative()) {
    throw new FinanceNoSolutionError("rri", `pv (${p.toString()}) and fv (${f.toString()}) have opposite signs: no growth rate turns one into the other`);
  }
  return inSpreadsheetRange("rri", ratio.pow(n.pow(-1)).minus(1));
}
