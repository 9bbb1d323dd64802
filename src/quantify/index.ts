/**
 * valueframe/quantify — quantified value cases: drivers with provenance and uncertainty, formulas
 * (parsed by a restricted mathjs, evaluated exactly in Decimal), value lines over time with probability,
 * and their evaluation with a trace of every figure.
 *
 * @packageDocumentation
 */
export { defineValueCase, safeDefineValueCase } from "./defineValueCase.js";
export type { SafeDefineValueCaseResult } from "./defineValueCase.js";
export { evaluate } from "./evaluate.js";
export type { EvaluateOptions, FrameLike } from "./evaluate.js";
export { formatTrace } from "./formatTrace.js";
export type { CaseOptions } from "./_internal/settings.js";
export type {
  DoubleCounting,
  DriverValue,
  Evaluation,
  Figure,
  GoalContribution,
  LineEvaluation,
  Measures,
  OverlapGroup,
  PeriodRow,
  TraceInput,
} from "./types.js";
export { QUANTIFY_ERROR_CODES, QuantifyError, QuantifyLinkError, QuantifyOptionsError, QuantifyValidationError } from "./errors.js";
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
