/** The errors valueframe/pursuit throws: an invalid pursuit, bad arguments. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of pursuit errors. */
export const PURSUIT_ERROR_CODES = {
  /** The pursuit is not valid: shape, ids, people, dates, conflicting observations (see `issues`). */
  invalid: "PURSUIT_INVALID",
  /** Arguments or options of a pursuit function are not valid (see `issues`). */
  invalidArgument: "PURSUIT_INVALID_ARGUMENT",
} as const;

/** One of {@link PURSUIT_ERROR_CODES}. */
export type PursuitErrorCode = (typeof PURSUIT_ERROR_CODES)[keyof typeof PURSUIT_ERROR_CODES];

/**
 * Thrown by {@link definePursuit} when the input is not a valid pursuit: `issues` lists every problem —
 * shapes, a stage outside 1–10, duplicate ids, a person the buying centre does not hold, a price that is
 * not a decimal, anything dated after `asOf`, two observations of one person on one date that disagree
 * without a correction — each with its path. Code: `PURSUIT_INVALID`.
 *
 * @example
 * ```ts
 * try { definePursuit({ stages: [{ person: "p-cfo", date: "2026-10-01", stage: 11, source: "visit" }] }); }
 * catch (error) { if (error instanceof PursuitValidationError) error.issues[0]?.path; } //=> ["stages", 0, "stage"]
 * ```
 */
export class PursuitValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "pursuit") {
    super(PURSUIT_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when an argument or option of a pursuit function is not what it accepts, e.g. an `asOf` that
 * is not a calendar date (code `PURSUIT_INVALID_ARGUMENT`), every problem listed with its path.
 *
 * @example
 * ```ts
 * try { checkPursuit(pursuit, { asOf: "tomorrow" }); }
 * catch (error) { if (error instanceof PursuitArgumentError) error.issues[0]?.path; } //=> ["asOf"]
 * ```
 */
export class PursuitArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(PURSUIT_ERROR_CODES.invalidArgument, issues, subject);
  }
}
