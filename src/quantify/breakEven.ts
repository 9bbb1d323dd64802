/** The value of one driver at which NPV is exactly zero. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { Dec } from "../numeric/decimal.js";
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { numericProblem, toDec } from "../numeric/decimal.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { modelOf } from "./defineValueCase.js";
import { QuantifyError, QuantifyArgumentError } from "./errors.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import type { BreakEven, CaseOptions } from "./types.js";
import { compute, netFlows } from "./_internal/compute.js";
import { presentValues } from "./_internal/presentValues.js";
import { swingOf } from "./_internal/distributions.js";
import { resolveSettings } from "./_internal/settings.js";

/** Options of {@link breakEven}. */
export interface BreakEvenOptions extends CaseOptions {
  /** Which NPV must reach zero: probability-weighted (default) or unadjusted. */
  readonly measure?: "weighted" | "unadjusted";
  /** Where to start looking (default: the driver's range, else half to twice its value); widened if needed. */
  readonly low?: Numeric;
  readonly high?: Numeric;
}

const TWO = new Dec(2);
const MAX_WIDENINGS = 60;
const MAX_ITERATIONS = 300;
/**
 * Most work a search may do: Σ over its evaluations of periods × (lines + 1), what one evaluation of the
 * case touches (12–30 µs a unit on a two-core machine, so a few seconds at most; 420 evaluations over
 * 1200 months took 60–90 s). A yearly case of a few years is never held back by it (the 420 evaluations
 * above come first); one over 1200 months gets about 166 / (lines + 1) evaluations, 33 for the
 * distributor, where a linear NPV needs three.
 */
export const MAX_BREAK_EVEN_WORK = 200_000;

/**
 * Finds the value of `driver` at which NPV is zero, the other drivers held at their values: a sign-
 * changing bracket is found (widened from the starting range up to 60 doublings), then narrowed in
 * Decimal by the Illinois method (regula falsi that never stalls) until NPV is within 1e-24 of its scale.
 *
 * @param valueCase - a defined case or case data
 * @param driver - id of the driver to solve for
 * @param options - `measure`, a starting bracket `low`/`high`, and the shared options
 * The search evaluates the case at most 420 times, and at most as often as {@link MAX_BREAK_EVEN_WORK}
 * allows for the case's size (periods × (lines + 1) per evaluation); out of evaluations it returns
 * `value: null` with the reason.
 *
 * @returns the break-even value, or `value: null` with `reason` when NPV never reaches 0 or the search
 * runs out of evaluations
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown driver or a bad bracket;
 * issue `too_big` when not even three evaluations of the case fit the work limit
 *
 * @example
 * ```ts
 * breakEven(distributor, "dsoReduction").value?.toFixed(4); //=> "1.6249"
 * ```
 */
