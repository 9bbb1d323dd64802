/**
 * summariseCase: what a portfolio keeps of one evaluated document — a few hundred bytes of plain JSON
 * instead of the whole evaluation — and caseFailure: how a document that could not be read, validated
 * or evaluated is reported instead. Both are what a runner moves between threads or machines: plain
 * data (decimals as exact strings, no class instances, no `undefined`), so `JSON.stringify` and
 * `structuredClone` carry them unchanged. Neither depends on the portfolio's settings: the same summary
 * serves any reporting currency, tiers or stage rates.
 */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { ValueframeError, ValueframeValidationError, type IssuePath, type ValueframeIssue } from "../errors/ValueframeError.js";
import type { EvaluatedDocument } from "../document/evaluateDocument.js";
import type { Perspective } from "../frame/goal.js";
import { perspectives } from "../frame/goal.js";
import { Dec, type Decimal } from "../numeric/decimal.js";
import type { FunnelStage } from "../qualify/funnel.js";
import { simulate } from "../quantify/simulate.js";
import { PORTFOLIO_ERROR_CODES, PortfolioArgumentError, PortfolioNoCaseError } from "./errors.js";

/** The bucket of lines that serve no solution, or no goal of the frame. */
export const UNASSIGNED = "unassigned";

/** A goal perspective of the frame, or {@link UNASSIGNED} for lines serving no goal of the frame. */
export type PerspectiveBucket = Perspective | typeof UNASSIGNED;

/**
 * One value case as a portfolio keeps it. Figures are decimal strings, exact as the evaluation gives
 * them, in the case's `currency`; "weighted" means probability-weighted (each line by its probability,
 * risk-adjusted as the case says), the customer's expected value.
 */
export interface CaseSummary {
  readonly kind: "summary";
  /** The caller's id of the case, unique in the portfolio (a runner's job id, a path). */
  readonly id: string;
  /** The document's file, as the caller names it (e.g. its path in the portfolio's folder), or null. */
  readonly file: string | null;
  /** The frame's customer name, else the case's name. */
  readonly customer: string;
  /** The case's name. */
  readonly name: string;
  /** The scenario evaluated, or null for the case as written. */
  readonly scenario: string | null;
  /** ISO 4217 code of every customer figure below. */
  readonly currency: string;
  /** The case's period basis. */
  readonly period: "month" | "quarter" | "year";
  /** Periods after period 0 ("now"). */
  readonly horizon: number;
  /** The customer's expected decision month (the qualification's funnel `expectedMonth`, YYYY-MM), or null. */
  readonly decisionMonth: string | null;
  /** The case's NPV, unadjusted. */
  readonly npv: string;
  /** The case's probability-weighted NPV. */
  readonly weightedNpv: string;
  /** Weighted benefits of each period 0 … horizon, undiscounted (the evaluation's weighted period totals). */
  readonly weightedBenefits: readonly string[];
  /** Weighted costs of each period 0 … horizon, undiscounted, as positive amounts. */
  readonly weightedCosts: readonly string[];
  /**
   * Weighted present value of the lines serving each solution (a line's first solution; "unassigned"
   * for lines serving none), lines left out of the case not counted; they add up to `weightedNpv`.
   */
  readonly bySolution: readonly { readonly solution: string; readonly weightedPresentValue: string }[];
  /**
   * Weighted present value of the lines serving a goal of each perspective of the frame (customer,
   * market, employee, financial), "unassigned" for lines serving none. A line serving goals of two
   * perspectives counts in both, so these can add up to more than `weightedNpv` — as the evaluation's
   * goal figures can; a line serving two goals of one perspective counts once in it.
   */
  readonly byPerspective: readonly { readonly perspective: PerspectiveBucket; readonly weightedPresentValue: string }[];
  /** The qualification's funnel entry, when there is one: the seller's side of the deal, never part of the customer figures. */
  readonly funnel: {
    readonly stage: FunnelStage;
    readonly expectedMonth: string;
    /** The funnel's expected investment: the seller's expected revenue from the deal, unweighted. */
    readonly sellerExpectedRevenue: string;
    /** ISO 4217 code of `sellerExpectedRevenue`. */
    readonly currency: string;
  } | null;
  /** The case's Monte Carlo simulation of its weighted NPV when one was asked for (`summariseCase`'s `simulation`), else null. */
  readonly simulation: CaseSimulationSummary | null;
}

