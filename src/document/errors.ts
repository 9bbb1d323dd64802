/** The error the document module throws: every problem of every member, each located from the document's root. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of document errors. */
export const DOCUMENT_ERROR_CODES = {
  /** The document or one of its members is not valid (see `issues`, each path starting at the member). */
  invalid: "DOCUMENT_INVALID",
} as const;

/** One of {@link DOCUMENT_ERROR_CODES}. */
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[keyof typeof DOCUMENT_ERROR_CODES];

/**
 * Thrown by {@link defineValueDocument} when a value-case document or any of its members is invalid.
 * `issues` lists every problem across members; each path starts with the member it is in (`"frame"`,
 * `"case"`, `"bvf"`), e.g. `["case", "drivers", 2, "value"]`. Code: `DOCUMENT_INVALID`.
 *
 * @example
 * ```ts
 * try { defineValueDocument({ frame: { customer: { name: "ACME" }, currency: "cny" } }); }
 * catch (error) { if (error instanceof DocumentValidationError) error.issues[0]?.path; } //=> ["frame", "currency"]
 * ```
 */
export class DocumentValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value-case document") {
    super(DOCUMENT_ERROR_CODES.invalid, issues, subject);
  }
}
