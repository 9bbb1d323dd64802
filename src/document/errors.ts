/** The errors the document module throws: every problem of every member, each located from the document's root. */
import { ValueframeError, ValueframeValidationError, type IssuePath, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of document errors. */
export const DOCUMENT_ERROR_CODES = {
  /** The document or one of its members is not valid (see `issues`, each path starting at the member). */
  invalid: "DOCUMENT_INVALID",
  /** Arguments or options of a document function are not valid, e.g. an unknown scenario (see `issues`). */
  invalidArgument: "DOCUMENT_INVALID_ARGUMENT",
  /** A valid document's case could not be evaluated (see `issues`, each with the code of the underlying error). */
  evaluationFailed: "DOCUMENT_EVALUATION_FAILED",
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

/**
 * Thrown by {@link evaluateDocument} for options it cannot use, e.g. a scenario the case does not have
 * (path `["scenario"]`). Code: `DOCUMENT_INVALID_ARGUMENT`.
 * @example
 * ```ts
 * try { evaluateDocument(document, { scenario: "nope" }); }
 * catch (error) { if (error instanceof DocumentArgumentError) error.issues[0]?.code; } //=> "unknown_scenario"
 * ```
 */
export class DocumentArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "evaluateDocument options") {
    super(DOCUMENT_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown by {@link evaluateDocument} when a valid document's case cannot be evaluated: a value line
 * links to an element the document's frame lacks, a formula has no finite value… Each issue keeps the
 * code of the error underneath (`QUANTIFY_UNKNOWN_ID`'s issues, `QUANTIFY_NOT_FINITE`) and its path from
 * the document's root. Code: `DOCUMENT_EVALUATION_FAILED`.
 * @example
 * ```ts
 * try { evaluateDocument(document); }
 * catch (error) { if (error instanceof DocumentEvaluationError) error.issues[0]?.path; } //=> ["case", "lines", 0, "serves", 0]
 * ```
 */
export class DocumentEvaluationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value-case document evaluation") {
    super(DOCUMENT_ERROR_CODES.evaluationFailed, issues, subject);
  }
}

/**
 * What evaluating, simulating or analysing a document's case threw, as issues under `["case", …]`: a
 * validation error's own issues, or one issue at the path its message names. Anything that is not a
 * valueframe error is thrown on.
 */
export function caseIssuesOf(error: unknown): ValueframeIssue[] {
  if (error instanceof ValueframeValidationError) return error.issues.map((issue) => ({ ...issue, path: ["case", ...issue.path] }));
  if (error instanceof ValueframeError) {
    // Single errors name their place at the start of the message ("lines[0].amount: …").
    const message = error.message.replace(/^valueframe: /, "");
    const prefix = /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*): (.*)$/s.exec(message);
    if (prefix === null) return [{ path: ["case"], code: error.code, message }];
    const path: IssuePath = [...prefix[1]!.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
    return [{ path: ["case", ...path], code: error.code, message: prefix[2]! }];
  }
  throw error;
}
