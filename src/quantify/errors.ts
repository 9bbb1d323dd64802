/**
 * The errors quantify throws. Invalid cases and bad links list every problem with its path; the other
 * errors carry one stable code each.
 */
import { ValueframeError, ValueframeValidationError } from "../errors/ValueframeError.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";

/** Stable codes of quantify errors. */
export const QUANTIFY_ERROR_CODES = {
  /** The value case is not valid: shape, names, formulas, cycles or units (see `issues`). */
  invalidCase: "QUANTIFY_INVALID_CASE",
  /** Links of value lines name frame elements the given frame does not have (see `issues`). */
  danglingLink: "QUANTIFY_DANGLING_LINK",
  /** Options of a quantify function are not valid (see `issues`). */
  invalidOptions: "QUANTIFY_INVALID_OPTIONS",
  /** A formula has no finite value for the given inputs (division by zero, log of a negative number…). */
  notFinite: "QUANTIFY_NOT_FINITE",
  /** Too many candidates for an exact choice. */
  tooManyCandidates: "QUANTIFY_TOO_MANY_CANDIDATES",
} as const;

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
    super(QUANTIFY_ERROR_CODES.invalidCase, subject, issues);
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
  constructor(issues: readonly ValueframeIssue[]) {
    super(QUANTIFY_ERROR_CODES.danglingLink, "value case links", issues);
  }
}

/**
 * Thrown when options passed to a quantify function are invalid (unknown driver, bad percentile…).
 *
 * @example
 * ```ts
 * const error = (() => { try { simulate(distributor, { iterations: 0 }); } catch (thrown) { return thrown; } })();
 * error instanceof QuantifyOptionsError; //=> true
 * error.issues[0].path; //=> ["iterations"]
 * ```
 */
export class QuantifyOptionsError extends ValueframeValidationError {
  constructor(subject: string, issues: readonly ValueframeIssue[]) {
    super(QUANTIFY_ERROR_CODES.invalidOptions, subject, issues);
  }
}

/**
 * Thrown when a computation cannot give a finite exact figure (`QUANTIFY_NOT_FINITE`), or a choice is
 * too large to be exact (`QUANTIFY_TOO_MANY_CANDIDATES`).
 *
 * @example
 * ```ts
 * const candidates = Array.from({ length: 31 }, (_, i) => ({ id: `c${i}`, cost: 1, value: 1 }));
 * const error = (() => { try { chooseSolutions(candidates, { budget: 10 }); } catch (thrown) { return thrown; } })();
 * error.code; //=> "QUANTIFY_TOO_MANY_CANDIDATES"
 * ```
 */
export class QuantifyError extends ValueframeError {}
