/** The figures of a loaded document for the report, validate and demo commands: valueframe/document's evaluateDocument, its failures located in the files. */
import { caseIssuesOf, DocumentArgumentError } from "../../document/errors.js";
import { safeEvaluateDocument, scenarioIssue } from "../../document/evaluateDocument.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Evaluation, ScenarioComparison, Tornado } from "../../quantify/types.js";
import type { ExecutiveSummary } from "../../quantify/executiveSummary.js";
import { CliUsageError } from "../errors.js";
import type { LoadedDocument } from "./loadDocument.js";
import type { LocatedProblem } from "./problems.js";

/** The evaluation of a document's case with everything a report shows beside it. */
export interface DocumentFigures {
  readonly evaluation: Evaluation;
  readonly scenarios: ScenarioComparison;
  readonly tornado: Tornado | undefined;
  readonly summary: ExecutiveSummary;
}

/**
 * Evaluates the document's case (with the frame, in the scenario if given), every scenario side by side,
 * and the tornado. An unknown scenario is a usage error of `command`; `figures` is undefined without a case.
 */
export function documentFigures(loaded: LoadedDocument, scenario: string | undefined, command: string): { readonly figures: DocumentFigures | undefined } | { readonly problems: readonly LocatedProblem[] } {
  const result = safeEvaluateDocument(loaded.document, scenario === undefined ? {} : { scenario });
  if (!result.success) {
    if (result.error instanceof DocumentArgumentError) throw usageError(result.error.issues[0]!, command);
    return { problems: locatedIssues(loaded, result.error.issues) };
  }
  const { evaluation, scenarios, tornado, summary } = result.data;
  return { figures: evaluation === undefined || scenarios === undefined || summary === undefined ? undefined : { evaluation, scenarios, tornado, summary } };
}

/** Throws a usage error when `scenario` is not one of the document's scenarios. */
export function checkScenario(loaded: LoadedDocument, scenario: string | undefined, command: string): void {
  const issue = scenarioIssue(loaded.document.case, scenario);
  if (issue !== undefined) throw usageError(issue, command);
}

function usageError(issue: ValueframeIssue, command: string): CliUsageError {
  return new CliUsageError(issue.message.replace("a scenario needs", "--scenario needs"), command);
}

/** Locates what a computation on the document's case threw (e.g. a simulation). */
export function caseProblems(loaded: LoadedDocument, error: unknown): LocatedProblem[] {
  return locatedIssues(loaded, caseIssuesOf(error));
}

function locatedIssues(loaded: LoadedDocument, issues: readonly ValueframeIssue[]): LocatedProblem[] {
  // An error that names no place points at the case itself, without a path to print.
  return issues.map((issue) => (issue.path.length === 1 ? { ...loaded.locate(issue.path, issue.code, issue.message), path: undefined } : loaded.locate(issue.path, issue.code, issue.message)));
}
