/** Argument rules shared by the rate conversions (effect, nominal, periodicRate, annualRate). */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { Args } from "./args.js";

/** Compounding bases: `"effective"` compounds ((1 + r)^(1/n) − 1), `"nominal"` divides (r / n). */
export const RATE_BASES = ["nominal", "effective"] as const;

/** `npery` of EFFECT and NOMINAL: truncated to a whole number, at least 1 (spreadsheet rule). */
export function compoundPeriods(args: Args, npery: unknown): Decimal {
  const n = args.dec("npery", npery, "atLeastOne");
  return n.gte(1) ? n.trunc() : new Dec(1);
}

/** Validated arguments of periodicRate and annualRate. */
export function rateConversionArgs(
  fn: string,
  rateName: string,
  rate: unknown,
  periodsPerYear: unknown,
  options: unknown,
): { rate: Decimal; n: Decimal; basis: (typeof RATE_BASES)[number] } {
  const args = new Args(fn);
  const r = args.dec(rateName, rate, "rateAboveMinusOne");
  const n = args.dec("periodsPerYear", periodsPerYear, "positive");
  const basis = args.choice(["options", "basis"], args.options(options)["basis"], RATE_BASES, "nominal");
  args.done();
  return { rate: r, n, basis };
}
