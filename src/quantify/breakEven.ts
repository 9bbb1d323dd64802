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
import { caseNpv, compute } from "./_internal/compute.js";
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
 * Finds the value of `driver` at which NPV is zero, the other drivers held at their values: a sign-
 * changing bracket is found (widened from the starting range up to 60 doublings), then narrowed in
 * Decimal by the Illinois method (regula falsi that never stalls) until NPV is within 1e-24 of its scale.
 *
 * @param valueCase - a defined case or case data
 * @param driver - id of the driver to solve for
 * @param options - `measure`, a starting bracket `low`/`high`, and the shared options
 * @returns the break-even value, or `value: null` with `reason` when NPV never reaches 0
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown driver or a bad bracket
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
  if (issues.length > 0 || target === undefined) throw new QuantifyArgumentError(issues, "break-even options");
  const weighted = (options?.measure ?? "weighted") === "weighted";

  const npvAt = (x: Decimal): Decimal | undefined => {
    const drivers = new Map(settings.drivers);
    drivers.set(driver, x);
    try {
      return caseNpv(compute(model, { ...settings, drivers }), weighted);
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
  let fLow = npvAt(low);
  let fHigh = npvAt(high);
  let iterations = 0;
  const result = (value: Decimal | null, npv: Decimal | null, reason?: string): BreakEven =>
    deepFreeze({ driver, value, npv, bracket: value === null ? null : { low, high }, iterations, reason });

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

const sign = (value: Decimal): number => (value.isZero() ? 0 : value.isNegative() ? -1 : 1);
