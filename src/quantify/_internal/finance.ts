/**
 * The finance measures evaluation reports, on the finance module's public functions: NPV with the first
 * flow at t = 0, IRR as a documented null with the reason when none exists, ROI as null when there are
 * no costs, and the annual-to-period rate conversion. Payback comes straight from finance.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { irr } from "../../finance/irr.js";
import { npv } from "../../finance/npv.js";
import { periodicRate } from "../../finance/periodicRate.js";
import { roi } from "../../finance/roi.js";

/** NPV of flows at t = 0, 1, …: the first flow is not discounted. */
export function npvAtZero(rate: Decimal, flows: readonly Decimal[]): Decimal {
  return npv(rate, flows, { firstFlowAt: 0 });
}

/** Whether the flows hold both a negative and a positive one: without that there is no IRR at all. */
export function changesSign(flows: readonly Decimal[]): boolean {
  return flows.some((flow) => flow.isNegative()) && flows.some((flow) => flow.isPositive());
}

/** The IRR per period, or null with the reason (no sign change, no convergence). */
export function irrOrNull(flows: readonly Decimal[]): { irr: Decimal | null; note: string | undefined } {
  if (!changesSign(flows)) {
    return { irr: null, note: "no IRR: the net cash flows never change sign (spreadsheets show #NUM!)" };
  }
  try {
    return { irr: irr(flows), note: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^valueframe: /, "") : String(error);
    return { irr: null, note: `no IRR: ${message}` };
  }
}

/** (gain − cost) / cost, or null when there is no cost (finance's `roi` refuses a zero cost). */
export function roiOrNull(gain: Decimal, cost: Decimal): Decimal | null {
  return cost.isZero() ? null : roi(gain, cost);
}

/** The period rate for an annual rate: (1 + r)^(1/n) − 1 (`compound`) or r / n (`nominal`). */
export function periodRateOf(annual: Decimal, perYear: number, basis: "compound" | "nominal"): Decimal {
  if (perYear === 1) return annual;
  return periodicRate(annual, perYear, { basis: basis === "compound" ? "effective" : "nominal" });
}