/**
 * What a portfolio keeps of one case's seeded Monte Carlo simulation (quantify's `simulate`, measure
 * "weighted"): float64 results each written once as the decimal of the float, in the case's currency.
 */
export interface CaseSimulationSummary {
  readonly iterations: number;
  readonly seed: number;
  readonly measure: "weighted";
  /** Mean of the simulated weighted NPVs. */
  readonly mean: string;
  readonly p10: string;
  readonly p50: string;
  readonly p90: string;
  /** Share of iterations whose weighted NPV is above 0, 0 … 1. */
  readonly probabilityPositive: string;
}

/** Options of {@link summariseCase}. */
export interface SummariseCaseOptions {
  /**
   * Simulate the case's weighted NPV over its uncertain drivers (quantify's `simulate`) with these
   * iterations (1 … 10,000,000) and seed (default 1), in the scenario evaluated. Default: no simulation.
   */
  readonly simulation?: { readonly iterations: number; readonly seed?: number } | undefined;
}

/** A document that could not be read, validated, evaluated or summarised, as a portfolio lists it. */
export interface CaseFailure {
  readonly kind: "failure";
  readonly id: string;
  readonly file: string | null;
  /** The error's stable code (`DOCUMENT_INVALID`, `DOCUMENT_EVALUATION_FAILED`, `PORTFOLIO_NO_CASE`, …; `PORTFOLIO_CASE_FAILED` for an error that is not valueframe's). */
  readonly code: string;
  readonly message: string;
  /** Every problem, in the error's order, each with its path and — where it was located — its file, line and column. */
  readonly issues: readonly ValueframeIssue[];
}

/** Which case a summary or failure is: the caller's id, and the document's file when it has one. */
export interface CaseIdentity {
  readonly id: string;
  readonly file?: string;
}

function identityIssues(identity: unknown): ValueframeIssue[] {
  const value = (identity ?? {}) as Record<string, unknown>;
  const issues: ValueframeIssue[] = [];
  if (typeof value["id"] !== "string" || value["id"] === "") issues.push({ path: ["id"], code: "invalid_type", message: "required: the case's id, a non-empty string unique in the portfolio" });
  if (value["file"] !== undefined && (typeof value["file"] !== "string" || value["file"] === "")) issues.push({ path: ["file"], code: "invalid_type", message: "the document's file, when given, is a non-empty string" });
  return issues;
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Dec(0));

/**
 * The summary of one evaluated document that a portfolio aggregates: who the customer is, the case's
 * currency, period basis and horizon, the expected decision month, the NPV and weighted NPV, the
 * weighted benefits and costs of each period, the weighted present value by solution and by goal
 * perspective, the qualification's funnel entry (the seller's side) and, when asked for, the seeded Monte
 * Carlo simulation of the weighted NPV (mean, P10, P50, P90, the chance it is above 0). Plain JSON, a
 * few hundred bytes to a few KB; deep-frozen; the document is not changed.
 *
 * @param evaluated - a document's figures from `evaluateDocument`
 * @param identity - `id` (unique in the portfolio) and the document's `file`
 * @param options - `simulation: { iterations, seed }` to simulate the case
 * @returns the frozen summary
 * @throws {PortfolioNoCaseError} (code `PORTFOLIO_NO_CASE`) for a document without a value case
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for a missing or empty id, or simulation options that are not positive integers
 * @throws {QuantifyError} from the simulation, when a draw of the drivers leaves the figure range
 *
 * @example
 * ```ts
 * import { evaluateDocument, parseValueDocument } from "valueframe/document";
 * import { summariseCase } from "valueframe/portfolio";
 * const { document } = parseValueDocument(text, { fileName: "distributor.valuecase.json", readMember });
 * const summary = summariseCase(evaluateDocument(document), { id: "distributor", file: "distributor.valuecase.json" });
 * summary.customer; //=> "Huatong Industrial Distribution"
 * summary.weightedNpv.slice(0, 11); //=> "21120118.88"
 * ```
 */
