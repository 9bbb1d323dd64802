/**
 * The one home of the shapes quantify returns: the evaluation of a case (cash-flow table, measures, goal
 * contribution, double-counting flags) and the trace figures every number carries; scenario tables and
 * evaluation diffs; tornado, break-even, alternatives and choice results; the simulation. All plain
 * frozen data; every figure is a Decimal (JSON-serialises to an exact string); a simulation's figures
 * are exact copies of float results.
 *
 * Where types live: every result a quantify function returns, with all its parts, is declared here;
 * only `SafeDefineValueCaseResult` stays in defineValueCase.ts, where every module keeps its define
 * result. A function's own options and arguments (`SimulateOptions`, `CandidateInput`, …) stay beside
 * it; the inputs several functions share (`CaseOptions`, `FrameLike`) are declared here, at the end.
 */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import type { Provenance, RiskAdjustment, ScenarioInput } from "./schema.js";

/** One input of a traced figure: what was substituted, with its unit and where it came from. */
export interface TraceInput {
  /** Trace id of the input figure, e.g. `"driver:dsoReduction"`. */
  readonly ref: string;
  /** The name used in the formula. */
  readonly name: string;
  readonly label: string;
  readonly value: Decimal;
  readonly unit: string | undefined;
  /** Where a driver's value comes from (quantities point at their own figure instead). */
  readonly provenance: Provenance | undefined;
}

/**
 * A computed figure with its derivation: the formula as written, the same in words, the values
 * substituted, the unit and result, and every input with its provenance. {@link formatTrace} prints it
 * as "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY".
 * Values with unit "%" are held as fractions (0.06) and printed ×100 ("6 %").
 */
export interface Figure {
  /** Stable id: `driver:<id>`, `quantity:<id>`, `line:<id>`, `line:<id>:base`, `npv`, `npv:weighted`, … */
  readonly id: string;
  readonly label: string;
  /** The formula as written, when the figure is computed. */
  readonly formula: string | undefined;
  /** The formula in words (labels, ×, ÷, −). */
  readonly expression: string | undefined;
  /** The formula with every input's value and unit substituted. */
  readonly substituted: string | undefined;
  readonly value: Decimal;
  readonly unit: string | undefined;
  readonly inputs: readonly TraceInput[];
  /** Every driver the figure depends on, directly or through quantities. */
  readonly drivers: readonly string[];
  /** For drivers: where the value comes from. */
  readonly provenance: Provenance | undefined;
  /** A remark, e.g. a scenario override or why a measure is missing. */
  readonly note: string | undefined;
}

/** Headline measures over the horizon, unadjusted or probability-weighted. */
export interface Measures {
  /** Nominal (undiscounted) totals over the horizon. */
  readonly benefits: Decimal;
  readonly costs: Decimal;
  readonly net: Decimal;
  /** Present values at the period rate (t = 0 undiscounted). */
  readonly presentBenefits: Decimal;
  readonly presentCosts: Decimal;
  readonly npv: Decimal;
  /** IRR per period of the net flows, or null (see `irrNote`). */
  readonly irr: Decimal | null;
  /** IRR as an annual rate, (1 + irr)^periodsPerYear − 1, or null. */
  readonly irrAnnual: Decimal | null;
  readonly irrNote: string | undefined;
  /** (benefits − costs) / costs over nominal totals, or null when there are no costs. */
  readonly roi: Decimal | null;
  /** (present benefits − present costs) / present costs, or null when there are no costs. */
  readonly roiDiscounted: Decimal | null;
  /** Periods until the cumulative net flow turns non-negative, or null if it never does in the horizon. */
  readonly payback: Decimal | null;
  readonly paybackYears: Decimal | null;
  /** The same on discounted flows. */
  readonly discountedPayback: Decimal | null;
  readonly discountedPaybackYears: Decimal | null;
}

