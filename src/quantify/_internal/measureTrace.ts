/**
 * The trace figures of an evaluation's measures: NPV, ROI, IRR, payback and discounted payback, each
 * unadjusted (`npv`, …) and probability-weighted (`npv:weighted`, …), with the flows substituted.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Measures } from "../types.js";
import { netFlows } from "./compute.js";
import type { Computed } from "./compute.js";
import { displayNumber } from "./display.js";
import { derivedFigure } from "./trace.js";
import type { PutFigure } from "./trace.js";

const ZERO = new Dec(0);

/** Puts the figures of both sets of measures. */
export function traceMeasures(put: PutFigure, computed: Computed, unadjusted: Measures, weighted: Measures, currency: string): void {
  const rate = computed.periodRate;
  const rateText = displayNumber(rate);
  const periodUnit = computed.periodsPerYear === 12 ? "month" : computed.periodsPerYear === 4 ? "quarter" : "year";
  const drivers = [...new Set(computed.lines.flatMap((line) => line.model.drivers))];
  for (const [suffix, m, isWeighted] of [["", unadjusted, false], [":weighted", weighted, true]] as const) {
    const net = netFlows(computed, isWeighted);
    const words = isWeighted ? "probability-weighted " : "";
    const terms = net
      .map((flow, t) => (flow.isZero() ? undefined : t === 0 ? displayNumber(flow) : `${displayNumber(flow)} ÷ ${displayNumber(rate.plus(1))}^${t}`))
      .filter((term): term is string => term !== undefined);
    const inputs = computed.lines.map((line) => ({
      ref: `line:${line.model.line.id}`, name: line.model.line.id, label: line.model.line.label ?? line.model.line.id,
      value: line.amount, unit: undefined, provenance: undefined,
    }));
    put(derivedFigure(`npv${suffix}`, `${words}NPV`, "Σ net flow(t) ÷ (1 + period rate)^t, t = 0…horizon",
      terms.join(" + ").replace(/\+ −/g, "− ") || "0", m.npv, currency, inputs, drivers));
    put(derivedFigure(`roi${suffix}`, `${words}ROI`, "(benefits − costs) ÷ costs",
      `(${displayNumber(m.benefits)} − ${displayNumber(m.costs)}) ÷ ${displayNumber(m.costs)}`, m.roi ?? ZERO, undefined, inputs, drivers,
      m.roi === null ? "no ROI: there are no costs" : undefined));
    put(derivedFigure(`irr${suffix}`, `${words}IRR per period`, "rate r where Σ net flow(t) ÷ (1 + r)^t = 0",
      net.map((flow) => displayNumber(flow)).join("; "), m.irr ?? ZERO, undefined, inputs, drivers, m.irrNote));
    put(derivedFigure(`payback${suffix}`, `${words}payback (periods)`, "first period where the cumulative net flow reaches 0, interpolated",
      net.map((flow) => displayNumber(flow)).join("; "), m.payback ?? ZERO, periodUnit, inputs, drivers,
      m.payback === null ? "does not pay back within the horizon" : undefined));
    put(derivedFigure(`discountedPayback${suffix}`, `${words}discounted payback (periods)`, "payback on net flow(t) ÷ (1 + period rate)^t",
      `period rate ${rateText}`, m.discountedPayback ?? ZERO, periodUnit, inputs, drivers,
      m.discountedPayback === null ? "does not pay back within the horizon" : undefined));
  }
}
