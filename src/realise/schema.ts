/**
 * zod schemas of a realisation — what the customer measures after the sale to prove the case: the KPIs
 * (each with its baseline, target, the driver of the case it sets, the line, goal and BVF KPI it belongs
 * to, who measures it, its milestones) and the dated measurements, corrections kept beside what they
 * correct. The single source of its input types and of the document's JSON Schema. The
 * baseline/target/actual contract is valueframe's extension of the seeds' "demonstrate the milestones"
 * and "track expected against actual every month" (docs/realise.md).
 */
import * as z from "zod";
import { dateField as date, idField as id, textField as text } from "../_internal/schemaFields.js";
import { figureSchema } from "../_internal/numericSchema.js";


/**
 * How a measured KPI sets a driver of the case, so realised money comes from the case's own formulas:
 * `gain` — the improvement from the baseline in the KPI's good direction (DSO 62 → 55 sets 7);
 * `actual` — the measured value itself; `share` — the driver's value in the case × the share of the
 * planned improvement achieved ((baseline − actual) ÷ (baseline − target)).
 */
export const driverMappings = ["gain", "actual", "share"] as const;

/** A milestone: the KPI at (or beyond) a value by a date. */
export const milestoneSchema = z.strictObject({ id, date, value: figureSchema, label: text });

/** A point of an explicit planned path: the KPI's planned value on a date. */
export const planPointSchema = z.strictObject({ date, value: figureSchema });

/** One KPI to measure. */
export const kpiSchema = z.strictObject({
  id,
  name: text,
  unit: text,
  baseline: figureSchema,
  target: figureSchema,
  direction: z.enum(["increase", "decrease"], { error: 'expected "increase" or "decrease"' }),
  /** The driver of the case this KPI sets, and how. */
  sets: z.strictObject({ driver: id, as: z.enum(driverMappings, { error: 'expected "gain", "actual" or "share"' }) }).optional(),
  /** The case's line whose timing and ramp-up give the planned path (when no `plan` is written). */
  line: id.optional(),
  /** The frame's goal it serves. */
  goal: id.optional(),
  /** The BVF's operational KPI it is: its actuals roll up to the executive KPIs. */
  operationalKpi: id.optional(),
  /** Who measures it: a person of the buying centre, by id. */
  measuredBy: id.optional(),
  /** An explicit planned path (dates and values); without it the path comes from `line`, else runs straight over the horizon. */
  plan: z.array(planPointSchema).readonly().optional(),
  milestones: z.array(milestoneSchema).readonly().default([]),
});

/** One dated measurement of a KPI. */
export const measurementSchema = z.strictObject({
  kpi: id,
  date,
  value: figureSchema,
  /** The unit it was measured in: when given, it must be the KPI's. */
  unit: text.optional(),
  source: text,
  /** How sure the measurement is, 0 … 1. */
  confidence: figureSchema.optional(),
  /** Replaces the measurements of this KPI on this date written before it; they are kept as history. */
  correction: z.boolean().default(false),
  note: z.string().optional(),
});

/** A realisation: when the case started, the KPIs, the measurements. */
export const realisationSchema = z.strictObject({
  /** The day the case's period 0 begins (signing or go-live): its periods run from here. */
  start: date,
  kpis: z.array(kpiSchema).readonly(),
  actuals: z.array(measurementSchema).readonly().default([]),
});

/** A realisation as written: plain JSON-like data (figures may be numbers, decimal strings, bigints or Decimals). */
export type RealisationInput = z.input<typeof realisationSchema>;
/** A validated, deep-frozen realisation, in the order written; figures as Decimals. */
export type Realisation = z.output<typeof realisationSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type Measurement = z.output<typeof measurementSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type DriverMapping = (typeof driverMappings)[number];
