/** Percent "better" between a baseline and a target, whichever way the KPI improves. */
import type { Decimal } from "../../numeric/decimal.js";
import type { KpiDirection } from "../types.js";

/**
 * (target − baseline) / |baseline| × 100, negated for a KPI that improves downwards (DSO 62 → 48 days is
 * 22.58… % better). Undefined without both figures or with a zero baseline.
 */
export function percentBetter(baseline: Decimal | undefined, target: Decimal | undefined, direction: KpiDirection): Decimal | undefined {
  if (baseline === undefined || target === undefined || baseline.isZero()) return undefined;
  const change = target.minus(baseline).div(baseline.abs()).times(100);
  return direction === "decrease" ? change.negated() : change;
}
