/**
 * Argument checking for finance functions: collects every problem with its path, then throws one
 * FinanceArgumentError listing them all.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec, numericProblem, toDec } from "../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../numeric/decimal.js";
import { NOT_NUMERIC } from "../../_internal/numericSchema.js";
import { FinanceArgumentError } from "../errors.js";

/** A bound a numeric argument must respect. */
export type Rule = "rateAboveMinusOne" | "positive" | "nonNegative" | "nonZero" | "integer" | "atLeastOne";

const ruleChecks: Record<Rule, (d: Decimal) => [code: string, message: string] | undefined> = {
  rateAboveMinusOne: (d) => (d.gt(-1) ? undefined : ["too_small", `must be greater than -1 (-100 %), got ${d.toString()}`]),
  positive: (d) => (d.gt(0) ? undefined : ["too_small", `must be greater than 0, got ${d.toString()}`]),
  nonNegative: (d) => (d.gte(0) ? undefined : ["too_small", `must not be negative, got ${d.toString()}`]),
  nonZero: (d) => (d.isZero() ? ["too_small", "must not be 0"] : undefined),
  integer: (d) => (d.isInteger() ? undefined : ["not_integer", `must be a whole number, got ${d.toString()}`]),
  atLeastOne: (d) => (d.gte(1) ? undefined : ["too_small", `must be at least 1, got ${d.toString()}`]),
};

const ZERO = new Dec(0);

/** Collects the argument problems of one call. */
export class Args {
  readonly issues: ValueframeIssue[] = [];

  constructor(readonly fn: string) {}

  /** Records a problem at `path`. */
  add(path: readonly (string | number)[], code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  /** True when `value` is a usable number; records why not otherwise. */
  isNum(path: readonly (string | number)[], value: unknown): value is Numeric {
    const problem = numericProblem(value);
    if (problem === undefined) return true;
    // A missing argument is a wrong type like any missing field; a present one that is no number is not_numeric.
    this.add(path, value === undefined ? "invalid_type" : NOT_NUMERIC, problem);
    return false;
  }

  /** A numeric argument as a Decimal (0 when invalid: `done()` throws before it is used). */
  dec(name: string, value: unknown, ...rules: Rule[]): Decimal {
    return this.decAt([name], value, rules);
  }

  /** A numeric value at `path` (a field of an object argument) as a Decimal, checked against `rules`. */
  decAt(path: readonly (string | number)[], value: unknown, rules: readonly Rule[]): Decimal {
    if (!this.isNum(path, value)) return ZERO;
    const d = toDec(value);
    this.check(path, d, rules);
    return d;
  }

  /** An optional numeric argument: `fallback` when `undefined`. */
  optDec(name: string, value: unknown, fallback: Numeric, ...rules: Rule[]): Decimal {
    if (value !== undefined) return this.dec(name, value, ...rules);
    // A Dec fallback is returned as it is (Decimals are immutable): no copy per call.
    return fallback instanceof Dec ? fallback : toDec(fallback);
  }

  /** Applies `rules` to a Decimal at `path`, recording the first that fails. */
  check(path: readonly (string | number)[], d: Decimal, rules: readonly Rule[]): void {
    for (const rule of rules) {
      const failure = ruleChecks[rule](d);
      if (failure !== undefined) {
        this.add(path, failure[0], failure[1]);
        return;
      }
    }
  }

  /** A list argument: must be an array of at least `min` numbers; every bad element is recorded. */
  list(name: string, values: unknown, min: number): readonly Numeric[] {
    if (!Array.isArray(values)) {
      this.add([name], "invalid_type", `expected an array of numbers, got ${values === null ? "null" : typeof values}`);
      return [];
    }
    if (values.length < min) {
      this.add([name], "too_small", `needs at least ${min} value${min === 1 ? "" : "s"}, got ${values.length}`);
    }
    // The path of a problem is made only when there is one (isNum records it): this runs once per flow
    // of every call.
    for (let i = 0; i < values.length; i++) if (numericProblem(values[i]) !== undefined) this.isNum([name, i], values[i]);
    return values as readonly Numeric[];
  }

  /** `type` of spreadsheet annuity functions: 0 (end of period, default) or 1 (beginning). */
  paymentType(value: unknown): 0 | 1 {
    if (value === undefined || value === 0 || value === 1) return value ?? 0;
    this.add(["type"], "invalid_value", `must be 0 (end of period) or 1 (beginning of period), got ${String(value)}`);
    return 0;
  }

  /** One of the listed literal values of an option, or `fallback` when absent. */
  choice<T extends string | number>(path: readonly (string | number)[], value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.add(path, "invalid_value", `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value)}`);
    return fallback;
  }

  /** An options argument: `undefined` or a plain object. */
  options(value: unknown): Record<string, unknown> {
    return value === undefined ? {} : (this.object(["options"], value, "an options object") ?? {});
  }

  /** A plain object (named fields in one parameter); `undefined` after recording a problem otherwise. */
  object(path: readonly (string | number)[], value: unknown, expected: string): Record<string, unknown> | undefined {
    // Written out rather than importing isRecord: finance then shares one chunk fewer with the root entry.
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    this.add(path, "invalid_type", `expected ${expected}, got ${got}`);
    return undefined;
  }

  /** The fields of an object argument; throws at once when it is not an object (its fields cannot be checked). */
  fields(value: unknown, expected: string): Record<string, unknown> {
    const fields = this.object([], value, expected);
    if (fields === undefined) this.done();
    return fields ?? {};
  }

  /** Throws one FinanceArgumentError listing every recorded problem. */
  done(): void {
    if (this.issues.length > 0) throw new FinanceArgumentError(this.issues, this.fn);
  }
}