export function summariseCase(evaluated: EvaluatedDocument, identity: CaseIdentity, options?: SummariseCaseOptions): CaseSummary {
  const issues = [...identityIssues(identity), ...simulationIssues(options?.simulation)];
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "summariseCase arguments");
  const evaluation = evaluated.evaluation;
  if (evaluation === undefined) throw new PortfolioNoCaseError([{ path: ["case"], code: "no_case", message: "the document has no value case: a frame or a BVF alone has no figures to summarise" }]);
  const { frame, qualification } = evaluated.document;
  const counted = evaluation.lines.filter((line) => line.included);

  const solutions = new Map<string, Decimal[]>();
  for (const line of counted) {
    const key = line.solution ?? UNASSIGNED;
    solutions.set(key, [...(solutions.get(key) ?? []), line.weightedPresentValue]);
  }
  const solutionKeys = [...solutions.keys()].filter((key) => key !== UNASSIGNED);
  if (solutions.has(UNASSIGNED)) solutionKeys.push(UNASSIGNED);

  // Each line's perspectives: those of the frame's goals it serves (a goal the frame lacks has none).
  const perspectiveOf = new Map((frame?.goals ?? []).map((goal) => [goal.id, goal.perspective]));
  const servedBy = new Map<string, Set<Perspective>>();
  for (const goal of evaluation.goals) {
    const perspective = perspectiveOf.get(goal.goalId);
    if (perspective === undefined) continue;
    for (const id of goal.lines) servedBy.set(id, (servedBy.get(id) ?? new Set<Perspective>()).add(perspective));
  }
  const byPerspective = ([...perspectives, UNASSIGNED] as const)
    .map((perspective) => ({
      perspective,
      lines: counted.filter((line) => {
        const served = servedBy.get(line.id);
        return perspective === UNASSIGNED ? served === undefined : served?.has(perspective) === true;
      }),
    }))
    .filter((group) => group.lines.length > 0)
    .map((group) => ({ perspective: group.perspective, weightedPresentValue: sum(group.lines.map((line) => line.weightedPresentValue)).toString() }));

  const funnel = qualification?.funnel;
  const summary: CaseSummary = {
    kind: "summary",
    id: identity.id,
    file: identity.file ?? null,
    customer: frame?.customer.name ?? evaluation.name,
    name: evaluation.name,
    scenario: evaluation.scenario?.id ?? null,
    currency: evaluation.currency,
    period: evaluation.period,
    horizon: evaluation.horizon,
    decisionMonth: funnel?.expectedMonth ?? null,
    npv: evaluation.unadjusted.npv.toString(),
    weightedNpv: evaluation.weighted.npv.toString(),
    weightedBenefits: evaluation.periods.map((row) => row.weighted.benefits.toString()),
    weightedCosts: evaluation.periods.map((row) => row.weighted.costs.toString()),
    bySolution: solutionKeys.map((solution) => ({ solution, weightedPresentValue: sum(solutions.get(solution)!).toString() })),
    byPerspective,
    funnel: funnel === undefined ? null : { stage: funnel.stage, expectedMonth: funnel.expectedMonth, sellerExpectedRevenue: funnel.expectedInvestment.toString(), currency: funnel.currency },
    simulation: options?.simulation === undefined ? null : simulationSummary(evaluated, options.simulation),
  };
  return deepFreeze(summary);
}

