/**
 * The finance measures evaluation reports, in one place: NPV with the first flow at t = 0, IRR (a
 * documented null with a reason when none exists), ROI, simple and discounted payback, and the
 * annual-to-period rate conversion.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { npv } from "../../finance/npv.js";
import { irr } from "../../finance/irr.js";

const ZERO = new Dec(0);
const ONE = new Dec(1);

/** NPV of flows at t = 0, 1, …: the first flow is not discounted. */
export function npvAtZero(rate: Decimal, flows: readonly Decimal[]): Decimal {
  return npv(rate, flows, { firstFlowAt: 0 });
}

/** The IRR per period, or null with the reason (no sign change, no convergence). */
export function irrOrNull(flows: readonly Decimal[]): { irr: Decimal | null; note: string | undefined } {
  if (!flows.some((flow) => flow.isNegative()) || !flows.some((flow) => flow.isPositive())) {
    return { irr: null, note: "no IRR: the net cash flows never change sign (spreadsheets show #NUM!)" };
  }
  try {
    return { irr: irr(flows), note: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^valueframe: /, "") : String(error);
    return { irr: null, note: `no IRR: ${message}` };
  }
}

/** (gain − cost) / cost, or null when the cost is zero. */
export function roiOrNull(gain: Decimal, cost: Decimal): Decimal | null {
  return cost.isZero() ? null : gain.minus(cost).div(cost);
}

/**
 * Periods until the cumulative flow first reaches zero, interpolated linearly inside the period where it
 * turns (flows at period ends); 0 when nothing is ever owed; null when it never pays back in the horizon.
 */
export function paybackOrNull(flows: readonly Decimal[]): Decimal | null {
  let cumulative = ZERO;
  for (let t = 0; t < flows.length; t++) {
    const flow = flows[t] as Decimal;
    const before = cumulative;
    cumulative = cumulative.plus(flow);
    if (t === 0) {
      if (!cumulative.isNegative()) return ZERO;
      continue;
    }
    if (before.isNegative() && !cumulative.isNegative()) return new Dec(t - 1).plus(before.neg().div(flow));
  }
  return null;
}

/** Discounted payback: payback on flows × discount factors. */
export function discountedPaybackOrNull(flows: readonly Decimal[], discountFactors: readonly Decimal[]): Decimal | null {
  return paybackOrNull(flows.map((flow, t) => flow.times(discountFactors[t] as Decimal)));
}

/** The period rate for an annual rate: (1 + r)^(1/n) − 1 (`compound`) or r / n (`nominal`). */
export function periodRateOf(annual: Decimal, perYear: number, basis: "compound" | "nominal"): Decimal {
  if (perYear === 1) return annual;
  return basis === "nominal" ? annual.div(perYear) : ONE.plus(annual).pow(ONE.div(perYear)).minus(ONE);
}
