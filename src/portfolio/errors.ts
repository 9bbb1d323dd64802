/** The errors valueframe/portfolio throws: invalid settings, bad arguments, a document without a case, rates not stated. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of portfolio errors. */
export const PORTFOLIO_ERROR_CODES = {
  /** The portfolio's settings are not valid: currency, rates, `asOf`, tiers, stage rates (see `issues`). */
  invalid: "PORTFOLIO_INVALID",
  /** Arguments of a portfolio function are not valid: a case without an id, a summary that is not one, an id added twice (see `issues`). */
  invalidArgument: "PORTFOLIO_INVALID_ARGUMENT",
  /** The document has no value case, so there is nothing to summarise. */
  noCase: "PORTFOLIO_NO_CASE",
  /** Figures are in a currency the portfolio states no rate for (see `missing`: every such currency and its cases). */
  unknownRate: "PORTFOLIO_UNKNOWN_RATE",
  /** The code a {@link CaseFailure} carries for an error that is not valueframe's (a fault in the caller's code or the platform). */
  caseFailed: "PORTFOLIO_CASE_FAILED",
} as const;

/** One of {@link PORTFOLIO_ERROR_CODES}. */
export type PortfolioErrorCode = (typeof PORTFOLIO_ERROR_CODES)[keyof typeof PORTFOLIO_ERROR_CODES];

/**
 * Thrown by {@link definePortfolio} when the settings are not valid: `issues` lists every problem — a
 * currency that is not ISO 4217, a rate that is not a positive decimal or lacks its source or date, a
 * rate for the reporting currency itself, an `asOf` that is not a calendar date, an unknown tier or stage
 * rate — each with its path. Code: `PORTFOLIO_INVALID`.
 *
 * @example
 * ```ts
 * try { definePortfolio({ currency: "CNY", rates: { USD: { rate: "-7.12", source: "bank", asOf: "2026-12-01" } } }); }
 * catch (error) { if (error instanceof PortfolioValidationError) error.issues[0]?.path; } //=> ["rates", "USD", "rate"]
 * ```
 */
export class PortfolioValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "portfolio") {
    super(PORTFOLIO_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when an argument of a portfolio function is not what it accepts: `summariseCase` without an
 * id, `add` with something that is not a case summary or a case failure, or with an id already added
 * (code `PORTFOLIO_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * try { summariseCase(evaluated, { id: "" }); }
 * catch (error) { if (error instanceof PortfolioArgumentError) error.issues[0]?.path; } //=> ["id"]
 * ```
 */
export class PortfolioArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(PORTFOLIO_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown by {@link summariseCase} for a document without a value case: a frame or a BVF alone has no
 * figures to put in a portfolio. Its one issue is at `["case"]`, so {@link caseFailure} reports it like
 * any other problem of the document. Code: `PORTFOLIO_NO_CASE`.
 *
 * @example
 * ```ts
 * try { summariseCase(evaluateDocument(defineValueDocument({ frame })), { id: "frame-only" }); }
 * catch (error) { if (error instanceof PortfolioNoCaseError) error.issues[0]?.path; } //=> ["case"]
 * ```
 */
export class PortfolioNoCaseError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "value-case document") {
    super(PORTFOLIO_ERROR_CODES.noCase, issues, subject);
  }
}

/** A currency without a stated rate, and the cases whose figures are in it (sorted by id). */
export interface MissingRate {
  readonly currency: string;
  readonly cases: readonly string[];
}

/** How many case ids a message names for one currency; `missing` holds them all. */
const NAMED_IN_MESSAGE = 10;

/**
 * Thrown by an aggregator's `result()` when figures are in a currency the portfolio states no rate for:
 * after every case was added, so one run lists every such currency, each with every case in it (by the
 * case's own currency or its funnel entry's). Rates are stated, never guessed. `missing` holds the full
 * lists; each issue (path `["rates", currency]`) names the first ten cases. Code: `PORTFOLIO_UNKNOWN_RATE`.
 *
 * @example
 * ```ts
 * try { aggregatePortfolio(definePortfolio({ currency: "CNY" }), [usdSummary]); }
 * catch (error) { if (error instanceof PortfolioRateError) error.missing; } //=> [{ currency: "USD", cases: ["prairie-ridge"] }]
 * ```
 */
export class PortfolioRateError extends ValueframeValidationError {
  /** Every currency without a rate, in order, with every case in it. */
  readonly missing: readonly MissingRate[];

  constructor(missing: readonly MissingRate[], reportingCurrency: string) {
    const issues = missing.map(({ currency, cases }): ValueframeIssue => {
      const named = cases.slice(0, NAMED_IN_MESSAGE).join(", ");
      const more = cases.length > NAMED_IN_MESSAGE ? ` and ${cases.length - NAMED_IN_MESSAGE} more` : "";
      return { path: ["rates", currency], code: "unknown_rate", message: `no rate from ${currency} to ${reportingCurrency} is stated; ${cases.length} case${cases.length === 1 ? "" : "s"} in ${currency}: ${named}${more}` };
    });
    super(PORTFOLIO_ERROR_CODES.unknownRate, issues, "portfolio rates");
    this.missing = Object.freeze(missing.map((entry) => Object.freeze({ currency: entry.currency, cases: Object.freeze([...entry.cases]) })));
  }
}
