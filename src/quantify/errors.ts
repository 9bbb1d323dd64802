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

/** Thrown by `defineValueCase` (and functions given an undefined case) when the case has problems. */
export class QuantifyValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value case") {
    super(QUANTIFY_ERROR_CODES.invalidCase, subject, issues);
  }
}

/** Thrown by `evaluate` when a frame is given and value-line links do not resolve in it. */
export class QuantifyLinkError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[]) {
    super(QUANTIFY_ERROR_CODES.danglingLink, "value case links", issues);
  }
}

/** Thrown when options passed to a quantify function are invalid (unknown driver, bad percentile…). */
export class QuantifyOptionsError extends ValueframeValidationError {
  constructor(subject: string, issues: readonly ValueframeIssue[]) {
    super(QUANTIFY_ERROR_CODES.invalidOptions, subject, issues);
  }
}

/** Thrown when a computation cannot give a finite exact figure, or a choice is too large to be exact. */
export class QuantifyError extends ValueframeError {}
