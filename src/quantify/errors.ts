/**
 * The errors quantify throws. Invalid cases and bad links list every problem with its path; the other
 * errors carry one stable code each.
 */
import { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of quantify errors. */
export const QUANTIFY_ERROR_CODES = {
  /** The value case is not valid: shape, names, formulas, cycles or units (see `issues`). */
  invalid: "QUANTIFY_INVALID",
  /** Arguments or options of a quantify function are not valid (see `issues`). */
  invalidArgument: "QUANTIFY_INVALID_ARGUMENT",
  /** Links of value lines name frame elements the given frame does not have (see `issues`). */
  unknownId: "QUANTIFY_UNKNOWN_ID",
  /** A formula has no finite value for the given inputs (division by zero, log of a negative number…). */
  notFinite: "QUANTIFY_NOT_FINITE",
  /** Too many candidates for an exact choice. */
  tooManyCandidates: "QUANTIFY_TOO_MANY_CANDIDATES",
  /**
   * A figure a formula, a driver's distribution or the discounting gives is outside 1e-100 ≤ |x| < 1e100
   * (docs/limits.md); refused before the work it would cost.
   */
  outOfRange: "QUANTIFY_OUT_OF_RANGE",
} as const;

/** One of {@link QUANTIFY_ERROR_CODES}. */
export type QuantifyErrorCode = (typeof QUANTIFY_ERROR_CODES)[keyof typeof QUANTIFY_ERROR_CODES];

/**
 * Thrown by `defineValueCase` (and functions given an undefined case) when the case has problems.
 *
 * @example
 * ```ts
 * const broken = { ...readCase(), quantities: [{ id: "half", formula: "annualRevenu / 2" }] };
 * const error = (() => { try { defineValueCase(broken); } catch (thrown) { return thrown; } })();
 * error instanceof QuantifyValidationError; //=> true
 * error.issues[0].message; //=> "unknown name \"annualRevenu\" in \"annualRevenu / 2\" (did you mean \"annualRevenue\"?)"
 * ```
 */
export class QuantifyValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value case") {
    super(QUANTIFY_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown by `evaluate` when a frame is given and value-line links do not resolve in it.
 *
 * @example
 * ```ts
 * const emptyFrame = { goals: [], successFactors: [], issues: [], solutions: [], values: [] };
 * const error = (() => { try { evaluate(distributor, { frame: emptyFrame }); } catch (thrown) { return thrown; } })();
 * error instanceof QuantifyLinkError; //=> true
 * error.issues[0].message; //=> "goal \"g-cash\" is not in the frame (its goals: none)"
 * ```
 */
export class QuantifyLinkError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value case links") {
    super(QUANTIFY_ERROR_CODES.unknownId, issues, subject);
  }
}

/**
 * Thrown when options passed to a quantify function are invalid (unknown driver, bad percentile…).
 *
 * @example
 * ```ts
 * const error = (() => { try { simulate(distributor, { iterations: 0 }); } catch (thrown) { return thrown; } })();
 * error instanceof QuantifyArgumentError; //=> true
 * error.issues[0].path; //=> ["iterations"]
 * ```
 */
export class QuantifyArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(QUANTIFY_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown when a computation cannot give a finite exact figure (`QUANTIFY_NOT_FINITE`), a figure would
 * leave the supported range (`QUANTIFY_OUT_OF_RANGE`), or a choice is too large to be exact
 * (`QUANTIFY_TOO_MANY_CANDIDATES`). When the problem has a place in the case, `path` holds it and the
 * message starts with it.
 *
 * @example
 * ```ts
 * const candidates = Array.from({ length: 31 }, (_, i) => ({ id: `c${i}`, cost: 1, value: 1 }));
 * const error = (() => { try { chooseSolutions(candidates, { budget: 10 }); } catch (thrown) { return thrown; } })();
 * error.code; //=> "QUANTIFY_TOO_MANY_CANDIDATES"
 * ```
 */
export class QuantifyError extends ValueframeError {
  /** Where in the case the problem is, e.g. `["lines", 0, "amount"]`, when it has a place. */
  readonly path: IssuePath | undefined;

  constructor(code: string, message: string, options?: { readonly path?: IssuePath; readonly cause?: unknown }) {
    const path = options?.path;
    super(code, path === undefined ? message : `${formatPath(path)}: ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = path === undefined ? undefined : Object.freeze([...path]);
  }
}
