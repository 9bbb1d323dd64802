/** The error the document module throws: every problem of every member, each located from the document's root. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

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
  constructor(issues: readonly ValueframeIssue[]) {
    super("DOCUMENT_INVALID", "value-case document", issues);
  }
}
