/**
 * The parameters of the locale templates that build sentences from a frame's own content. Every value is
 * already formatted for the locale (numbers, money, dates, lists), so templates only place them. Also the
 * shape of a locale's question templates: one sentence per question key of valueframe/questions.
 */
import type { Dimension, Level } from "../../frame/grid.js";
import type { DiagnosticQuestionKey } from "../../questions/keys.js";

/** One sentence per question key `K`, built from an element's formatted parameters `P`. */
export type QuestionTemplates<K extends string, P> = { readonly [Q in K]: (params: P) => string };

/** The sentence of every diagnostic question, by grid cell and key. */
export type DiagnosticTexts = { readonly [L in Level]: { readonly [D in Dimension]: { readonly [K in DiagnosticQuestionKey<L, D>]: string } } };

/** A strategic goal, formatted. */
export interface GoalParams {
  readonly name: string;
  readonly metric: string;
  readonly baseline: string;
  readonly target: string;
  readonly unit: string;
  readonly deadline: string;
  /** The change asked for, e.g. "+8" or "+20 %". */
  readonly change: string;
  /** The success factors serving the goal, joined; empty when none. */
  readonly successFactors: string;
  /** True when the metric should fall. */
  readonly decrease: boolean;
}

/** A critical issue, formatted. */
export interface IssueParams {
  readonly name: string;
  /** "CBI" or "CPI". */
  readonly kind: string;
  /** The grid cell it sits in, e.g. "Process management". */
  readonly cell: string;
  /** The cell's aspect, e.g. "Interface management"; empty when none is given. */
  readonly aspect: string;
  /** The success factors it hurts, joined; empty when none. */
  readonly successFactors: string;
  /** The goals it keeps out of reach (directly or through the success factors), joined. */
  readonly goals: string;
  /** True when the customer probably has not seen it yet (hiddenness ≥ 4). */
  readonly hidden: boolean;
  /** True when it persists or worsens if left alone (trend ≥ 4). */
  readonly worsening: boolean;
}

/** A high-energy solution, formatted. */
export interface SolutionParams {
  readonly name: string;
  /** The issues it addresses, joined. */
  readonly issues: string;
  /** "resolve" or "bypass", in words. */
  readonly approach: string;
  readonly bypass: boolean;
  /** The level it lands on, e.g. "Process". */
  readonly level: string;
  /** The capabilities it builds, joined; empty when none. */
  readonly capabilities: string;
  /** Its constraints, one by one. */
  readonly constraints: readonly string[];
  /** The constraint the `constraint` question asks about; empty in the other questions. */
  readonly constraint: string;
}

/** A performance value, formatted. */
export interface ValueParams {
  readonly name: string;
  /** The amount with its recurrence, e.g. "CN¥840,000.00 a year", or the words of a non-financial value. */
  readonly amount: string;
  readonly financial: boolean;
  /** The goal it serves. */
  readonly goal: string;
  /** Months until it starts and until it is fully realised. */
  readonly startsAfter: string;
  readonly realisedWithin: string;
  /** The probability as a percentage, e.g. "80%". */
  readonly probability: string;
  /** The solution that delivers it; empty when none is named. */
  readonly solution: string;
}
