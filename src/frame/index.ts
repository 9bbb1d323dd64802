/**
 * The reference frame (参照系): strategic goals, critical success factors, critical issues on the 3 × 3
 * performance grid, high-energy solutions and performance values, validated and queried as frozen data.
 *
 * @module
 */
export { criticalIssueSchema, issueKinds, issueTestInfo, issueTests, issueTestsSchema } from "./criticalIssue.js";
export type { CriticalIssue, CriticalIssueInput, IssueKind, IssueTest, IssueTests } from "./criticalIssue.js";
export { defineFrame, safeDefineFrame } from "./defineFrame.js";
export type { SafeDefineFrameResult } from "./defineFrame.js";
export { elementKindInfo, elementKinds } from "./elements.js";
export type { ElementKind, ElementKindInfo, FrameElement } from "./elements.js";
export { FRAME_ERROR_CODES, FrameArgumentError, FrameLookupError, FrameValidationError } from "./errors.js";
export type { FrameErrorCode } from "./errors.js";
export { currencySchema, customerSchema, frameSchema } from "./frame.js";
export type { Customer, Frame, FrameInput } from "./frame.js";
export { frameWarnings } from "./frameWarnings.js";
export type { FrameWarning } from "./frameWarnings.js";
export { directions, goalSchema, perspectives } from "./goal.js";
export type { Direction, Goal, GoalInput, Perspective } from "./goal.js";
export { dimensions, gridAspects, gridCellSchema, jobManagementFactors, levels, managementKinds } from "./grid.js";
export type { Dimension, GridCell, GridCellInput, JobManagementFactor, Level, ManagementKind } from "./grid.js";
export {
  financialValueSchema,
  nonFinancialValueSchema,
  performanceValueSchema,
  recurrences,
  valueKinds,
  valueTimingSchema,
} from "./performanceValue.js";
export type {
  FinancialValue,
  NonFinancialValue,
  PerformanceValue,
  PerformanceValueInput,
  Recurrence,
  ValueKind,
  ValueTiming,
} from "./performanceValue.js";
export { findElement } from "./queries/findElement.js";
export { goalChain } from "./queries/goalChain.js";
export type { GoalChain, GoalChainIssue, GoalChainSolution } from "./queries/goalChain.js";
export { rankSolutions } from "./queries/rankSolutions.js";
export type { RankedSolution } from "./queries/rankSolutions.js";
export { scoreSolution } from "./queries/scoreSolution.js";
export type { SolutionScore, SolutionWeights } from "./queries/scoreSolution.js";
export { solutionChain } from "./queries/solutionChain.js";
export type { SolutionChain, SolutionChainIssue } from "./queries/solutionChain.js";
export { unaddressedIssues } from "./queries/unaddressedIssues.js";
export { unlinkedElements } from "./queries/unlinkedElements.js";
export type { UnlinkedElement } from "./queries/unlinkedElements.js";
export { approaches, solutionCriteria, solutionCriterionInfo, solutionSchema, solutionScoresSchema } from "./solution.js";
export type { Approach, SolutionCriterion, SolutionInput, Solution, SolutionScores } from "./solution.js";
export { successFactorSchema, successFactorSources } from "./successFactor.js";
export type { SuccessFactor, SuccessFactorInput, SuccessFactorSource } from "./successFactor.js";