/** One row of the cash-flow table (period 0 is "now": up-front flows, not discounted). */
export interface PeriodRow {
  readonly period: number;
  readonly benefits: Decimal;
  readonly costs: Decimal;
  readonly net: Decimal;
  readonly cumulative: Decimal;
  readonly discountFactor: Decimal;
  readonly presentValue: Decimal;
  readonly cumulativePresentValue: Decimal;
  /** The same figures with every line weighted by its probability. */
  readonly weighted: {
    readonly benefits: Decimal;
    readonly costs: Decimal;
    readonly net: Decimal;
    readonly cumulative: Decimal;
    readonly presentValue: Decimal;
    readonly cumulativePresentValue: Decimal;
  };
}

/** One value line as evaluated. */
export interface LineEvaluation {
  readonly id: string;
  readonly label: string;
  readonly kind: "benefit" | "cost";
  /** False when the line serves a solution that is not the chosen option of an alternative. */
  readonly included: boolean;
  /** The amount per occurrence after extension and risk adjustment (per year or period as the line says). */
  readonly amount: Decimal;
  readonly probability: Decimal;
  /**
   * The share of the amount falling in each period 0…horizon: the timing (start, duration, the split of
   * a yearly amount over the periods of a year) times the ramp-up. A line left out (`included: false`)
   * keeps its shares; its flows are zero.
   */
  readonly shares: readonly Decimal[];
  /** Signed flow per period 0…horizon (costs negative), unweighted. */
  readonly flows: readonly Decimal[];
  readonly weightedFlows: readonly Decimal[];
  readonly total: Decimal;
  readonly presentValue: Decimal;
  readonly weightedPresentValue: Decimal;
  readonly solution: string | undefined;
  readonly kpi: string | undefined;
  /** Trace id of the amount's figure. */
  readonly figure: string;
}

/** How a goal is served: the lines linked to it, their value, and how much of its gap they close. */
export interface GoalContribution {
  readonly goalId: string;
  readonly name: string | undefined;
  /**
   * The goal's unit, when a frame was given: the contributions and the gap are in it (a plain
   * contribution to a goal in "%" is converted to percentage points).
   */
  readonly unit: string | undefined;
  readonly lines: readonly string[];
  /**
   * Sum of the probability-weighted present values of the lines serving the goal (a cost line serving it
   * counts negative). Not an NPV of the goal: costs that serve no goal are not shared out, so the goals'
   * figures can add up to more than the case's NPV. The name is kept for compatibility.
   */
  readonly npv: Decimal;
  /** Sum of the lines' stated contributions to the goal's metric, or null when none is stated. */
  readonly contribution: Decimal | null;
  /** The same, each weighted by its line's probability. */
  readonly weightedContribution: Decimal | null;
  /** target − baseline (baseline − target for a decrease), when a frame was given. */
  readonly gap: Decimal | null;
  /** contribution / gap (1 = the gap is closed), when both are known and the gap is not 0. */
  readonly gapClosed: Decimal | null;
  readonly weightedGapClosed: Decimal | null;
}

/** A group of benefit lines that draw on the same improvement driver or KPI. */
export interface OverlapGroup {
  readonly by: "driver" | "kpi";
  /** The driver id or KPI name shared. */
  readonly key: string;
  readonly lines: readonly string[];
}

/** Double-counting flags and the total without them. */
export interface DoubleCounting {
  readonly groups: readonly OverlapGroup[];
  /** Lines kept in the unflagged total: in each connected set of overlapping lines, the one with the largest weighted present value. */
  readonly kept: readonly string[];
  /** Lines left out of the unflagged total. */
  readonly flagged: readonly string[];
  /** Weighted NPV with every line (the raw figure). */
  readonly rawNpv: Decimal;
  /** Weighted NPV without the flagged lines. */
  readonly unflaggedNpv: Decimal;
  readonly rawBenefits: Decimal;
  readonly unflaggedBenefits: Decimal;
}

/** A driver as used in an evaluation. */
export interface DriverValue {
  readonly id: string;
  readonly label: string;
  /** As written (percentages as written, e.g. 6 for 6 %). */
  readonly value: Decimal;
  readonly unit: string | undefined;
  readonly provenance: Provenance;
  /** True when a scenario or option replaced the case's value. */
  readonly overridden: boolean;
}

