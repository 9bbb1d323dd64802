/**
 * The headline measures of an evaluation over its horizon: nominal totals, present values, NPV, IRR
 * (per period and annual), ROI (nominal and discounted) and payback (simple and discounted).
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { discountedPaybackPeriod } from "../../finance/discountedPaybackPeriod.js";
import { paybackPeriod } from "../../finance/paybackPeriod.js";
import type { Measures } from "../types.js";
import { benefitAndCostFlows, netFlows, total } from "./compute.js";
import type { Computed } from "./compute.js";
import { irrOrNull, roiOrNull } from "./finance.js";
import { presentValues } from "./presentValues.js";

const ONE = new Dec(1);

/** The measures of a computation, unadjusted or with every line weighted by its probability. */
export function measures(computed: Computed, weighted: boolean): Measures {
  const rate = computed.periodRate;
  const flows = benefitAndCostFlows(computed, weighted);
  const net = netFlows(computed, weighted);
  const benefits = total(flows.benefits);
  const costs = total(flows.costs);
  // One pass for the three: they share the powers of (1 + rate), the bulk of exact discounting.
  const [presentBenefits, presentCosts, npv] = presentValues(rate, [flows.benefits, flows.costs, net]) as [Decimal, Decimal, Decimal];
  const { irr, note } = irrOrNull(net);
  const perYear = computed.periodsPerYear;
  const payback = paybackPeriod(net);
  const discountedPayback = discountedPaybackPeriod(rate, net);
  const years = (periods: Decimal | null) => (periods === null ? null : periods.div(perYear));
  return {
    benefits,
    costs,
    net: benefits.minus(costs),
    presentBenefits,
    presentCosts,
    npv,
    irr,
    irrAnnual: irr === null ? null : ONE.plus(irr).pow(perYear).minus(ONE),
    irrNote: note,
    roi: roiOrNull(benefits, costs),
    roiDiscounted: roiOrNull(presentBenefits, presentCosts),
    payback,
    paybackYears: years(payback),
    discountedPayback,
    discountedPaybackYears: years(discountedPayback),
  };
}
