/**
 * What each solution of a case is worth on its own: the present value of the lines that serve it,
 * unadjusted and risk-adjusted (probability-weighted, with the risk adjustment in force), and what it
 * costs. Lines serving no solution form the base every choice shares.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { compute, presentValue } from "./compute.js";
import type { ComputeSettings, LineFlows } from "./compute.js";
import type { Model } from "./model.js";

/** The worth of one solution's lines (or of the lines serving none). */
export interface SolutionWorth {
  /** Present value of its lines, no probability, no risk adjustment. */
  readonly npv: Decimal;
  /** Present value of its lines × probability, under the risk adjustment. */
  readonly riskAdjustedNpv: Decimal;
  /** Present value of its cost lines under the risk adjustment (positive, not probability-weighted). */
  readonly presentCost: Decimal;
  /** Nominal total of its cost lines under the risk adjustment (positive). */
  readonly nominalCost: Decimal;
  readonly lines: readonly string[];
}

const ZERO = new Dec(0);

/** Every solution the case's lines serve, in order of first appearance. */
export function solutionsOf(model: Model): string[] {
  return [...new Set(model.lines.map((line) => line.solution).filter((id): id is string => id !== undefined))];
}

/**
 * The worth of every solution (key: solution id) and of the base (key: undefined). Each alternative's
 * options are computed in turn, so every solution's lines count once whatever the case has chosen.
 */
export function solutionWorths(model: Model, settings: ComputeSettings): Map<string | undefined, SolutionWorth> {
  const alternatives = model.valueCase.alternatives ?? [];
  const rounds = Math.max(1, ...alternatives.map((alternative) => alternative.options.length));
  const adjusted: ComputeSettings = settings;
  const plain: ComputeSettings = { ...settings, riskAdjustment: undefined };
  const found = new Map<string | undefined, { plain: LineFlows[]; adjusted: LineFlows[]; discount: readonly Decimal[] }>();
  for (let k = 0; k < rounds; k++) {
    const chosen = new Map(alternatives.map((alternative) => [alternative.id, alternative.options[k] ?? alternative.options[0] as string] as const));
    const a = compute(model, { ...adjusted, chosen });
    const p = compute(model, { ...plain, chosen });
    a.lines.forEach((lf, i) => {
      if (!lf.included || (k > 0 && lf.model.solution === undefined)) return;
      const key = lf.model.solution;
      const entry = found.get(key) ?? { plain: [], adjusted: [], discount: a.discountFactors };
      if (entry.adjusted.some((seen) => seen.model.index === lf.model.index)) return;
      entry.adjusted.push(lf);
      entry.plain.push(p.lines[i] as LineFlows);
      found.set(key, entry);
    });
  }
  const out = new Map<string | undefined, SolutionWorth>();
  for (const [key, entry] of found) {
    const pv = (lines: readonly LineFlows[], pick: (lf: LineFlows) => readonly Decimal[]) =>
      lines.reduce((acc, lf) => acc.plus(presentValue(pick(lf), entry.discount)), ZERO);
    const costs = entry.adjusted.filter((lf) => lf.model.line.kind === "cost");
    out.set(key, {
      npv: pv(entry.plain, (lf) => lf.flows),
      riskAdjustedNpv: pv(entry.adjusted, (lf) => lf.weightedFlows),
      presentCost: pv(costs, (lf) => lf.flows).neg(),
      nominalCost: costs.reduce((acc, lf) => acc.plus(lf.flows.reduce((sum, flow) => sum.plus(flow), ZERO)), ZERO).neg(),
      lines: entry.adjusted.map((lf) => lf.model.line.id),
    });
  }
  return out;
}

/** A worth with nothing in it (a solution whose lines never fall in the horizon). */
export const NO_WORTH: SolutionWorth = { npv: ZERO, riskAdjustedNpv: ZERO, presentCost: ZERO, nominalCost: ZERO, lines: [] };
