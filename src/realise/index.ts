/**
 * valueframe/realise — value realisation after the sale: the KPIs the customer measures (baseline,
 * target, the driver of the case each sets, the planned path from the case's timing, milestones, who
 * measures), dated actuals with corrections kept, and the case tracked against them as of a day — per
 * KPI plan, actual, variance, attainment and status; in money, the case re-evaluated with the actual
 * driver values, realised against promised, and forecasts at completion; the BVF rolled up from actuals.
 * Pure, validated, exact; nothing reads a clock.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { REALISE_ERROR_CODES, RealiseArgumentError, RealiseValidationError } from "./errors.js";
export type { RealiseErrorCode } from "./errors.js";
export { defineRealisation, safeDefineRealisation } from "./defineRealisation.js";
export type { DefineRealisationOptions, SafeDefineRealisationResult } from "./defineRealisation.js";
export { DEFAULT_STATUS_THRESHOLDS, trackRealisation, TREND_POINTS } from "./trackRealisation.js";
export { measurementPlan } from "./measurementPlan.js";
export type { DraftKpi, MeasurementPlanInput } from "./measurementPlan.js";
export type { KpiMonth, KpiStatus, MilestoneState, MoneyPeriod, MoneyTrack, RealisationTrack, StatusThresholds, TrackedKpi, TrackedMeasurement, TrackOptions } from "./trackRealisation.js";
export { driverMappings, realisationSchema } from "./schema.js";
export type { DriverMapping, Kpi, Measurement, Milestone, Realisation, RealisationInput } from "./schema.js";
