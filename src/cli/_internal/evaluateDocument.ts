/** Evaluates a loaded document's value case for the report and validate commands, locating any failure. */
import { ValueframeError, ValueframeValidationError } from "../../errors/ValueframeError.js";
import { evaluate } from "../../quantify/evaluate.js";
import { evaluateScenarios, type ScenarioComparison } from "../../quantify/evaluateScenarios.js";
import type { ValueCase } from "../../quantify/schema.js";
import { tornado, type Tornado } from "../../quantify/tornado.js";
import type { Evaluation } from "../../quantify/types.js";
import { CliUsageError } from "../errors.js";
import type { LoadedDocument } from "./loadDocument.js";
import type { LocatedProblem } from "./problems.js";

/** The evaluation of a document's case with everything a report shows beside it. */
export interface DocumentFigures {
  readonly evaluation: Evaluation;
  readonly scenarios: ScenarioComparison;
  readonly tornado: Tornado | undefined;
}

/** Throws a usage error when `scenario` is not one of the case's scenarios. */
export function checkScenario(valueCase: ValueCase | undefined, scenario: string | undefined, command: string): void {
  if (scenario === undefined) return;
  const ids = (valueCase?.scenarios ?? []).map((s) => s.id);
  if (valueCase === undefined) throw new CliUsageError(`--scenario needs a document with a value case`, command);
  if (!ids.includes(scenario)) {
    throw new CliUsageError(`the case has no scenario "${scenario}" (${ids.length === 0 ? "it has none" : `its scenarios: ${ids.join(", ")}`})`, command);
  }
}

/** Evaluates the case (with the frame, in the scenario if given), every scenario side by side, and the tornado. */
export function evaluateDocument(loaded: LoadedDocument, valueCase: ValueCase, scenario: string | undefined): { readonly figures: DocumentFigures } | { readonly problems: readonly LocatedProblem[] } {
  const frame = loaded.document.frame;
  const shared = { ...(frame === undefined ? {} : { frame }), ...(scenario === undefined ? {} : { scenario }) };
  try {
    const evaluation = evaluate(valueCase, shared);
    const scenarios = evaluateScenarios(valueCase, frame === undefined ? {} : { frame });
    const uncertain = valueCase.drivers.some((driver) => driver.uncertainty !== undefined);
    return { figures: { evaluation, scenarios, tornado: uncertain ? tornado(valueCase, scenario === undefined ? {} : { scenario }) : undefined } };
  } catch (error) {
    return { problems: evaluationProblems(loaded, error) };
  }
}

/** Locates what an evaluation threw: issues under the case, or the case itself for a single error. */
export function evaluationProblems(loaded: LoadedDocument, error: unknown): LocatedProblem[] {
  if (error instanceof ValueframeValidationError) return error.issues.map((issue) => loaded.locate(["case", ...issue.path], issue.code, issue.message));
  if (error instanceof ValueframeError) {
    // Single errors name their place at the start of the message ("lines[0].amount: …"); point there.
    const message = error.message.replace(/^valueframe: /, "");
    const prefix = /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*): (.*)$/s.exec(message);
    if (prefix === null) return [{ ...loaded.locate(["case"], error.code, message), path: undefined }];
    const path = [...prefix[1]!.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => (m[1] ?? Number(m[2])));
    return [loaded.locate(["case", ...path], error.code, prefix[2]!)];
  }
  throw error;
}
