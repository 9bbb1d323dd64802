/**
 * valueframe/questions — the question plan for meeting the customer, as locale-free data built from a
 * reference frame: per goal, issue, solution and value the questions that confirm the gap and those that
 * lead into the frame, as keys with the frame's facts, and the standard diagnostic questions of the nine
 * grid cells. valueframe/render words a plan (`questionPlanText`, `questionPlanToMarkdown`).
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { QUESTIONS_ERROR_CODES, QuestionsArgumentError } from "./errors.js";
export type { QuestionsErrorCode } from "./errors.js";
export { diagnosticQuestionKeys, goalQuestionKeys, issueQuestionKeys, personQuestionKeys, solutionQuestionKeys, valueQuestionKeys } from "./keys.js";
export type { DiagnosticQuestionKey, GoalQuestionKey, IssueQuestionKey, PersonQuestionKey, SolutionQuestionKey, ValueQuestionKey } from "./keys.js";
export { questionPlan } from "./questionPlan.js";
export type { QuestionPlanOptions } from "./questionPlan.js";
export type {
  CellQuestions,
  ElementQuestions,
  ElementRef,
  FinancialValueFacts,
  GoalFacts,
  GoalQuestions,
  IssueFacts,
  IssueQuestions,
  PersonFacts,
  PersonQuestions,
  NonFinancialValueFacts,
  Question,
  QuestionElementKind,
  QuestionPlan,
  SolutionFacts,
  SolutionQuestions,
  ValueFacts,
  ValueQuestions,
} from "./types.js";
