/**
 * What a portfolio's Markdown document and its HTML page share: telling a pipeline by its shape, the
 * decision months with the seller's revenue beside the customers' value, the words of a tier, a stage
 * and a month, and where a failed document's problem is.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { PortfolioPipeline, RankedCase } from "../../portfolio/aggregate.js";
import type { CaseFailure } from "../../portfolio/summariseCase.js";
import { renderArgumentError } from "../errors.js";
import type { TextMessages } from "../locales/types.js";
import { formatMonth } from "./pursuitText.js";

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** Whether a value has the shape of a portfolio's pipeline (from aggregatePortfolio), its figures decimals. */
export function isPortfolioPipeline(value: unknown): value is PortfolioPipeline {
  return (
    isObject(value) &&
    typeof value["currency"] === "string" &&
    Array.isArray(value["ratesUsed"]) &&
    isObject(value["customerValue"]) &&
    value["customerValue"]["measure"] === "customerProbabilityWeightedNpv" &&
    Dec.isDecimal(value["customerValue"]["weightedNpv"]) &&
    isObject(value["sellerRevenue"]) &&
    value["sellerRevenue"]["measure"] === "sellerStageWeightedRevenue" &&
    Array.isArray(value["ranking"]) &&
    Array.isArray(value["failures"])
  );
}

/** The message of a subject that is not a pipeline. */
export const NOT_A_PIPELINE =
  "expected a portfolio pipeline (from aggregatePortfolio or an aggregator's result()), with its customer value, seller revenue, ranking and failures, figures as decimals (a pipeline read back from JSON holds strings)";

/** Throws the render error of `fn` unless `pipeline` is a portfolio pipeline. */
export function checkPipeline(fn: string, pipeline: unknown): void {
  if (!isPortfolioPipeline(pipeline)) throw renderArgumentError(fn, "pipeline", NOT_A_PIPELINE, "invalid_type");
}

/** The problem of a `title` option that is not a non-empty string. */
export function titleIssues(title: unknown): ValueframeIssue[] {
  return title === undefined || (typeof title === "string" && title.trim() !== "") ? [] : [{ path: ["title"], code: "invalid_type", message: `must be a non-empty string, got ${JSON.stringify(title)}` }];
}

/** A tier in the locale's words, the untiered included. */
export function tierName(t: TextMessages, tier: RankedCase["tier"]): string {
  return tier === "untiered" ? t.portfolio.untiered : t.territory.tierNames[tier];
}

/** A funnel stage in the locale's words, "no funnel entry" included. */
export function stageName(t: TextMessages, stage: RankedCase["stage"]): string {
  return stage === "none" ? t.portfolio.noStage : t.territory.stages[stage];
}

/** A month in the locale's words, or "no decision month"; `short` for a chart's labels. */
export function monthName(t: TextMessages, localeId: string, month: string | null, short = false): string {
  return month === null ? t.portfolio.noMonth : formatMonth(localeId, month, short);
}

/** The sum of some figures. */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Dec(0));
}

/**
 * Where a failed document's problem is: `file:line:column` (the issue's own file, else the document's),
 * or the file alone when the problem was not located.
 */
export function issuePlace(failure: CaseFailure, issue: ValueframeIssue): string {
  const file = issue.file ?? failure.file ?? failure.id;
  return issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
}

/**
 * A failed document's message as the document lists it: the first line of a validation error's message
 * when its problems follow (they are listed one by one with their place), else the whole message.
 */
export function failureMessage(failure: CaseFailure): string {
  return failure.issues.length > 0 ? (failure.message.split("\n")[0] ?? failure.message) : failure.message;
}