export function breakEven(valueCase: ValueCase | ValueCaseInput, driver: string, options?: BreakEvenOptions): BreakEven {
  const model = modelOf(valueCase);
  const { settings } = resolveSettings(model, options, "break-even options");
  const issues: ValueframeIssue[] = [];
  const target = model.driverById.get(driver);
  if (target === undefined) issues.push({ path: ["driver"], code: "unknown_driver", message: `"${driver}" is not a driver of the case` });
  for (const key of ["low", "high"] as const) {
    const given = options?.[key];
    const problem = given === undefined ? undefined : numericProblem(given);
    if (problem !== undefined) issues.push({ path: [key], code: "not_numeric", message: problem });
  }
  const perEvaluation = (model.valueCase.horizon + 1) * (model.lines.length + 1);
  const budget = Math.min(2 * MAX_WIDENINGS + MAX_ITERATIONS + 3, Math.floor(MAX_BREAK_EVEN_WORK / perEvaluation));
  if (budget < 3) {
    issues.push({
      path: [],
      code: "too_big",
      message: `the case is too large for a break-even search: one evaluation is ${model.valueCase.horizon + 1} periods × ${model.lines.length + 1} (lines and the total) = ${perEvaluation.toLocaleString("en-US")}, and a search of at least three may do ${MAX_BREAK_EVEN_WORK.toLocaleString("en-US")} in all; shorten the horizon, use longer periods or fewer lines`,
    });
  }
  if (issues.length > 0 || target === undefined) throw new QuantifyArgumentError(issues, "break-even options");
  const weighted = (options?.measure ?? "weighted") === "weighted";

  let evaluations = 0;
  // Ends the search from inside any step; caught below, never leaves breakEven.
  const outOfEvaluations = new Error("out of evaluations");
  const npvAt = (x: Decimal): Decimal | undefined => {
    if (evaluations >= budget) throw outOfEvaluations;
    evaluations++;
    const drivers = new Map(settings.drivers);
    drivers.set(driver, x);
    try {
      const computed = compute(model, { ...settings, drivers });
      return (presentValues(computed.periodRate, [netFlows(computed, weighted)]) as [Decimal])[0];
    } catch (error) {
      if (error instanceof QuantifyError) return undefined;
      throw error;
    }
  };

  const base = settings.drivers?.get(driver) ?? target.value;
  const range = swingOf(target);
  const spread = base.isZero() ? new Dec(1) : base.abs().div(2);
  let low = options?.low !== undefined ? toDec(options.low) : range?.low ?? base.minus(spread);
  let high = options?.high !== undefined ? toDec(options.high) : range?.high ?? base.plus(spread);
  if (low.gt(high)) [low, high] = [high, low];
  let iterations = 0;
  const result = (value: Decimal | null, npv: Decimal | null, reason?: string): BreakEven =>
    deepFreeze({ driver, value, npv, bracket: value === null ? null : { low, high }, iterations, reason });
  try {
    return search();
  } catch (error) {
    if (error !== outOfEvaluations) throw error;
    const size = `${model.valueCase.horizon + 1} periods and ${model.lines.length} lines`;
    return result(null, null, `the search stopped after ${evaluations} evaluations, the most a case of ${size} may have (docs/limits.md); give a narrower low and high`);
  }

  function search(): BreakEven {
    let fLow = npvAt(low);
    let fHigh = npvAt(high);

    for (let widen = 0; !(fLow !== undefined && fHigh !== undefined && sign(fLow) * sign(fHigh) <= 0); widen++) {
      if (widen >= MAX_WIDENINGS || (fLow === undefined && fHigh === undefined)) {
        return result(null, null, `NPV does not reach 0 for ${driver} between ${low.toString()} and ${high.toString()}`);
      }
      const width = high.minus(low);
      if (fLow !== undefined) {
        low = low.minus(width);
        fLow = npvAt(low);
      }
      if (fHigh !== undefined) {
        high = high.plus(width);
        fHigh = npvAt(high);
      }
    }
    let a = low;
    let b = high;
    let fa = fLow as Decimal;
    let fb = fHigh as Decimal;
    if (fa.isZero()) return result(a, fa);
    if (fb.isZero()) return result(b, fb);
    const scale = Dec.max(fa.abs(), fb.abs(), 1);
    const tolerance = scale.times("1e-24");
    let side = 0;
    let x = a;
    let fx = fa;
    for (; iterations < MAX_ITERATIONS; iterations++) {
      x = b.minus(fb.times(b.minus(a)).div(fb.minus(fa)));
      const value = npvAt(x);
      if (value === undefined) {
        x = a.plus(b).div(TWO);
        fx = npvAt(x) ?? fa;
      } else fx = value;
      if (fx.abs().lte(tolerance) || b.minus(a).abs().lte(Dec.max(x.abs(), 1).times("1e-35"))) break;
      if (sign(fx) === sign(fb)) {
        b = x;
        fb = fx;
        if (side === 1) fa = fa.div(TWO);
        side = 1;
      } else {
        a = x;
        fa = fx;
        if (side === -1) fb = fb.div(TWO);
        side = -1;
      }
    }
    iterations++;
    return result(x, fx);
  }
}

const sign = (value: Decimal): number => (value.isZero() ? 0 : value.isNegative() ? -1 : 1);
