/**
 * valueframe/qualify — qualifying before and during the pursuit, the way the seeds teach: leads and
 * their states, the opportunity assessment with our replaceable twenty questions, the customer's
 * purchase criteria as a computation (ranks, leads and the weight that would flip them), the customer
 * value matrix and the opening, 5W + 2P and PAIN + VISION + POWER for one opportunity; and across
 * accounts the funnel with the seller's stage-weighted pipeline, the account plan, top accounts and the
 * 5 + 5 + 5 tiers. Pure, validated, exact; every default that is ours is stated.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { QUALIFY_ERROR_CODES, QualifyArgumentError, QualifyValidationError } from "./errors.js";
export type { QualifyErrorCode } from "./errors.js";
export { defineQualification, qualifyOpportunity, safeDefineQualification } from "./defineQualification.js";
export type { DefineQualificationOptions, OpportunityQualification, SafeDefineQualificationResult } from "./defineQualification.js";
export { qualificationSchema } from "./schema.js";
export type { Qualification, QualificationInput } from "./schema.js";
export { assessmentHeadings, assessOpportunity, DEFAULT_GO_RULE, defaultAssessmentQuestions } from "./assessment.js";
export type { AnswerInput, Assessment, AssessmentDecision, AssessmentHeading, AssessmentQuestion } from "./assessment.js";
export { compareSuppliers, criteriaSigns, definePurchaseCriteria, safeDefinePurchaseCriteria, standardAttacks, standardConditionKinds, standardConditions, standardMoves } from "./purchaseCriteria.js";
export type { CriterionBreakEven, CriterionStanding, PersonRanking, StandardAttack, StandardCondition, StandardConditionKind, StandardMove, PurchaseCriteria, PurchaseCriteriaInput, SafeDefinePurchaseCriteriaResult, SupplierComparison, SupplierTotal } from "./purchaseCriteria.js";
export { categoryCommitment, leaders, opening, openings, turfs, valueMatrix } from "./positioning.js";
export type { LongTermImpact, OpeningGroup, OpeningStrategy, ValueMatrixPlacement, ValueMatrixThresholds } from "./positioning.js";
export { fiveWTwoP, fiveWTwoPQuestions, painVisionPower } from "./fiveWTwoP.js";
export type { FiveWTwoP, FiveWTwoPKey, PainVisionPower, QualifyingAnswer } from "./fiveWTwoP.js";
export { defineSuccessCases, leadStages, leadStates, problemConcernTable, prospectKinds, safeDefineSuccessCases, successCaseSchema, successCasesFor, valueTable } from "./leads.js";
export type { LeadState, ProblemConcernRow, SafeDefineSuccessCasesResult, SuccessCase, SuccessCaseInput, SuccessCaseMatch, ValueTableRow } from "./leads.js";
export { DEFAULT_STAGE_RATES, defineFunnel, funnelSchema, funnelStageInfo, funnelStages, safeDefineFunnel, suggestedFunnelStage, weightedPipeline } from "./funnel.js";
export type { Funnel, FunnelEntry, FunnelEntryInput, FunnelInput, FunnelStage, PipelineSum, SafeDefineFunnelResult, WeightedFunnelEntry, WeightedPipeline, WeightedPipelineOptions } from "./funnel.js";
export { defineTerritory, reviewTerritory, safeDefineTerritory, territorySchema } from "./territory.js";
export type { OpportunityRow, ReviewTerritoryOptions, SafeDefineTerritoryResult, Territory, TerritoryInput, TerritoryOpportunity, TerritoryReview } from "./territory.js";
export {
  accountPlanChecklist,
  accountPlanCompleteness,
  accountPlanSections,
  DEFAULT_TARGET_TEST,
  defineAccountPlan,
  defineTiers,
  MAX_ACCOUNTS_PER_TIER,
  reviewTiers,
  safeDefineAccountPlan,
  safeDefineTiers,
  targetMarketPotential,
  tierKindInfo,
  tierKinds,
  topAccountMeasures,
  topAccounts,
} from "./accounts.js";
export type {
  AccountPlan,
  AccountPlanCompleteness,
  AccountPlanInput,
  AccountPlanItem,
  AccountPlanSection,
  RankedAccount,
  RankedAccountInput,
  ReviewMonth,
  SafeDefineAccountPlanResult,
  SafeDefineTiersResult,
  TierAccount,
  TierAccountInput,
  TierAccountReview,
  TierKind,
  Tiers,
  TiersInput,
  TiersReview,
  TopAccountMeasure,
  TopAccountRow,
  TopAccounts,
  TopAccountsOptions,
} from "./accounts.js";