/** The full evaluation of a value case. Deep-frozen. */
export interface Evaluation {
  readonly caseId: string | undefined;
  readonly name: string;
  readonly currency: string;
  readonly period: "month" | "quarter" | "year";
  readonly horizon: number;
  readonly periodsPerYear: number;
  /** The scenario evaluated, if any. */
  readonly scenario: { readonly id: string; readonly label: string } | undefined;
  /** `value`: drivers at their values; `mean`: at the means of their distributions. */
  readonly basis: "value" | "mean";
  readonly riskAdjustment: RiskAdjustment | undefined;
  readonly discountRate: Decimal;
  /** The period rate: (1 + annual)^(1/n) − 1 for `compound`, annual / n for `nominal`. */
  readonly periodRate: Decimal;
  readonly rateBasis: "compound" | "nominal";
  readonly drivers: readonly DriverValue[];
  /** Derived quantities, in declaration order (trace ids `quantity:<id>`). */
  readonly quantities: readonly Figure[];
  readonly lines: readonly LineEvaluation[];
  readonly periods: readonly PeriodRow[];
  readonly unadjusted: Measures;
  readonly weighted: Measures;
  readonly goals: readonly GoalContribution[];
  readonly doubleCounting: DoubleCounting;
  /** Every figure by trace id. */
  readonly trace: Readonly<Record<string, Figure>>;
}

/** One row of the side-by-side table of {@link evaluateScenarios}. */
export interface ScenarioRow {
  readonly id: string;
  readonly label: string;
  readonly npv: Decimal;
  readonly weightedNpv: Decimal;
  /** Probability-weighted IRR per period of the case (a quarter's for quarterly cases), or null. */
  readonly weightedIrr: Decimal | null;
  /** The same as an annual rate, (1 + irr)^periodsPerYear − 1, or null. */
  readonly weightedIrrAnnual: Decimal | null;
  readonly weightedRoi: Decimal | null;
  readonly weightedPayback: Decimal | null;
  readonly weightedDiscountedPayback: Decimal | null;
}

/** Scenarios evaluated side by side: the result of {@link evaluateScenarios}. */
export interface ScenarioComparison {
  readonly rows: readonly ScenarioRow[];
  readonly evaluations: readonly Evaluation[];
}

/** A figure that changed between two evaluations. */
export interface FigureChange {
  /** Trace id (`driver:…`, `quantity:…`, `line:…`, `npv:weighted`, …). */
  readonly id: string;
  readonly label: string;
  readonly before: Decimal | null;
  readonly after: Decimal | null;
  /** after − before, or null when either is missing. */
  readonly delta: Decimal | null;
  /** Changed drivers this figure depends on; for measures also changed settings (`discountRate`, `riskAdjustment`, `probability:<line>`). */
  readonly because: readonly string[];
}

/** The difference of two evaluations: the result of {@link diffEvaluations}. */
export interface EvaluationDiff {
  /** Settings that differ: scenario, basis, discount rate, risk adjustment, line probabilities. */
  readonly settings: readonly { readonly name: string; readonly before: string; readonly after: string }[];
  readonly drivers: readonly FigureChange[];
  readonly quantities: readonly FigureChange[];
  readonly lines: readonly FigureChange[];
  /** Headline measures (`unadjusted.npv`, `weighted.irr`, …). */
  readonly measures: readonly FigureChange[];
}

/** One bar of the tornado (see {@link Tornado}). */
export interface TornadoRow {
  readonly driver: string;
  readonly label: string;
  /** The driver's low and high values (range ends; P10 and P90 for normal and lognormal). */
  readonly low: Decimal;
  readonly high: Decimal;
  readonly npvAtLow: Decimal;
  readonly npvAtHigh: Decimal;
  /** |npvAtHigh − npvAtLow|: the bars are ranked by it. */
  readonly swing: Decimal;
}

/** Tornado data, the result of {@link tornado}: the base NPV and one row per driver, largest swing first. */
export interface Tornado {
  readonly measure: "weighted" | "unadjusted";
  readonly baseNpv: Decimal;
  readonly rows: readonly TornadoRow[];
}

