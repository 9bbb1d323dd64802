/**
 * valueframe/pursuit — how the customer buys and how the order moves: the ten-stage purchase process as
 * data, where each person of the buying centre stands over time and the deal's stage, visits and the
 * action commitments that are the only real progress (with whether they were kept), the concerns behind
 * refusals, the negotiation's zone of agreement, the seeds' warnings, and the next moves, each citing
 * its rule. Pure, validated, frozen; every judgement that depends on today takes `asOf`.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { PURSUIT_ERROR_CODES, PursuitArgumentError, PursuitValidationError } from "./errors.js";
export type { PursuitErrorCode } from "./errors.js";
export { definePursuit, safeDefinePursuit } from "./definePursuit.js";
export type { DefinePursuitOptions, SafeDefinePursuitResult } from "./definePursuit.js";
export { dealStage, stageHistories } from "./stageHistory.js";
export type { DealStage, StageHistory, StageOptions, StagePoint } from "./stageHistory.js";
export { commitmentStatuses, progress } from "./commitments.js";
export type { CommitmentState, CommitmentStatus, Progress, ProgressCounts } from "./commitments.js";
export { negotiationPosition } from "./negotiation.js";
export type { NegotiationPosition } from "./negotiation.js";
export { checkPursuit, pursuitFindingCodes, STALL_AFTER_DAYS } from "./checkPursuit.js";
export type { CheckPursuitOptions, PursuitFinding, PursuitFindingCode, PursuitFindingSeverity } from "./checkPursuit.js";
export { nextMoves, pursuitRules } from "./nextMoves.js";
export type { Move, NextMovesOptions, PursuitRuleId } from "./nextMoves.js";
export {
  commitmentKinds,
  commitmentsForStage,
  concernCurve,
  concernHandling,
  concernLevels,
  negotiationStages,
  phaseTasks,
  pullBackStrategies,
  purchaseStages,
  stageIds,
  stageSigns,
} from "./process.js";
export type { BuyingPhase, CommitmentKind, ConcernLevel, ConcernTopic, DifficultyBand, FourStage, NegotiationStage, PurchaseStage, StageFocus, StageNumber, StageSign } from "./process.js";
export { leanings, pursuitSchema } from "./schema.js";
export type { Commitment, Concern, Leaning, Negotiation, Pursuit, PursuitInput, StageObservation, Trade, Visit } from "./schema.js";
