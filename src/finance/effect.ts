/** EFFECT: the effective annual rate of a nominal rate compounded several times a year. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { compoundPeriods } from "./_internal/rates.js";
import { inSpreadsheetRange } from "./errors.js";

/**
 * @summary Effective annual rate, spreadsheet EFFECT.
 *
 * @description
 * effect = (1 + nominalRate / npery)^npery − 1. Like the spreadsheets, `npery` is truncated to a whole
 * number and must be at least 1, and the nominal rate must not be negative.
 *
 * @param nominalRate - Nominal annual rate (0.0525 = 5.25 %), at least 0.
 * @param npery - Compounding periods per year (truncated to a whole number, at least 1).
 * @returns The effective annual rate.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for a non-number, a negative rate or
 *   npery < 1 (spreadsheet #NUM!/Err:502).
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size or
 *   overflows on the way (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // 5.25 % a year compounded monthly: =EFFECT(5.25%, 12)
 * effect(0.0525, 12).toFixed(10); //=> "0.0537818867"
 * ```
 */
export function effect(nominalRate: Numeric, npery: Numeric): Decimal {
  const args = new Args("effect");
  const r = args.dec("nominalRate", nominalRate, "nonNegative");
  const n = compoundPeriods(args, npery);
  args.done();
  return inSpreadsheetRange("effect", r.div(n).plus(1).pow(n).minus(1));
}
