/** Evaluates several scenarios of one case side by side. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { modelOf } from "./defineValueCase.js";
import { QuantifyArgumentError } from "./errors.js";
import { evaluate } from "./evaluate.js";
import type { ScenarioInput, ValueCase, ValueCaseInput } from "./schema.js";
import type { Evaluation, FrameLike, ScenarioComparison, ScenarioRow } from "./types.js";

/**
 * Most work one call may do: evaluations × periods × (lines + 1). An evaluation over 1200 months takes
 * about 0.25 s on a two-core machine, so the limit is about 10 s: 41 evaluations of the distributor over
 * 1200 months, thousands of a yearly case of a few years.
 */
export const MAX_SCENARIO_WORK = 250_000;
/** Most evaluations one call makes, however small the case: each costs a few milliseconds at least (a trace, measures). */
export const MAX_SCENARIOS = 1000;

/** Options of {@link evaluateScenarios}. */
export interface EvaluateScenariosOptions {
  /** Scenarios by id or as data; default: every scenario of the case. */
  readonly scenarios?: readonly (string | ScenarioInput)[];
  /** Put the case as written first, with id `"base"` (default true). */
  readonly includeBase?: boolean;
  readonly basis?: "value" | "mean";
  readonly frame?: FrameLike;
  /** Lines left out of every evaluation, by id (see `CaseOptions.excludeLines`). */
  readonly excludeLines?: readonly string[];
}

/**
 * Evaluates the case once per scenario (and once as written), for a side-by-side table.
 *
 * @param valueCase - a defined case or case data
 * @param options - which scenarios, whether to include the base case, basis and frame
 * @returns rows of headline measures and the full evaluations, in the same order
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown scenario; issue `too_big`
 * at `["scenarios"]`, before any evaluation, beyond {@link MAX_SCENARIOS} evaluations or when
 * evaluations × periods × (lines + 1) passes {@link MAX_SCENARIO_WORK}
 * @throws {QuantifyError} `QUANTIFY_OUT_OF_RANGE` or `QUANTIFY_NOT_FINITE` as {@link evaluate} does
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
    ...(options?.excludeLines === undefined ? {} : { excludeLines: options.excludeLines }),
  };
  const includeBase = options?.includeBase ?? true;
  const count = scenarios.length + (includeBase ? 1 : 0);
  const perEvaluation = (defined.horizon + 1) * (model.lines.length + 1);
  if (count > MAX_SCENARIOS || count * perEvaluation > MAX_SCENARIO_WORK) {
    const most = Math.min(MAX_SCENARIOS, Math.floor(MAX_SCENARIO_WORK / perEvaluation));
    throw new QuantifyArgumentError([{
      path: ["scenarios"],
      code: "too_big",
      message: `${count} evaluations × ${defined.horizon + 1} periods × ${model.lines.length + 1} (lines and the total) is ${(count * perEvaluation).toLocaleString("en-US")}, beyond what one call may do (${MAX_SCENARIOS} evaluations, ${MAX_SCENARIO_WORK.toLocaleString("en-US")} in all): compare at most ${most} at a time`,
    }], "scenario options");
  }
  const evaluations: Evaluation[] = [];
  if (includeBase) evaluations.push(evaluate(defined, shared));
  for (const scenario of scenarios) evaluations.push(evaluate(defined, { ...shared, scenario }));
  const rows = evaluations.map((e): ScenarioRow => ({
    id: e.scenario?.id ?? "base",
    label: e.scenario?.label ?? "Base case",
    npv: e.unadjusted.npv,
    weightedNpv: e.weighted.npv,
    weightedIrr: e.weighted.irr,
    weightedIrrAnnual: e.weighted.irrAnnual,
    weightedRoi: e.weighted.roi,
    weightedPayback: e.weighted.payback,
    weightedDiscountedPayback: e.weighted.discountedPayback,
  }));
  return deepFreeze({ rows, evaluations });
}
