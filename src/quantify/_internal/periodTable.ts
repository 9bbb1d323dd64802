/**
 * The cash-flow table of an evaluation: per period 0…horizon, benefits, costs, net flow, cumulative net
 * flow, discount factor and present values, unadjusted and probability-weighted.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { PeriodRow } from "../types.js";
import { benefitAndCostFlows } from "./compute.js";
import type { Computed } from "./compute.js";

type BasisRow = PeriodRow["weighted"];

const ZERO = new Dec(0);

/** One row per period 0…horizon. */
export function periodTable(computed: Computed): PeriodRow[] {
  const plain = basisRows(computed, false);
  const weighted = basisRows(computed, true);
  return computed.discountFactors.map((discountFactor, t) => {
    const { benefits, costs, net, cumulative, presentValue, cumulativePresentValue } = plain[t] as BasisRow;
    return { period: t, benefits, costs, net, cumulative, discountFactor, presentValue, cumulativePresentValue, weighted: weighted[t] as BasisRow };
  });
}

/** Per period, unadjusted or weighted: benefits, costs, net flow and its present value, with running totals. */
function basisRows(computed: Computed, weighted: boolean): BasisRow[] {
  const flows = benefitAndCostFlows(computed, weighted);
  let cumulative = ZERO;
  let cumulativePresentValue = ZERO;
  return computed.discountFactors.map((discountFactor, t) => {
    const benefits = flows.benefits[t] as Decimal;
    const costs = flows.costs[t] as Decimal;
    const net = benefits.minus(costs);
    const presentValue = net.times(discountFactor);
    cumulative = cumulative.plus(net);
    cumulativePresentValue = cumulativePresentValue.plus(presentValue);
    return { benefits, costs, net, cumulative, presentValue, cumulativePresentValue };
  });
}