/** @internal The problems with simulation options (iterations 1 … 10,000,000, a safe-integer seed), each with its path. */
export function simulationIssues(simulation: SummariseCaseOptions["simulation"]): ValueframeIssue[] {
  if (simulation === undefined) return [];
  const issues: ValueframeIssue[] = [];
  if (!Number.isInteger(simulation?.iterations) || simulation.iterations < 1 || simulation.iterations > 10_000_000) issues.push({ path: ["simulation", "iterations"], code: "invalid_value", message: `iterations must be an integer 1 … 10,000,000, not ${String(simulation?.iterations)}` });
  if (simulation?.seed !== undefined && !Number.isSafeInteger(simulation.seed)) issues.push({ path: ["simulation", "seed"], code: "invalid_value", message: `the seed must be a safe integer, not ${String(simulation.seed)}` });
  return issues;
}

/** The case's weighted NPV simulated in the scenario evaluated, as the summary keeps it. */
function simulationSummary(evaluated: EvaluatedDocument, options: NonNullable<SummariseCaseOptions["simulation"]>): CaseSimulationSummary {
  const seed = options.seed ?? 1;
  const result = simulate(evaluated.document.case!, { iterations: options.iterations, seed, measure: "weighted", ...(evaluated.scenario === undefined ? {} : { scenario: evaluated.scenario }) });
  const { mean, p10, p50, p90 } = result.npv;
  return { iterations: result.iterations, seed, measure: "weighted", mean: mean.toString(), p10: p10.toString(), p50: p50.toString(), p90: p90.toString(), probabilityPositive: result.probabilityPositive.toString() };
}

/** Options of {@link caseFailure}. */
export interface CaseFailureOptions extends CaseIdentity {
  /**
   * Where a path from the document's root is written — `parseValueDocument`'s `locate` — for problems
   * that do not carry their place already (those of `evaluateDocument` and `summariseCase`).
   */
  readonly locate?: (path: IssuePath) => { readonly file?: string; readonly line?: number; readonly column?: number } | undefined;
}

/** An issue with its place: its own, else the caller's locator's. */
function locatedIssue(issue: ValueframeIssue, locate: CaseFailureOptions["locate"]): ValueframeIssue {
  const place = issue.line !== undefined ? issue : (locate?.(issue.path) ?? {});
  return {
    path: [...issue.path],
    code: issue.code,
    message: issue.message,
    ...(place.file === undefined ? {} : { file: place.file }),
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.column === undefined ? {} : { column: place.column }),
  };
}

/**
 * A failed document as a portfolio lists it, from what reading, validating, evaluating or summarising
 * it threw: the error's code and message and every problem with its path and — from the problem itself
 * (`parseValueDocument` locates its own) or through `locate` — its file, line and column. An error that
 * is not valueframe's keeps its message under the code `PORTFOLIO_CASE_FAILED`. Plain JSON, deep-frozen.
 *
 * @param error - what was thrown
 * @param options - the case's `id` and `file`, and `locate` from `parseValueDocument`
 * @returns the frozen failure
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for a missing or empty id
 *
 * @example
 * ```ts
 * import { caseFailure } from "valueframe/portfolio";
 * const failure = caseFailure(new PortfolioNoCaseError([{ path: ["case"], code: "no_case", message: "no value case" }]), { id: "frame-only", file: "frame-only.valuecase.json" });
 * failure.code; //=> "PORTFOLIO_NO_CASE"
 * failure.issues[0]?.path; //=> ["case"]
 * ```
 */
export function caseFailure(error: unknown, options: CaseFailureOptions): CaseFailure {
  const issues = identityIssues(options);
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "caseFailure options");
  const located = error instanceof ValueframeValidationError ? error.issues.map((issue) => locatedIssue(issue, options.locate)) : [];
  const failure: CaseFailure = {
    kind: "failure",
    id: options.id,
    file: options.file ?? null,
    code: error instanceof ValueframeError ? error.code : PORTFOLIO_ERROR_CODES.caseFailed,
    message: error instanceof Error ? error.message : String(error),
    issues: located,
  };
  return deepFreeze(failure);
}
