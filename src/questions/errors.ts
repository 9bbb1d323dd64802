/** The errors the questions module throws, each with a stable `code`. */
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of questions errors. */
export const QUESTIONS_ERROR_CODES = {
  /** Arguments of a questions function are not valid (see `issues`). */
  invalidArgument: "QUESTIONS_INVALID_ARGUMENT",
} as const;

/** One of {@link QUESTIONS_ERROR_CODES}. */
export type QuestionsErrorCode = (typeof QUESTIONS_ERROR_CODES)[keyof typeof QUESTIONS_ERROR_CODES];

/**
 * Thrown when an argument of a questions function is not what it accepts — a plan asked of something
 * that is not a frame — listing every problem with its path (code `QUESTIONS_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * try {
 *   questionPlan(42);
 * } catch (error) {
 *   if (error instanceof QuestionsArgumentError) error.issues[0]?.path; //=> ["frame"]
 * }
 * ```
 */
export class QuestionsArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "questionPlan arguments") {
    super(QUESTIONS_ERROR_CODES.invalidArgument, issues, subject);
  }
}
