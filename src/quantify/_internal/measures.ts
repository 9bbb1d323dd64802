/**
 * The headline measures of an evaluation over its horizon: nominal totals, present values, NPV, IRR
 * (per period and annual), ROI (nominal and discounted) and payback (simple and discounted).
 */
import { Dec, FIGURE_RANGE_TEXT, MAX_FIGURE_EXPONENT } from "../../numeric/decimal.js";
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
  const annual = annualIrr(irr, perYear);
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
    irrAnnual: annual.value,
    irrNote: note ?? annual.note,
    roi: roiOrNull(benefits, costs),
    roiDiscounted: roiOrNull(presentBenefits, presentCosts),
    payback,
    paybackYears: years(payback),
    discountedPayback,
    discountedPaybackYears: years(discountedPayback),
  };
}

/**
 * (1 + irr)^perYear − 1, or null with a note beyond the figure range: a period IRR of 1e240 a month is
 * 1e2880 a year, which no report can show (decided from the exponent before the power is taken).
 */
function annualIrr(irr: Decimal | null, perYear: number): { value: Decimal | null; note: string | undefined } {
  if (irr === null) return { value: null, note: undefined };
  const growth = ONE.plus(irr);
  // From the exponent and 15 digits: the growth itself may be beyond float range.
  const decades = perYear * (growth.e + Math.log10(Number(growth.toExponential(14).split("e")[0])));
  if (decades >= MAX_FIGURE_EXPONENT) {
    return { value: null, note: `no annual IRR: (1 + ${irr.toSignificantDigits(6).toString()})^${perYear} − 1 would be about 1e${Math.floor(decades)}; ${FIGURE_RANGE_TEXT}` };
  }
  return { value: growth.pow(perYear).minus(ONE), note: undefined };
}
