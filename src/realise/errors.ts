/** The errors valueframe/realise throws: an invalid realisation, bad arguments. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of realisation errors. */
export const REALISE_ERROR_CODES = {
  /** The realisation is not valid: shape, KPIs, links to the case, measurements (see `issues`). */
  invalid: "REALISE_INVALID",
  /** Arguments or options of a realisation function are not valid (see `issues`). */
  invalidArgument: "REALISE_INVALID_ARGUMENT",
} as const;

/** One of {@link REALISE_ERROR_CODES}. */
export type RealiseErrorCode = (typeof REALISE_ERROR_CODES)[keyof typeof REALISE_ERROR_CODES];

/**
 * Thrown by {@link defineRealisation} when the input is not a valid realisation: `issues` lists every
 * problem — a measurement of an unknown KPI, a unit that is not the KPI's, a date outside the case's
 * horizon or after `asOf`, two measurements of one KPI on one date without a correction, a value that is
 * not a decimal, a driver or line the case lacks — each with its path. Code: `REALISE_INVALID`.
 *
 * @example
 * ```ts
 * try { defineRealisation({ start: "2025-12-01", kpis: [], actuals: [{ kpi: "k-dso", date: "2026-01-31", value: "60", source: "ERP" }] }); }
 * catch (error) { if (error instanceof RealiseValidationError) error.issues[0]?.path; } //=> ["actuals", 0, "kpi"]
 * ```
 */
export class RealiseValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "realisation") {
    super(REALISE_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when an argument or option of a realisation function is not what it accepts, e.g. an `asOf`
 * that is not a calendar date or a missing value case (code `REALISE_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * try { trackRealisation(realisation, { valueCase, asOf: "soon" }); }
 * catch (error) { if (error instanceof RealiseArgumentError) error.issues[0]?.path; } //=> ["asOf"]
 * ```
 */
export class RealiseArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(REALISE_ERROR_CODES.invalidArgument, issues, subject);
  }
}
