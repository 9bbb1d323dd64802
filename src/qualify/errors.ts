/** The errors valueframe/qualify throws: invalid qualification data, bad arguments. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of qualification errors. */
export const QUALIFY_ERROR_CODES = {
  /** The qualification data is not valid: shape, ids, scales, weights (see `issues`). */
  invalid: "QUALIFY_INVALID",
  /** Arguments or options of a qualification function are not valid (see `issues`). */
  invalidArgument: "QUALIFY_INVALID_ARGUMENT",
} as const;

/** One of {@link QUALIFY_ERROR_CODES}. */
export type QualifyErrorCode = (typeof QUALIFY_ERROR_CODES)[keyof typeof QUALIFY_ERROR_CODES];

/**
 * Thrown when qualification data is not valid: `issues` lists every problem — a score off the scale, a
 * supplier scored on an unknown criterion, weights that are negative or all zero — each with its path.
 * Code: `QUALIFY_INVALID`.
 *
 * @example
 * ```ts
 * try { definePurchaseCriteria({ criteria: [{ id: "price", name: "Price", weight: -1 }], suppliers: [] }); }
 * catch (error) { if (error instanceof QualifyValidationError) error.issues[0]?.path; } //=> ["criteria", 0, "weight"]
 * ```
 */
export class QualifyValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "qualification") {
    super(QUALIFY_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when an argument or option of a qualification function is not what it accepts (code
 * `QUALIFY_INVALID_ARGUMENT`), every problem listed with its path.
 *
 * @example
 * ```ts
 * try { compareSuppliers(criteria, { us: "nobody" }); }
 * catch (error) { if (error instanceof QualifyArgumentError) error.issues[0]?.path; } //=> ["us"]
 * ```
 */
export class QualifyArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(QUALIFY_ERROR_CODES.invalidArgument, issues, subject);
  }
}