/** The break-even value of a driver, or null with the reason: the result of {@link breakEven}. */
export interface BreakEven {
  readonly driver: string;
  readonly value: Decimal | null;
  /** NPV at `value` (0 to within 1e-24 of the NPV scale). */
  readonly npv: Decimal | null;
  /** The bracket in which NPV changes sign. */
  readonly bracket: { readonly low: Decimal; readonly high: Decimal } | null;
  readonly iterations: number;
  readonly reason: string | undefined;
}

/** One option of an alternative, with the whole case evaluated as if it were chosen. */
export interface AlternativeOption {
  /** The solution id. */
  readonly solution: string;
  /** True for the option the case itself has chosen (its `chosen`, else its first option). */
  readonly chosenInCase: boolean;
  /** NPV of the whole case with this option chosen: no probability, no risk adjustment. */
  readonly npv: Decimal;
  /** The same, probability-weighted and risk-adjusted. */
  readonly riskAdjustedNpv: Decimal;
  /** The option's own lines: unadjusted NPV, risk-adjusted NPV and present cost. */
  readonly solutionNpv: Decimal;
  readonly solutionRiskAdjustedNpv: Decimal;
  readonly presentCost: Decimal;
  readonly lines: readonly string[];
}

/** One alternative compared. */
export interface AlternativeComparison {
  readonly id: string;
  readonly label: string;
  readonly options: readonly AlternativeOption[];
  /** The option with the highest risk-adjusted NPV (the earlier option on a tie). */
  readonly best: string;
  /** The option with the highest unadjusted NPV (the earlier option on a tie). */
  readonly bestUnadjusted: string;
  /** True when adjusting for risk changes the choice: the case for showing the customer both. */
  readonly riskChangesChoice: boolean;
}

/** Every alternative of the case compared: the result of {@link compareAlternatives}. */
export interface AlternativesComparison {
  readonly riskAdjustment: RiskAdjustment | undefined;
  readonly alternatives: readonly AlternativeComparison[];
}

/** Why a candidate of {@link chooseSolutions} was chosen or not. */
export type ChoiceCode = "chosen" | "over_budget" | "no_value" | "alternative_taken" | "budget_used";

/** A candidate with the verdict. */
export interface CandidateOutcome {
  readonly id: string;
  readonly label: string;
  readonly group: string | undefined;
  readonly cost: Decimal;
  readonly value: Decimal;
  readonly code: ChoiceCode;
  readonly reason: string;
}

/** The best set under the budget: the result of {@link chooseSolutions}. */
export interface SolutionChoice {
  readonly budget: Decimal;
  /** Chosen candidates, in the order given. */
  readonly chosen: readonly CandidateOutcome[];
  /** The others, in the order given, each with its reason. */
  readonly rejected: readonly CandidateOutcome[];
  readonly totalCost: Decimal;
  readonly totalValue: Decimal;
  readonly budgetLeft: Decimal;
  /** From a case: the risk-adjusted NPV of lines serving no solution (shared by every choice), else null. */
  readonly baseValue: Decimal | null;
  /** From a case: base value + total value, the case's risk-adjusted NPV with this choice; else null. */
  readonly caseValue: Decimal | null;
  /** Sets listed in the two halves of the exact search (for the curious: the search is exact, this says how hard it was). */
  readonly nodes: number;
}

/** One histogram bar of a simulation: values in [from, to) (the last bar includes `to`). */
export interface Bin {
  readonly from: Decimal;
  readonly to: Decimal;
  readonly count: number;
}

/** One percentile of a simulated distribution. */
export interface PercentileValue {
  /** The percentile, 0…100. */
  readonly p: number;
  readonly value: Decimal;
}

