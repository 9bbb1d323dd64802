/**
 * The errors valueframe/finance throws. Every spreadsheet error value (#NUM!, #DIV/0!, #VALUE!) has a
 * typed counterpart here with a stable `code`, so a caller never receives NaN or Infinity.
 */
import { ValueframeError, ValueframeValidationError } from "../errors/ValueframeError.js";
import { shortText } from "../numeric/decimal.js";
import type { Decimal } from "../numeric/decimal.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of finance errors. */
export const FINANCE_ERROR_CODES = {
  /** An argument is missing, not a number or outside the function's domain (see `issues`). */
  invalidArgument: "FINANCE_INVALID_ARGUMENT",
  /** IRR, XIRR or MIRR on flows without both signs. */
  noSignChange: "FINANCE_NO_SIGN_CHANGE",
  /** The root search did not reach its accuracy. */
  noConvergence: "FINANCE_NO_CONVERGENCE",
  /** No finite answer exists (a division by zero, no root). */
  noSolution: "FINANCE_NO_SOLUTION",
  /** The answer is beyond the range a spreadsheet holds, 1e308 in size (spreadsheets: #NUM!). */
  outOfRange: "FINANCE_OUT_OF_RANGE",
} as const;

/** One of {@link FINANCE_ERROR_CODES}. */
export type FinanceErrorCode = (typeof FINANCE_ERROR_CODES)[keyof typeof FINANCE_ERROR_CODES];

/**
 * Every error valueframe/finance throws is an `instanceof FinanceError`, with `fn` naming the function
 * that threw: the computation errors (no sign change, no convergence, no solution) derive from it, and
 * {@link FinanceArgumentError} — a located validation error like every module's argument errors —
 * counts as one too (any valueframe error whose code starts with `FINANCE_`).
 *
 * @example
 * ```ts
 * const error = (() => { try { irr([100, 200]); } catch (thrown) { return thrown; } })();
 * error instanceof FinanceError; //=> true
 * error.fn; //=> "irr"
 * (() => { try { npv("x", [1]); } catch (thrown) { return thrown instanceof FinanceError; } })(); //=> true
 * ```
 */
export class FinanceError extends ValueframeError {
  /** The finance function that threw, e.g. `"irr"`. */
  readonly fn: string;

  // FinanceArgumentError must extend ValueframeValidationError, so membership goes by code, not by prototype.
  // Subclasses keep the ordinary test: a FinanceNoSolutionError is not a FinanceNoSignChangeError.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== FinanceError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return value instanceof ValueframeError && value.code.startsWith("FINANCE_") && typeof (value as { fn?: unknown }).fn === "string";
  }

  constructor(code: FinanceErrorCode, fn: string, message: string, options?: { cause?: unknown }) {
    super(code, `${fn}: ${message}`, options);
    this.fn = fn;
  }
}

/**
 * An argument is missing, not a number, or outside the function's domain (spreadsheets: #VALUE! or
 * #NUM!). Lists every bad argument like every valueframe validation error; `fn` names the function,
 * `argument` and `index` the first bad argument.
 *
 * @example
 * ```ts
 * const error = (() => { try { npv(-2, [100, "1,5"]); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_INVALID_ARGUMENT"
 * error.issues.map((issue) => issue.path); //=> [["rate"], ["values", 1]]
 * ```
 */
export class FinanceArgumentError extends ValueframeValidationError {
  /** The finance function that threw, e.g. `"npv"`. */
  readonly fn: string;
  /** Name of the first bad argument, e.g. `"values"`. */
  readonly argument: string;
  /** Index into the first bad argument when it is a list, else `undefined`. */
  readonly index: number | undefined;

  constructor(issues: readonly ValueframeIssue[], fn: string) {
    super(FINANCE_ERROR_CODES.invalidArgument, issues, `${fn} arguments`);
    this.fn = fn;
    const first = issues[0]?.path ?? [];
    this.argument = String(first[0] ?? "");
    this.index = typeof first[1] === "number" ? first[1] : undefined;
  }
}

/**
 * IRR, XIRR or MIRR on a series without both a positive and a negative flow (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * const error = (() => { try { irr([100, 200]); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_NO_SIGN_CHANGE"
 * ```
 */
export class FinanceNoSignChangeError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noSignChange, fn, message);
  }
}

/**
 * A solver could not reach the required accuracy (spreadsheets: #NUM!). valueframe's solvers locate
 * every root before polishing one, so this is a guard: no known series raises it.
 *
 * @example
 * ```ts
 * new FinanceNoConvergenceError("xirr", "no root to 30 digits").code; //=> "FINANCE_NO_CONVERGENCE"
 * ```
 */
export class FinanceNoConvergenceError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noConvergence, fn, message);
  }
}

/**
 * The measure has no finite value for these inputs: a division by zero or no root (#NUM!, #DIV/0!).
 *
 * @example
 * ```ts
 * const error = (() => { try { roi(1000, 0); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_NO_SOLUTION"
 * ```
 */
export class FinanceNoSolutionError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noSolution, fn, message);
  }
}

/**
 * The answer is 1e308 or more in size, or overflows on the way (spreadsheets: #NUM!): compounding over
 * a huge number of periods, say. A figure that large cannot be written out, so it is refused.
 *
 * @example
 * ```ts
 * const error = (() => { try { fv(0.05, 1e15, -100); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_OUT_OF_RANGE"
 * ```
 */
export class FinanceOutOfRangeError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.outOfRange, fn, message);
  }
}

/** Largest decimal exponent of a result: spreadsheets hold numbers below 1e308 in size. */
export const MAX_RESULT_EXPONENT = 307;

/** `value` when it is finite and below 1e308 in size; else a {@link FinanceOutOfRangeError} of `fn`. */
export function inSpreadsheetRange(fn: string, value: Decimal): Decimal {
  if (value.isFinite() && value.e <= MAX_RESULT_EXPONENT) return value;
  const what = value.isFinite() ? `is ${shortText(value)}` : "overflows";
  throw new FinanceOutOfRangeError(fn, `the result ${what}: beyond the range a spreadsheet holds (below 1e308 in size; it shows #NUM!)`);
}
