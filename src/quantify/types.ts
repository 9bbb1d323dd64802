/**
 * The shapes quantify returns: the evaluation of a case (cash-flow table, measures, goal contribution,
 * double-counting flags) and the trace figures every number carries. All plain frozen data; every
 * figure is a Decimal (JSON-serialises to an exact string).
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
  readonly lines: readonly string[];
  /** Probability-weighted NPV of the lines serving the goal. */
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

/** The options shared by evaluation, sensitivity, simulation and choosing. */
export interface CaseOptions {
  /** A scenario of the case by id, or a scenario given as data. */
  readonly scenario?: string | ScenarioInput;
  /** Driver values to use, on top of the scenario's (in the drivers' written units). */
  readonly drivers?: Readonly<Record<string, Numeric>>;
  /** `value` (default) evaluates drivers at their values; `mean` at the means of their distributions. */
  readonly basis?: "value" | "mean";
}