/** The simulated NPV distribution. Float origin: see {@link simulate}. */
export interface NpvDistribution {
  readonly mean: Decimal;
  /** Sample standard deviation (n − 1). */
  readonly sd: Decimal;
  /** sd ÷ √iterations: how far the mean may be from the true expected NPV by chance. */
  readonly standardError: Decimal;
  readonly min: Decimal;
  readonly max: Decimal;
  readonly p10: Decimal;
  readonly p50: Decimal;
  readonly p90: Decimal;
  /** P10, P50, P90 and the percentiles asked for, ascending. */
  readonly percentiles: readonly PercentileValue[];
}

/** One percentile of payback; null when at least that share of iterations never pays back. */
export interface PaybackPercentile {
  readonly p: number;
  /** In periods of the case. */
  readonly periods: Decimal | null;
  readonly years: Decimal | null;
}

/** The simulated payback distribution (simple payback, periods as in the exact evaluation). */
export interface PaybackDistribution {
  readonly p10: PaybackPercentile;
  readonly p50: PaybackPercentile;
  readonly p90: PaybackPercentile;
  readonly percentiles: readonly PaybackPercentile[];
  /** Share of iterations whose cumulative net flow never reaches 0 within the horizon. */
  readonly neverShare: Decimal;
}

/** What the draws of one uncertain driver looked like, in the units the driver is written in. */
export interface DriverDraws {
  readonly id: string;
  readonly label: string;
  readonly unit: string | undefined;
  readonly distribution: "uniform" | "triangular" | "pert" | "normal" | "lognormal";
  /** The exact mean of its distribution, for comparison. */
  readonly expectedMean: Decimal;
  readonly mean: Decimal;
  readonly sd: Decimal;
  readonly min: Decimal;
  readonly max: Decimal;
  /** Pearson correlation of the draws with NPV (null when either does not vary). */
  readonly correlation: Decimal | null;
}

/** The result of {@link simulate}. Deep-frozen. */
export interface Simulation {
  readonly iterations: number;
  readonly seed: number;
  readonly measure: "weighted" | "unadjusted";
  readonly scenario: { readonly id: string; readonly label: string } | undefined;
  readonly currency: string;
  readonly period: "month" | "quarter" | "year";
  readonly periodsPerYear: number;
  /** The exact NPV with every driver at its value (or the scenario's), the same measure. */
  readonly baseNpv: Decimal;
  readonly npv: NpvDistribution;
  /** Share of iterations with NPV > 0. */
  readonly probabilityPositive: Decimal;
  readonly payback: PaybackDistribution;
  /** Equal-width bars from the smallest to the largest NPV, for a chart. */
  readonly histogram: readonly Bin[];
  /** How many iterations the driver summaries cover: the first 20,000 (all of them when fewer). */
  readonly driverIterations: number;
  /** One entry per sampled driver, in the case's order, over the first `driverIterations` iterations. */
  readonly drivers: readonly DriverDraws[];
}

/** The options shared by evaluation, sensitivity, simulation and choosing. */
export interface CaseOptions {
  /** A scenario of the case by id, or a scenario given as data. */
  readonly scenario?: string | ScenarioInput;
  /** Driver values to use, on top of the scenario's (in the drivers' written units). */
  readonly drivers?: Readonly<Record<string, Numeric>>;
  /** `value` (default) evaluates drivers at their values; `mean` at the means of their distributions. */
  readonly basis?: "value" | "mean";
  /**
   * Lines to leave out, by id: their flows count as zero (`included: false`). What a headline without
   * the lines double counting flags is computed with: `excludeLines: evaluation.doubleCounting.flagged`.
   */
  readonly excludeLines?: readonly string[];
}

/** The parts of a reference frame evaluation reads (a `Frame` from `defineFrame` fits). */
export interface FrameLike {
  readonly goals: readonly {
    readonly id: string;
    readonly name?: string;
    /** The unit of the goal's metric: stated contributions are converted to it or checked against it. */
    readonly unit?: string;
    readonly baseline: Decimal;
    readonly target: Decimal;
    readonly direction: "increase" | "decrease";
  }[];
  readonly issues: readonly { readonly id: string }[];
  readonly solutions: readonly { readonly id: string }[];
  readonly values: readonly { readonly id: string }[];
}
