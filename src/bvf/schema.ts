/**
 * zod schemas of a Business Value Framework's input, the single source of its input types. Numbers are
 * any {@link Numeric}; links are written as an id or as `{ id, weight }`-style objects.
 */
import * as z from "zod";
import type { Decimal } from "../numeric/decimal.js";
import { figureInputSchema as numericSchema } from "../_internal/numericSchema.js";

const id = z.string({ error: "expected an id string" }).min(1, { error: "an id must not be empty" });
const text = z.string({ error: "expected a string" }).min(1, { error: "must not be empty" });
const direction = z.enum(["increase", "decrease"], { error: 'expected "increase" or "decrease"' });

/** Accepts `"E1"` or `{ id: "E1", <figure>: … }`; the union gets one clear message instead of zod's generic one. */
function linkSchema<T extends z.ZodObject>(object: T, figure: string) {
  return z.union([id, object], { error: `expected an id string or a link object { id, ${figure} }` });
}

const intentionLink = linkSchema(z.strictObject({ id, elasticity: numericSchema.optional() }), "elasticity");
const operationalLink = linkSchema(z.strictObject({ id, weight: numericSchema.optional() }), "weight");
const solutionLink = linkSchema(z.strictObject({ id, improvement: numericSchema.optional() }), "improvement");

/** Step 1: a customer executive KPI. */
export const executiveKpiSchema = z.strictObject({
  id,
  name: text,
  unit: text.optional(),
  baseline: numericSchema.optional(),
  target: numericSchema.optional(),
  direction: direction.optional(),
  expectedImprovement: numericSchema.optional(),
  weight: numericSchema.optional(),
  owner: text.optional(),
  note: z.string().optional(),
});

/** Step 2 (and its step-3 links): a seller KPI or business goal. */
export const sellerKpiSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(["kpi", "goal"], { error: 'expected "kpi" or "goal"' }).optional(),
  serves: z.array(id).optional(),
  note: z.string().optional(),
});

/** Step 4: a business intention linked to executive KPIs. */
export const intentionSchema = z.strictObject({
  id,
  name: text,
  serves: z.array(intentionLink).optional(),
  owner: text.optional(),
  note: z.string().optional(),
});

/** Step 5: an operational KPI of a function, linked to intentions or to operational KPIs it feeds. */
export const operationalKpiSchema = z.strictObject({
  id,
  name: text,
  function: text,
  unit: text.optional(),
  baseline: numericSchema.optional(),
  target: numericSchema.optional(),
  direction: direction.optional(),
  serves: z.array(operationalLink).optional(),
  note: z.string().optional(),
});

/** Step 6: a vendor solution linked to operational KPIs. */
export const vendorSolutionSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(["product", "programme", "service"], { error: 'expected "product", "programme" or "service"' }).optional(),
  phase: z.number({ error: "expected a phase number" }).int({ error: "a phase is a whole number" }).min(1, { error: "phases start at 1" }).optional(),
  differentiator: text.optional(),
  measure: text.optional(),
  alsoOfferedBy: z.array(id).optional(),
  serves: z.array(solutionLink).optional(),
  note: z.string().optional(),
});

/** A competitor in the deal. */
export const competitorSchema = z.strictObject({ id, name: text });

/** A whole BVF as plain data: what {@link defineBvf} accepts and {@link toBvfData} returns. */
export const bvfSchema = z.strictObject({
  name: text.optional(),
  customer: text.optional(),
  seller: text.optional(),
  executiveKpis: z.array(executiveKpiSchema).optional(),
  sellerKpis: z.array(sellerKpiSchema).optional(),
  intentions: z.array(intentionSchema).optional(),
  operationalKpis: z.array(operationalKpiSchema).optional(),
  solutions: z.array(vendorSolutionSchema).optional(),
  competitors: z.array(competitorSchema).optional(),
  pruned: z
    .strictObject({ executiveKpis: z.array(executiveKpiSchema).optional(), sellerKpis: z.array(sellerKpiSchema).optional() })
    .optional(),
});

/** Input types are read-only all the way down, so frozen data (e.g. from {@link toBvfData}) is accepted. */
type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** Input of one executive KPI (numbers as any Numeric). */
export type ExecutiveKpiInput = DeepReadonly<z.input<typeof executiveKpiSchema>>;
/** Input of one seller KPI or goal. */
export type SellerKpiInput = DeepReadonly<z.input<typeof sellerKpiSchema>>;
/** Input of one business intention. */
export type IntentionInput = DeepReadonly<z.input<typeof intentionSchema>>;
/** Input of one operational KPI. */
export type OperationalKpiInput = DeepReadonly<z.input<typeof operationalKpiSchema>>;
/** Input of one vendor solution. */
export type VendorSolutionInput = DeepReadonly<z.input<typeof vendorSolutionSchema>>;
/** Input of one competitor. */
export type CompetitorInput = DeepReadonly<z.input<typeof competitorSchema>>;
/** A whole BVF as input data. */
export type BvfInput = DeepReadonly<z.input<typeof bvfSchema>>;
