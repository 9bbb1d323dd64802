/**
 * evaluateDocument: the figures of a value-case document — its case evaluated (with the frame's links
 * checked), every scenario side by side, and the sensitivity where drivers are uncertain. What reports,
 * the workbook and portfolios build on; pure, like every model module.
 */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { evaluate } from "../quantify/evaluate.js";
import { evaluateScenarios } from "../quantify/evaluateScenarios.js";
import { tornado } from "../quantify/tornado.js";
import type { Evaluation, ScenarioComparison, Tornado } from "../quantify/types.js";
import { type ExecutiveSummary, executiveSummary } from "../quantify/executiveSummary.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import type { ValueCase } from "../quantify/schema.js";
import type { ValueDocument } from "./defineValueDocument.js";
import { caseIssuesOf, DocumentArgumentError, DocumentEvaluationError } from "./errors.js";

/** Options of {@link evaluateDocument}. */
export interface EvaluateDocumentOptions {
  /** Evaluate in this scenario of the case (its id); the scenario comparison always shows every scenario. */
  readonly scenario?: string;
  /**
   * `"all"` (default): everything a report shows — the evaluation, the scenario comparison, the tornado
   * and the executive summary. `"evaluation"`: the case's evaluation alone, for callers that keep no
   * more of it (a portfolio's summary), at about half the work.
   */
  readonly figures?: "all" | "evaluation";
}

/** A document with its figures: everything a report, a workbook or a portfolio shows of one value case. */
export interface EvaluatedDocument {
  /** The validated document the figures come from. */
  readonly document: ValueDocument;
  /** The scenario evaluated, when one was asked for. */
  readonly scenario?: string;
  /** The case's evaluation (links checked against the document's frame, if any); absent without a case. */
  readonly evaluation?: Evaluation;
  /** Every scenario of the case side by side with the base; absent without a case. */
  readonly scenarios?: ScenarioComparison;
  /** The sensitivity of the NPV to each uncertain driver; absent when no driver carries an uncertainty. */
  readonly tornado?: Tornado;
  /** The executive summary (quantify's `executiveSummary`): the headline a customer report opens with; absent without a case. */
  readonly summary?: ExecutiveSummary;
}

/** The result of {@link safeEvaluateDocument}. */
export type SafeEvaluateDocumentResult = SafeDefineResult<EvaluatedDocument, DocumentEvaluationError | DocumentArgumentError>;

/**
 * Evaluates a document like {@link evaluateDocument} but returns `{ success: true, data, warnings }` or
 * `{ success: false, error }` instead of throwing. Every failure of the evaluation is a located issue
 * with its path from the document's root (`["case", "lines", 0, "amount"]`), so a caller that loaded
 * the document from a file can point at the line it came from.
 *
 * @param document - a document from `defineValueDocument`
 * @param options - the scenario to evaluate; `figures: "evaluation"` for the evaluation alone
 * @returns the figures and the document's warnings, or the error listing what failed
 *
 * @example
 * ```ts
 * import { defineValueDocument, safeEvaluateDocument } from "valueframe/document";
 * const result = safeEvaluateDocument(defineValueDocument({ case: distributorCase }), { scenario: "nope" });
 * !result.success && result.error.issues[0].path; //=> ["scenario"]
 * ```
 */
export function safeEvaluateDocument(document: ValueDocument, options?: EvaluateDocumentOptions): SafeEvaluateDocumentResult {
  const valueCase = document.case;
  const scenario = options?.scenario;
  const figures = options?.figures;
  const issues = [scenarioIssue(valueCase, scenario), figures === undefined || figures === "all" || figures === "evaluation" ? undefined : { path: ["figures"], code: "invalid_value", message: `figures is "all" or "evaluation", not ${JSON.stringify(figures)}` }].filter((issue) => issue !== undefined);
  if (issues.length > 0) return notDefined(new DocumentArgumentError(issues));
  const base = { document, ...(scenario === undefined ? {} : { scenario }) };
  if (valueCase === undefined) return defined(Object.freeze(base), document.warnings);
  const frame = document.frame === undefined ? {} : { frame: document.frame };
  try {
    const evaluation = evaluate(valueCase, { ...frame, ...(scenario === undefined ? {} : { scenario }) });
    if (figures === "evaluation") return defined(Object.freeze({ ...base, evaluation }), document.warnings);
    const scenarios = evaluateScenarios(valueCase, frame);
    const uncertain = valueCase.drivers.some((driver) => driver.uncertainty !== undefined);
    const sensitivity = uncertain ? { tornado: tornado(valueCase, scenario === undefined ? {} : { scenario }) } : {};
    const options = { ...frame, ...(scenario === undefined ? {} : { scenario }) };
    // The comparison (base first, every scenario) and the weighted tornado in the chosen scenario are what
    // the summary would compute itself; it recomputes them only without the lines it flags.
    const summary = executiveSummary(valueCase, { ...options, computed: { evaluation, scenarios, ...sensitivity } });
    return defined(Object.freeze({ ...base, evaluation, scenarios, ...sensitivity, summary }), document.warnings);
  } catch (error) {
    return notDefined(new DocumentEvaluationError(caseIssuesOf(error)));
  }
}

/**
 * Evaluates a validated value-case document: the case in the chosen scenario, with the frame's links
 * checked; every scenario side by side; the tornado where drivers are uncertain; the executive summary.
 * A document without a case has no figures (only `document`).
 *
 * @param document - a document from `defineValueDocument`
 * @param options - the scenario to evaluate; `figures: "evaluation"` for the evaluation alone
 * @returns the frozen figures
 * @throws {DocumentArgumentError} (code `DOCUMENT_INVALID_ARGUMENT`) for a scenario the case does not have
 * @throws {DocumentEvaluationError} (code `DOCUMENT_EVALUATION_FAILED`) when the case cannot be evaluated
 *   (a link to a missing frame element, a formula without a finite value…), each issue located from the
 *   document's root
 *
 * @example
 * ```ts
 * import { defineValueDocument, evaluateDocument } from "valueframe/document";
 * const figures = evaluateDocument(defineValueDocument({ frame: distributorFrame, case: distributorCase }));
 * figures.evaluation?.weighted.npv.toFixed(2); //=> "21120118.88"
 * figures.scenarios?.rows.length; //=> 3
 * ```
 */
export function evaluateDocument(document: ValueDocument, options?: EvaluateDocumentOptions): EvaluatedDocument {
  return orThrow(safeEvaluateDocument(document, options));
}

/** The problem with asking for `scenario` of `valueCase` (none when it is one of the case's scenarios, or not asked). */
export function scenarioIssue(valueCase: ValueCase | undefined, scenario: string | undefined): ValueframeIssue | undefined {
  if (scenario === undefined) return undefined;
  const ids = (valueCase?.scenarios ?? []).map((s) => s.id);
  if (ids.includes(scenario)) return undefined;
  const message =
    valueCase === undefined
      ? "a scenario needs a document with a value case"
      : `the case has no scenario "${scenario}" (${ids.length === 0 ? "it has none" : `its scenarios: ${ids.join(", ")}`})`;
  return { path: ["scenario"], code: "unknown_scenario", message };
}
