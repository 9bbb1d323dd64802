/** Evaluates several scenarios of one case side by side. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { modelOf } from "./defineValueCase.js";
import { evaluate } from "./evaluate.js";
import type { ScenarioInput, ValueCase, ValueCaseInput } from "./schema.js";
import type { Evaluation, FrameLike, ScenarioComparison, ScenarioRow } from "./types.js";


/** Options of {@link evaluateScenarios}. */
export interface EvaluateScenariosOptions {
  /** Scenarios by id or as data; default: every scenario of the case. */
  readonly scenarios?: readonly (string | ScenarioInput)[];
  /** Put the case as written first, with id `"base"` (default true). */
  readonly includeBase?: boolean;
  readonly basis?: "value" | "mean";
  readonly frame?: FrameLike;
}

/**
 * Evaluates the case once per scenario (and once as written), for a side-by-side table.
 *
 * @param valueCase - a defined case or case data
 * @param options - which scenarios, whether to include the base case, basis and frame
 * @returns rows of headline measures and the full evaluations, in the same order
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown scenario
 *
 * @example
 * ```ts
 * evaluateScenarios(distributor).rows.map((row) => row.id);
 * //=> ["base", "conservative", "optimistic", "risk-adjusted"]
 * ```
 */
export function evaluateScenarios(valueCase: ValueCase | ValueCaseInput, options?: EvaluateScenariosOptions): ScenarioComparison {
  const model = modelOf(valueCase);
  const defined = model.valueCase;
  const scenarios = options?.scenarios ?? (defined.scenarios ?? []).map((scenario) => scenario.id);
  const shared = {
    ...(options?.basis === undefined ? {} : { basis: options.basis }),
    ...(options?.frame === undefined ? {} : { frame: options.frame }),
  };
  const evaluations: Evaluation[] = [];
  if (options?.includeBase ?? true) evaluations.push(evaluate(defined, shared));
  for (const scenario of scenarios) evaluations.push(evaluate(defined, { ...shared, scenario }));
  const rows = evaluations.map((e): ScenarioRow => ({
    id: e.scenario?.id ?? "base",
    label: e.scenario?.label ?? "Base case",
    npv: e.unadjusted.npv,
    weightedNpv: e.weighted.npv,
    weightedIrr: e.weighted.irr,
    weightedRoi: e.weighted.roi,
    weightedPayback: e.weighted.payback,
    weightedDiscountedPayback: e.weighted.discountedPayback,
  }));
  return deepFreeze({ rows, evaluations });
}
