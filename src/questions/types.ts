/**
 * The data of a question plan: for each frame element the facts its questions are built from and the
 * questions themselves as keys, and the diagnostic questions of each grid cell. Locale-free: numbers are
 * Decimals, dates ISO, names the frame's own; valueframe/render words a plan in any locale.
 */
import type { IssueKind } from "../frame/criticalIssue.js";
import type { Direction } from "../frame/goal.js";
import type { Dimension, Level } from "../frame/grid.js";
import type { Recurrence } from "../frame/performanceValue.js";
import type { Approach } from "../frame/solution.js";
import type { Decimal } from "../numeric/decimal.js";
import type { DiagnosticQuestionKey, GoalQuestionKey, IssueQuestionKey, PersonQuestionKey, SolutionQuestionKey, ValueQuestionKey } from "./keys.js";

/** The kinds of frame element a plan asks about, in the order of a meeting. */
export type QuestionElementKind = "goal" | "issue" | "solution" | "value";

/** A frame element a question refers to. */
export interface ElementRef {
  readonly id: string;
  /** Its name in the frame (its id when the frame has no such element). */
  readonly name: string;
}

/** One question, as data: which question it is and, where it adds one, its own fact. */
export interface Question<K extends string = string> {
  /** Which question (see `goalQuestionKeys`, `diagnosticQuestionKeys`…); a locale words it. */
  readonly key: K;
  /** Text from the frame this one question is about, beyond its element's facts: a solution's `constraint`. */
  readonly params?: { readonly [name: string]: string };
}

/** What the questions about a strategic goal are built from. */
export interface GoalFacts {
  readonly metric: string;
  readonly baseline: Decimal;
  readonly target: Decimal;
  readonly unit: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly deadline: string;
  readonly direction: Direction;
  /** The success factors that serve the goal. */
  readonly successFactors: readonly ElementRef[];
}

/** What the questions about a critical issue are built from. */
export interface IssueFacts {
  readonly kind: IssueKind;
  /** The grid cell it sits in, and the cell's aspect when the frame names one (a key such as `"interface"`). */
  readonly level: Level;
  readonly dimension: Dimension;
  readonly aspect?: string;
  /** The success factors it hurts. */
  readonly successFactors: readonly ElementRef[];
  /** The goals it keeps out of reach, directly or through the success factors it hurts. */
  readonly goals: readonly ElementRef[];
  /** The customer probably has not seen it yet (hiddenness ≥ 4). */
  readonly hidden: boolean;
  /** It persists or worsens if left alone (trend ≥ 4). */
  readonly worsening: boolean;
}

/** What the questions about a high-energy solution are built from. */
export interface SolutionFacts {
  /** The issues it addresses. */
  readonly issues: readonly ElementRef[];
  readonly approach: Approach;
  /** The grid level it lands on. */
  readonly level: Level;
  readonly capabilities: readonly string[];
  readonly constraints: readonly string[];
}

/** What the questions about a performance value are built from, both kinds alike. */
interface ValueFactsBase {
  /** The goal it serves. */
  readonly goal: ElementRef;
  /** The solution that delivers it, when the frame names one. */
  readonly solution?: ElementRef;
  readonly startsAfterMonths: Decimal;
  readonly realisedWithinMonths: Decimal;
  /** A fraction: 0.8 for 80 %. */
  readonly probability: Decimal;
}

/** What the questions about a financial value are built from. */
export interface FinancialValueFacts extends ValueFactsBase {
  readonly kind: "financial";
  readonly amount: Decimal;
  /** The frame's currency (ISO 4217). */
  readonly currency: string;
  readonly recurrence: Recurrence;
}

/** What the questions about a non-financial value are built from. */
export interface NonFinancialValueFacts extends ValueFactsBase {
  readonly kind: "non-financial";
  /** The value in the frame's own words. */
  readonly amount: string;
  readonly unit?: string;
}

/** What the questions about a performance value are built from. */
export type ValueFacts = FinancialValueFacts | NonFinancialValueFacts;

/** The questions about one element of the frame, of kind `K`. */
interface ElementQuestionsOf<K extends QuestionElementKind, F, Q extends string> {
  readonly kind: K;
  readonly id: string;
  readonly name: string;
  /** The frame's facts every question of the element is built from. */
  readonly facts: F;
  /** Questions that confirm the gap between the customer's view and the frame. */
  readonly confirm: readonly Question<Q>[];
  /** Questions that lead the customer into the frame. */
  readonly lead: readonly Question<Q>[];
}

/** The questions about a strategic goal. */
export type GoalQuestions = ElementQuestionsOf<"goal", GoalFacts, GoalQuestionKey>;
/** The questions about a critical issue. */
export type IssueQuestions = ElementQuestionsOf<"issue", IssueFacts, IssueQuestionKey>;
/** The questions about a high-energy solution. */
export type SolutionQuestions = ElementQuestionsOf<"solution", SolutionFacts, SolutionQuestionKey>;
/** The questions about a performance value. */
export type ValueQuestions = ElementQuestionsOf<"value", ValueFacts, ValueQuestionKey>;

/** The questions about one element of the frame. */
export type ElementQuestions = GoalQuestions | IssueQuestions | SolutionQuestions | ValueQuestions;

/** The standard diagnostic questions of one cell of the 3 × 3 grid, with the issues located there. */
export interface CellQuestions {
  readonly level: Level;
  readonly dimension: Dimension;
  /** Ids of the frame's issues placed on this cell. */
  readonly issues: readonly string[];
  readonly questions: readonly Question<DiagnosticQuestionKey>[];
}

/** What the questions for one person are built from: the frame's goals and issues their needs name, and what they said. */
export interface PersonFacts {
  readonly title: string | undefined;
  readonly goals: readonly ElementRef[];
  readonly issues: readonly ElementRef[];
  /** Their needs in their words. */
  readonly needs: readonly string[];
  /** Their expectations that are measures (the concrete solution they have in mind). */
  readonly measures: readonly string[];
}

/** The questions for one person of the buying centre, by question system. Seller-only, like everything about the people. */
export interface PersonQuestions {
  readonly id: string;
  readonly name: string;
  readonly facts: PersonFacts;
  /** Exploring questions: the decision process, then expectation, need and motive — only what is still missing. */
  readonly exploring: readonly Question<PersonQuestionKey>[];
  /** Controlling questions, once expectations and needs are known; empty before. */
  readonly controlling: readonly Question<PersonQuestionKey>[];
  readonly confirming: readonly Question<PersonQuestionKey>[];
  /** The nine-question vision grid, about the first issue (or goal) their needs name; empty when they name none. */
  readonly visionGrid: readonly Question<PersonQuestionKey>[];
  /** SPIN: situation, problem, implication, need-payoff; empty when their needs name no goal or issue. */
  readonly spin: readonly Question<PersonQuestionKey>[];
}

/** A question plan for meeting the customer, generated from a frame: locale-free, deep-frozen data. */
export interface QuestionPlan {
  readonly customer: string;
  readonly goals: readonly GoalQuestions[];
  readonly issues: readonly IssueQuestions[];
  readonly solutions: readonly SolutionQuestions[];
  readonly values: readonly ValueQuestions[];
  /** The nine cells, process level first (where most issues hide), then organisation, then job. */
  readonly diagnostics: readonly CellQuestions[];
  /** The questions for each person of the buying centre, when one was given; in its order. */
  readonly people: readonly PersonQuestions[];
}
