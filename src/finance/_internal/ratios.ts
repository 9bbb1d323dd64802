/** The shared shape of the turnover and days-outstanding measures: one flow over one balance. */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { FinanceNoSolutionError, inSpreadsheetRange } from "../errors.js";
import { Args } from "./args.js";

/** A named argument: [name, value]. */
export type Named = readonly [name: string, value: unknown];

const DAYS_IN_YEAR = new Dec(365);

/** flow / balance (both ≥ 0): how many times a year the balance turns over. */
export function turnoverOf(fn: string, [flowName, flow]: Named, [balanceName, balance]: Named): Decimal {
  const args = new Args(fn);
  const f = args.dec(flowName, flow, "nonNegative");
  const b = args.dec(balanceName, balance, "nonNegative");
  args.done();
  if (b.isZero()) {
    throw new FinanceNoSolutionError(fn, `${balanceName} is 0: a balance of nothing turns over no finite number of times`);
  }
  return inSpreadsheetRange(fn, f.div(b));
}

/** balance × daysInYear / flow (both ≥ 0): days the balance lasts at the yearly flow. */
export function daysOf(fn: string, [balanceName, balance]: Named, [flowName, flow]: Named, options: unknown): Decimal {
  const args = new Args(fn);
  const b = args.dec(balanceName, balance, "nonNegative");
  const f = args.dec(flowName, flow, "nonNegative");
  const days = daysInYear(args, args.options(options)["daysInYear"], ["options", "daysInYear"]);
  args.done();
  if (f.isZero()) {
    throw new FinanceNoSolutionError(fn, `${flowName} is 0: with nothing flowing through it, the balance is never used up`);
  }
  return inSpreadsheetRange(fn, b.times(days).div(f));
}

/** An optional days-in-year figure at `path`: 365 by default, greater than 0. */
export function daysInYear(args: Args, value: unknown, path: readonly (string | number)[]): Decimal {
  return value === undefined ? DAYS_IN_YEAR : args.decAt(path, value, ["positive"]);
}
