/** The data of a question plan: questions per frame element and per grid cell, in one locale. */
import type { CriticalIssue } from "../../frame/criticalIssue.js";
import type { Dimension, Level } from "../../frame/grid.js";
import type { LocaleId } from "../locales/types.js";

/** The kinds of frame element a plan asks about, in the order of a meeting. */
export type QuestionElementKind = "goal" | "issue" | "solution" | "value";

/** Questions about one element of the frame. */
export interface ElementQuestions {
  readonly kind: QuestionElementKind;
  readonly id: string;
  readonly name: string;
  /** Questions that confirm the gap between the customer's view and the frame. */
  readonly confirm: readonly string[];
  /** Questions that lead the customer into the frame. */
  readonly lead: readonly string[];
}

/** The standard diagnostic questions of one cell of the 3 × 3 grid, with the issues located there. */
export interface CellQuestions {
  readonly level: Level;
  readonly dimension: Dimension;
  /** The cell's name in the plan's locale, e.g. "Process management". */
  readonly name: string;
  /** Ids of the frame's issues placed on this cell. */
  readonly issues: readonly CriticalIssue["id"][];
  readonly questions: readonly string[];
}

/** A question plan for meeting the customer, generated from a frame. Deep-frozen. */
export interface QuestionPlan {
  readonly locale: LocaleId;
  readonly customer: string;
  readonly goals: readonly ElementQuestions[];
  readonly issues: readonly ElementQuestions[];
  readonly solutions: readonly ElementQuestions[];
  readonly values: readonly ElementQuestions[];
  /** The nine cells, process level first (where most issues hide), then organisation, then job. */
  readonly diagnostics: readonly CellQuestions[];
}
