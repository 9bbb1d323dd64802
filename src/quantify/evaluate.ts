/** Evaluates a value case: cash-flow table, measures (unadjusted and probability-weighted), goals, double counting, trace. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Decimal } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import type { CaseOptions, DriverValue, Evaluation, Figure, FrameLike } from "./types.js";
import { compute } from "./_internal/compute.js";
import type { Computed } from "./_internal/compute.js";
import { doubleCounting } from "./_internal/doubleCounting.js";
import { goalContributions } from "./_internal/goalContributions.js";
import { lineEvaluation } from "./_internal/lineEvaluation.js";
import { checkLinks } from "./_internal/links.js";
import { traceMeasures } from "./_internal/measureTrace.js";
import { measures } from "./_internal/measures.js";
import type { Model } from "./_internal/model.js";
import { periodTable } from "./_internal/periodTable.js";
import { resolveSettings } from "./_internal/settings.js";
import { driverFigure, formulaFigure, unitText } from "./_internal/trace.js";
import type { PutFigure } from "./_internal/trace.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions extends CaseOptions {
  /** The customer's reference frame: links must resolve in it, and goal gaps come from it. */
  readonly frame?: FrameLike;
}

/**
 * Evaluates a value case exactly, in Decimal.
 *
 * Every line's amount (its formula × extension factors × risk adjustment) is spread over periods
 * 0…horizon (one-time lines at their start, default 0; recurring lines from their start, default 1,
 * amounts per year split evenly over the periods of a year, ramp-up applied). NPV discounts period t by
 * (1 + period rate)^t, so up-front flows at t = 0 are not discounted; the period rate comes from the
 * annual rate by `rateBasis` (default `compound`: (1 + r)^(1/n) − 1). Each measure is given unadjusted
 * and with every line weighted by its probability. An IRR that does not exist is `null` with `irrNote`.
 *
 * @param valueCase - a case from {@link defineValueCase}, or case data (defined first)
 * @param options - `scenario` (id or data), `drivers` (values to use), `basis` (`value` or `mean`), `frame`
 * @returns the frozen {@link Evaluation}
 * @throws {QuantifyValidationError} `QUANTIFY_INVALID` when case data is invalid, or (with a frame) when a goal
 *   contribution is not in its goal's unit (`unit_mismatch`) or is a percentage scaled twice (`percent_scaled_twice`)
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown scenario or driver
 * @throws {QuantifyLinkError} `QUANTIFY_UNKNOWN_ID` listing every link the frame cannot resolve
 * @throws {QuantifyError} `QUANTIFY_NOT_FINITE` when a formula divides by zero for these values;
 * `QUANTIFY_OUT_OF_RANGE` (with `path`) when a formula, a driver's mean or the discounting would leave
 * 1e-100 ≤ |x| < 1e100, refused before it is computed (docs/limits.md)
 *
 * @example
 * ```ts
 * const result = evaluate(distributor);
 * result.unadjusted.npv.toFixed(2); //=> "27093430.88"
 * formatTrace(result.trace["quantity:workingCapitalReleased"]);
 * //=> "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY"
 * ```
 */
export function evaluate(valueCase: ValueCase | ValueCaseInput, options?: EvaluateOptions): Evaluation {
  const model = modelOf(valueCase);
  const resolved = resolveSettings(model, options, "evaluate options");
  if (options?.frame !== undefined) checkLinks(model, options.frame);
  const computed = compute(model, resolved.settings);
  return deepFreeze(buildEvaluation(model, computed, resolved, options?.frame));
}

function buildEvaluation(
  model: Model,
  computed: Computed,
  resolved: ReturnType<typeof resolveSettings>,
  frame: FrameLike | undefined,
): Evaluation {
  const valueCase = model.valueCase;
  const trace: Record<string, Figure> = {};
  const put: PutFigure = (figure) => (trace[figure.id] = figure);

  const drivers: DriverValue[] = model.drivers.map((driver) => {
    const value = computed.driverValues.get(driver.id) as Decimal;
    const note = resolved.overridden.get(driver.id) ?? (resolved.settings.basis === "mean" && driver.uncertainty !== undefined ? "mean of its distribution" : undefined);
    put(driverFigure(driver, computed.env[model.slots.get(driver.id) as number] as Decimal, note === undefined ? undefined : `value from ${note}`));
    return { id: driver.id, label: driver.label ?? driver.id, value, unit: driver.unit, provenance: driver.provenance, overridden: note !== undefined };
  });

  const quantities = (valueCase.quantities ?? []).map((quantity) => {
    const q = model.quantityById.get(quantity.id);
    if (q === undefined) throw new Error("unreachable: quantity not compiled");
    const label = quantity.label ?? quantity.id;
    return put(formulaFigure(model, computed.env, `quantity:${quantity.id}`, label, q.formula, computed.env[q.slot] as Decimal, unitText(quantity.unit, q.unit)));
  });

  const lines = computed.lines.map((lf) => lineEvaluation(model, computed, lf, put, valueCase.currency));
  const unadjusted = measures(computed, false);
  const weighted = measures(computed, true);
  traceMeasures(put, computed, unadjusted, weighted, valueCase.currency);

  return {
    caseId: valueCase.id,
    name: valueCase.name,
    currency: valueCase.currency,
    period: valueCase.period,
    horizon: valueCase.horizon,
    periodsPerYear: computed.periodsPerYear,
    scenario: resolved.scenario === undefined ? undefined : { id: resolved.scenario.id, label: resolved.scenario.label ?? resolved.scenario.id },
    basis: resolved.settings.basis ?? "value",
    riskAdjustment: resolved.settings.riskAdjustment,
    discountRate: computed.annualRate,
    periodRate: computed.periodRate,
    rateBasis: valueCase.rateBasis ?? "compound",
    drivers,
    quantities,
    lines,
    periods: periodTable(computed),
    unadjusted,
    weighted,
    goals: goalContributions(model, computed, lines, frame),
    doubleCounting: doubleCounting(model, computed, lines, weighted.npv),
    trace,
  };
}
