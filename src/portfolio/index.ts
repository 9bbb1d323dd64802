/**
 * valueframe/portfolio — many value cases as one pipeline of customer value: each evaluated document
 * summarised into a few hundred bytes of plain JSON (or its failure listed, with file, line and path),
 * the summaries aggregated as they come, in any order — the customers' probability-weighted NPV in one
 * reporting currency at stated exchange rates, by expected decision month, tier, funnel stage, solution
 * and goal perspective; their weighted benefits by calendar month; the seller's stage-weighted revenue
 * beside it, never in it; the cases ranked. Exact, pure, and the same for any order of adding.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { PORTFOLIO_ERROR_CODES, PortfolioArgumentError, PortfolioNoCaseError, PortfolioRateError, PortfolioValidationError } from "./errors.js";
export type { MissingRate, PortfolioErrorCode } from "./errors.js";
export { definePortfolio, safeDefinePortfolio } from "./definePortfolio.js";
export type { Portfolio, SafeDefinePortfolioResult } from "./definePortfolio.js";
export { exchangeRateSchema, portfolioSchema } from "./schema.js";
export type { ExchangeRate, PortfolioInput } from "./schema.js";
export { caseFailure, summariseCase, UNASSIGNED } from "./summariseCase.js";
export type { CaseFailure, CaseFailureOptions, CaseIdentity, CaseSimulationSummary, CaseSummary, PerspectiveBucket, SummariseCaseOptions } from "./summariseCase.js";
export { aggregatePortfolio, createAggregator, NO_STAGE, pipelineByMonth, UNTIERED } from "./aggregate.js";
export type {
  CustomerValue,
  DecisionMonthValue,
  FlowMonth,
  PerspectiveValue,
  PipelineMonth,
  PortfolioAggregator,
  PortfolioPipeline,
  RankedCase,
  RankedSimulation,
  RateUsed,
  SellerRevenue,
  SellerRevenueSum,
  SimulatedRisk,
  SolutionValue,
  StageValue,
  TierValue,
} from "./aggregate.js";
