/** Working capital released, once, by holding a balance for fewer days. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";
import { daysInYear } from "./_internal/ratios.js";

/** Input of {@link workingCapitalReleased}. */
export interface WorkingCapitalReleasedInput {
  /**
   * The yearly flow behind the balance: revenue for receivables (DSO), cost of goods sold for inventory
   * (DIO) and payables (DPO). At least 0.
   */
  readonly annualAmount: Numeric;
  /**
   * Days the balance is shortened by: DSO or DIO cut, or DPO lengthened. Negative when it grows (cash
   * is tied up instead).
   */
  readonly daysReduced: Numeric;
  /** Days in the year `annualAmount` covers; default 365. */
  readonly daysInYear?: Numeric;
}

/**
 * @summary Working capital released: annualAmount / daysInYear × daysReduced.
 *
 * @description
 * One day of DSO holds a day's revenue in receivables; collecting `daysReduced` days sooner frees that
 * many days of revenue as cash, **once**. The yearly benefit is the financing cost saved on it (see
 * {@link financingCostSaved}).
 *
 * @param input - `{ annualAmount, daysReduced, daysInYear? }`.
 * @returns The cash released (negative when the balance grows).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when `input` is not an object, a field is
 *   missing or not a number, annualAmount is negative or daysInYear ≤ 0; paths are the field names.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // The distributor: revenue 365 M CNY, DSO from 62 back to 48 days: =365000000/365*14
 * workingCapitalReleased({ annualAmount: 365e6, daysReduced: 62 - 48 }).toString(); //=> "14000000"
 * ```
 */
export function workingCapitalReleased(input: WorkingCapitalReleasedInput): Decimal {
  const args = new Args("workingCapitalReleased");
  const fields = args.fields(input, "an object { annualAmount, daysReduced, daysInYear? }");
  const amount = args.decAt(["annualAmount"], fields["annualAmount"], ["nonNegative"]);
  const days = args.decAt(["daysReduced"], fields["daysReduced"], []);
  const year = daysInYear(args, fields["daysInYear"], ["daysInYear"]);
  args.done();
  return inSpreadsheetRange("workingCapitalReleased", amount.times(days).div(year));
}
