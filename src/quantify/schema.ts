/**
 * The zod schemas of a value case: drivers, derived quantities, value lines, alternatives and scenarios.
 * They are the single source of the input and output types; formulas are checked afterwards by
 * {@link defineValueCase}, which needs the whole case to resolve names.
 */
import * as z from "zod";
import { figureSchema } from "../_internal/numericSchema.js";

/** A name formulas can use: letters, digits and `_`, not starting with a digit. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A number given as text, number, bigint or Decimal; becomes a Decimal, 0 or 1e-100 ≤ |x| < 1e100 in size (docs/limits.md). */
export const numericSchema = figureSchema;

const bounded = (low: number, high: number | undefined, what: string) =>
  numericSchema.superRefine((value, ctx) => {
    if (value.lt(low) || (high !== undefined && value.gt(high))) {
      ctx.addIssue({
        code: "custom",
        message: `${what} must be ${high === undefined ? `at least ${low}` : `between ${low} and ${high}`}, got ${value.toString()}`,
        params: { code: "out_of_range" },
      });
    }
  });

const idSchema = z.string().regex(IDENTIFIER, { message: "must be a name formulas can use: letters, digits and _, not starting with a digit" });
const unitSchema = z.string().min(1).max(100);

/** Where a driver's value comes from. */
export const provenanceSchema = z.strictObject({
  kind: z.enum(["customer_data", "benchmark", "assumption", "measured"]),
  source: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  confidence: bounded(0, 1, "confidence").optional(),
});

const range = { low: numericSchema, high: numericSchema };

/** How an uncertain driver varies. Triangular and PERT take the driver's value as their mode unless given. */
export const uncertaintySchema = z.discriminatedUnion("distribution", [
  z.strictObject({ distribution: z.literal("uniform"), ...range }),
  z.strictObject({ distribution: z.literal("triangular"), ...range, mode: numericSchema.optional() }),
  z.strictObject({ distribution: z.literal("pert"), ...range, mode: numericSchema.optional(), lambda: bounded(0, undefined, "lambda").optional() }),
  z.strictObject({ distribution: z.literal("normal"), mean: numericSchema.optional(), sd: bounded(0, undefined, "sd") }),
  z.strictObject({ distribution: z.literal("lognormal"), ...range }),
]);

/** A named input of the case. */
export const driverSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).optional(),
  value: numericSchema,
  unit: unitSchema.optional(),
  provenance: provenanceSchema,
  uncertainty: uncertaintySchema.optional(),
  /** True when the driver states an improvement the solution brings (used to flag double counting). */
  improvement: z.boolean().optional(),
});

/** A derived quantity: a formula over drivers and other quantities. */
export const quantitySchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).optional(),
  formula: z.string(),
  unit: unitSchema.optional(),
});

/** A link from a value line to the frame element it serves; goal links may say how much of the goal's metric it moves. */
export const lineLinkSchema = z.strictObject({
  kind: z.enum(["goal", "issue", "solution", "value"]),
  id: z.string().min(1),
  contribution: z.string().optional(),
});

/** A scale factor that extends a line over scope (sites, business units) or time, stated as an assumption. */
export const extensionSchema = z.strictObject({
  label: z.string().min(1),
  factor: z.union([z.string(), numericSchema]),
  over: z.enum(["scope", "time"]),
  source: z.string().min(1).optional(),
});

/** How a recurring line reaches its full amount. */
export const rampUpSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("linear"), periods: z.number().int().min(1).max(1200) }),
  z.strictObject({ type: z.literal("explicit"), factors: z.array(bounded(0, 1, "a ramp-up factor")).min(1) }),
]);

/** A benefit or a cost over time, with its probability and links. */
export const lineSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).optional(),
  kind: z.enum(["benefit", "cost"]),
  amount: z.union([z.string(), numericSchema]),
  unit: unitSchema.optional(),
  recurrence: z.enum(["once", "recurring"]),
  per: z.enum(["year", "period"]).optional(),
  start: z.number().int().min(0).optional(),
  duration: z.number().int().min(1).optional(),
  rampUp: rampUpSchema.optional(),
  probability: bounded(0, 1, "probability").optional(),
  extension: z.array(extensionSchema).optional(),
  serves: z.array(lineLinkSchema).optional(),
  kpi: z.string().min(1).optional(),
});

/** Mutually exclusive solutions for one issue (e.g. resolve vs bypass); only the chosen one's lines count. */
export const alternativeSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  options: z.array(z.string().min(1)).min(2),
  chosen: z.string().min(1).optional(),
});

/** Risk adjustment in the style of independent ROI studies: benefits × (1 − benefits), costs × (1 + costs). */
export const riskAdjustmentSchema = z.strictObject({
  benefits: bounded(0, 1, "the benefit risk adjustment"),
  costs: bounded(0, undefined, "the cost risk adjustment"),
  reason: z.string().min(1).optional(),
});

/**
 * A record keyed by the caller's ids. zod (rightly) never copies a `__proto__` key, which would drop an
 * override without a word; it is reported instead, at its path.
 */
const keyedRecord = <T extends z.ZodType>(value: T) =>
  z.preprocess((input, ctx) => {
    if (input !== null && typeof input === "object" && Object.prototype.hasOwnProperty.call(input, "__proto__")) {
      ctx.addIssue({ code: "custom", path: ["__proto__"], message: '"__proto__" cannot be an id: no driver or line has that name', input, params: { code: "reserved_name" } });
    }
    return input;
  }, z.record(z.string(), value));

/** A named set of overrides evaluated beside the base case. */
export const scenarioSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  drivers: keyedRecord(numericSchema).optional(),
  probabilities: keyedRecord(bounded(0, 1, "probability")).optional(),
  discountRate: bounded(-0.99, undefined, "discountRate").optional(),
  riskAdjustment: riskAdjustmentSchema.optional(),
});

/** A whole value case. */
export const valueCaseSchema = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  currency: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: "must be a unit name such as CNY or USD" }),
  period: z.enum(["month", "quarter", "year"]),
  horizon: z.number().int().min(1).max(1200),
  discountRate: bounded(-0.99, undefined, "discountRate"),
  rateBasis: z.enum(["compound", "nominal"]).optional(),
  drivers: z.array(driverSchema),
  quantities: z.array(quantitySchema).optional(),
  lines: z.array(lineSchema).min(1),
  alternatives: z.array(alternativeSchema).optional(),
  scenarios: z.array(scenarioSchema).optional(),
  /** The decision asked of the customer, in a sentence: the executive summary closes with it. */
  ask: z.string().trim().min(1).max(1000).optional(),
});

/** A value case as written (JSON or code): numbers may be strings, numbers, bigints or Decimals. */
export type ValueCaseInput = z.input<typeof valueCaseSchema>;
/** A validated value case: every number is a Decimal. Produced by {@link defineValueCase}; frozen. */
export type ValueCase = z.output<typeof valueCaseSchema>;
export type DriverInput = z.input<typeof driverSchema>;
export type Driver = z.output<typeof driverSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type Uncertainty = z.output<typeof uncertaintySchema>;
export type UncertaintyInput = z.input<typeof uncertaintySchema>;
export type Quantity = z.output<typeof quantitySchema>;
export type ValueLineInput = z.input<typeof lineSchema>;
export type ValueLine = z.output<typeof lineSchema>;
export type LineLink = z.output<typeof lineLinkSchema>;
export type Alternative = z.output<typeof alternativeSchema>;
export type RiskAdjustment = z.output<typeof riskAdjustmentSchema>;
export type RiskAdjustmentInput = z.input<typeof riskAdjustmentSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;

