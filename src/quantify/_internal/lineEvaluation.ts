/**
 * One value line as evaluated: its flows, totals and present values, and the trace figures of its
 * amount (the base formula, each extension factor and the risk adjustment when the line has them).
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { LineEvaluation } from "../types.js";
import { presentValue, total } from "./compute.js";
import type { Computed, LineFlows } from "./compute.js";
import { displayNumber, displayValue } from "./display.js";
import type { Model } from "./model.js";
import { derivedFigure, formulaFigure, unitText } from "./trace.js";
import type { PutFigure } from "./trace.js";

const ONE = new Dec(1);

/** The line's evaluation; its figures go to `put` (`line:<id>`, and `line:<id>:base`, `line:<id>:factor:<j>` when adjusted). */
export function lineEvaluation(model: Model, computed: Computed, lf: LineFlows, put: PutFigure, currency: string): LineEvaluation {
  const line = lf.model.line;
  const label = line.label ?? line.id;
  const unit = unitText(line.unit, lf.model.amount.unit) ?? currency;
  const adjusted = lf.model.factors.length > 0 || !lf.riskFactor.eq(ONE);
  const baseId = adjusted ? `line:${line.id}:base` : `line:${line.id}`;
  put(formulaFigure(model, computed.env, baseId, adjusted ? `${label} (base)` : label, lf.model.amount, lf.base, unit));
  if (adjusted) {
    const parts = [`${label} (base)`];
    const values = [displayValue(lf.base, unit)];
    lf.model.factors.forEach((factor, j) => {
      const extension = line.extension?.[j];
      const factorId = `line:${line.id}:factor:${j}`;
      put(formulaFigure(model, computed.env, factorId, extension?.label ?? `factor ${j + 1}`, factor, lf.factors[j] as Decimal, undefined,
        extension === undefined ? undefined : `extension over ${extension.over}${extension.source === undefined ? "" : `; ${extension.source}`}`));
      parts.push(extension?.label ?? `factor ${j + 1}`);
      values.push(displayNumber(lf.factors[j] as Decimal));
    });
    if (!lf.riskFactor.eq(ONE)) {
      parts.push(line.kind === "benefit" ? "(1 − benefit risk adjustment)" : "(1 + cost risk adjustment)");
      values.push(displayNumber(lf.riskFactor));
    }
    const inputs = [
      { ref: baseId, name: baseId, label: `${label} (base)`, value: lf.base, unit, provenance: undefined },
      ...lf.model.factors.map((_, j) => ({
        ref: `line:${line.id}:factor:${j}`, name: `factor${j}`, label: line.extension?.[j]?.label ?? `factor ${j + 1}`,
        value: lf.factors[j] as Decimal, unit: undefined, provenance: undefined,
      })),
    ];
    put(derivedFigure(`line:${line.id}`, label, parts.join(" × "), values.join(" × "), lf.amount, unit, inputs, lf.model.drivers,
      lf.riskFactor.eq(ONE) ? undefined : "risk-adjusted"));
  }
  return {
    id: line.id,
    label,
    kind: line.kind,
    included: lf.included,
    amount: lf.amount,
    probability: lf.probability,
    shares: lf.weights,
    flows: lf.flows,
    weightedFlows: lf.weightedFlows,
    total: total(lf.flows),
    presentValue: presentValue(lf.flows, computed.discountFactors),
    weightedPresentValue: presentValue(lf.weightedFlows, computed.discountFactors),
    solution: lf.model.solution,
    kpi: line.kpi,
    figure: `line:${line.id}`,
  };
}
