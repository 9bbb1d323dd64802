/**
 * valueframe/bvf — the Business Value Framework: executive KPIs ← business intentions ← operational KPIs
 * ← vendor solutions, built in six steps, checked on three key points, queried and rolled up in exact
 * decimals.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { bvf } from "./builder.js";
export type { BvfBuilder, BvfHeader, SellerKpiLink } from "./builder.js";
export { defineBvf, safeDefineBvf } from "./defineBvf.js";
export type { SafeDefineBvfResult } from "./defineBvf.js";
export { toBvfData } from "./toBvfData.js";
export type { BvfData, ExecutiveKpiData, SellerKpiData } from "./toBvfData.js";
export {
  bvfSchema,
  competitorSchema,
  executiveKpiSchema,
  intentionSchema,
  operationalKpiSchema,
  sellerKpiSchema,
  vendorSolutionSchema,
} from "./schema.js";
export type {
  BvfInput,
  CompetitorInput,
  ExecutiveKpiInput,
  IntentionInput,
  OperationalKpiInput,
  SellerKpiInput,
  VendorSolutionInput,
} from "./schema.js";
export { BVF_ERROR_CODES, BvfArgumentError, BvfLookupError, BvfValidationError } from "./errors.js";
export type { BvfErrorCode } from "./errors.js";
export { checkBvf } from "./checkBvf.js";
export type { BvfFinding, BvfFindingCode, FindingSeverity } from "./checkBvf.js";
export { rollUp } from "./rollUp.js";
export type {
  BvfRollUp,
  ImprovementSource,
  RollUpOptions,
  RolledUpExecutiveKpi,
  RolledUpIntention,
  RolledUpOperationalKpi,
} from "./rollUp.js";
export { pathsUp } from "./pathsUp.js";
export { pathsDown } from "./pathsDown.js";
export { levelCoverage } from "./levelCoverage.js";
export type { BvfCoverage, LevelCoverage } from "./levelCoverage.js";
export { singleSolutionRisks } from "./singleSolutionRisks.js";
export type { SingleSolutionRisk } from "./singleSolutionRisks.js";
export { rankVendorSolutions } from "./rankVendorSolutions.js";
export type { RankedVendorSolution } from "./rankVendorSolutions.js";
export { bvfFromFrame } from "./bvfFromFrame.js";
export type { BvfFromFrameOptions } from "./bvfFromFrame.js";
export { frameFromBvf } from "./frameFromBvf.js";
export type { FrameFromBvfOptions } from "./frameFromBvf.js";
export { Dec, toDec } from "../numeric/decimal.js";
export type { Decimal, Numeric } from "../numeric/decimal.js";
export type {
  Bvf,
  BvfNode,
  BvfNodeKind,
  BvfPruned,
  BusinessIntention,
  Competitor,
  ExecutiveKpi,
  IntentionLink,
  KpiDirection,
  OperationalKpi,
  OperationalLink,
  SellerKpi,
  SellerKpiKind,
  SolutionKind,
  SolutionLink,
  VendorSolution,
} from "./types.js";
