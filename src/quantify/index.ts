/**
 * valueframe/quantify — quantified value cases: drivers with provenance and uncertainty, formulas
 * (parsed by a restricted mathjs, evaluated exactly in Decimal), value lines over time with probability,
 * and their evaluation with a trace of every figure.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { defineValueCase, safeDefineValueCase } from "./defineValueCase.js";
export type { SafeDefineValueCaseResult } from "./defineValueCase.js";
export { evaluate } from "./evaluate.js";
export type { EvaluateOptions } from "./evaluate.js";
export { formatTrace } from "./formatTrace.js";
export { MAX_SCENARIOS, MAX_SCENARIO_WORK, evaluateScenarios } from "./evaluateScenarios.js";
export type { EvaluateScenariosOptions } from "./evaluateScenarios.js";
export { riskAdjustment } from "./riskAdjustment.js";
export type { RiskAdjustmentOptions } from "./riskAdjustment.js";
export { diffEvaluations } from "./diffEvaluations.js";
export { tornado } from "./tornado.js";
export { executiveSummary } from "./executiveSummary.js";
export { formulaFunctions, formulaTree } from "./formulaTree.js";
export type { FormulaNode } from "./formulaTree.js";
export type { ExecutiveSummary, ExecutiveSummaryOptions, IrrCaveat, SummaryAssumption, SummaryLine, SummaryScenario } from "./executiveSummary.js";
export type { TornadoOptions } from "./tornado.js";
export { MAX_BREAK_EVEN_WORK, breakEven } from "./breakEven.js";
export type { BreakEvenOptions } from "./breakEven.js";
export { compareAlternatives } from "./compareAlternatives.js";
export type { CompareAlternativesOptions } from "./compareAlternatives.js";
export { MAX_CANDIDATES, chooseSolutions } from "./chooseSolutions.js";
export type { CandidateInput, ChooseSolutionsOptions } from "./chooseSolutions.js";
export { MAX_SIMULATION_WORK, simulate } from "./simulate.js";
export type { SimulateOptions } from "./simulate.js";
// Every result type, and the inputs several functions share (CaseOptions, FrameLike).
export type {
  AlternativeComparison,
  AlternativeOption,
  AlternativesComparison,
  Bin,
  BreakEven,
  CandidateOutcome,
  CaseOptions,
  ChoiceCode,
  DoubleCounting,
  DriverDraws,
  DriverValue,
  Evaluation,
  EvaluationDiff,
  Figure,
  FigureChange,
  FrameLike,
  GoalContribution,
  LineEvaluation,
  Measures,
  NpvDistribution,
  OverlapGroup,
  PaybackDistribution,
  PaybackPercentile,
  PercentileValue,
  PeriodRow,
  ScenarioComparison,
  ScenarioRow,
  Simulation,
  SolutionChoice,
  Tornado,
  TornadoRow,
  TraceInput,
} from "./types.js";
export { QUANTIFY_ERROR_CODES, QuantifyArgumentError, QuantifyError, QuantifyLinkError, QuantifyValidationError } from "./errors.js";
export type { QuantifyErrorCode } from "./errors.js";
export {
  alternativeSchema,
  driverSchema,
  extensionSchema,
  lineLinkSchema,
  lineSchema,
  provenanceSchema,
  quantitySchema,
  rampUpSchema,
  riskAdjustmentSchema,
  scenarioSchema,
  uncertaintySchema,
  valueCaseSchema,
} from "./schema.js";
export type {
  Alternative,
  Driver,
  DriverInput,
  LineLink,
  Provenance,
  Quantity,
  RiskAdjustment,
  RiskAdjustmentInput,
  Scenario,
  ScenarioInput,
  Uncertainty,
  UncertaintyInput,
  ValueCase,
  ValueCaseInput,
  ValueLine,
  ValueLineInput,
} from "./schema.js";
export { Dec, toDec } from "../numeric/decimal.js";
export type { Decimal, Numeric } from "../numeric/decimal.js";
