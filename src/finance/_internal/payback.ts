/** The payback rule shared by paybackPeriod and discountedPaybackPeriod. */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Args } from "./args.js";

const ZERO = new Dec(0);

/**
 * Periods until the cumulative flow (flows[0] at t = 0, then period ends) first turns non-negative,
 * interpolated linearly inside that period; 0 when the cumulative flow is never negative; null when it
 * is still negative after the last flow. With `fractional` false the whole period end is returned.
 */
export function paybackOf(flows: readonly Decimal[], fractional: boolean): Decimal | null {
  let cumulative = ZERO;
  let everNegative = false;
  for (let t = 0; t < flows.length; t++) {
    const flow = flows[t]!;
    const before = cumulative;
    cumulative = cumulative.plus(flow);
    if (cumulative.isNegative()) {
      everNegative = true;
      continue;
    }
    // First crossing from negative to non-negative (t ≥ 1 here because `before` < 0 needs a flow).
    if (before.isNegative()) return fractional ? new Dec(t - 1).plus(before.neg().div(flow)) : new Dec(t);
  }
  return everNegative ? null : ZERO;
}

/** Reads the `fractional` option (default true), recording a problem when it is not a boolean. */
export function paybackFractional(args: Args, options: unknown): boolean {
  const value = args.options(options)["fractional"];
  if (value === undefined || typeof value === "boolean") return value ?? true;
  args.add(["options", "fractional"], "invalid_type", `must be true or false, got ${JSON.stringify(value) ?? String(value)}`);
  return true;
}
