/**
 * The seller's funnel (`001_…`): the table "客户 联系 预计时间 预计投资 状态或成功率" — customer, contact,
 * expected time, expected investment, status or success rate — one row per deal, each at a stage of the
 * seller's pipeline: P (a prospect), I (the customer truly considers: it compares short-listed suppliers
 * and has a timetable), B (in commercial negotiation), then won or lost. From it, the weighted pipeline:
 * Σ expected investment × stage rate, by expected month, by stage and in total, exact.
 *
 * What is ours, not the seed's: the default stage rates P 0.1, I 0.3, B 0.6, won 1, lost 0
 * ({@link DEFAULT_STAGE_RATES}, each replaceable in the funnel or per call, and per deal by `rate`). The
 * seed's only number is an unexplained "PROSPECT(80%)": it is given for no stage of the table, with no
 * source or period, and a prospect at 80 % would weigh an unqualified deal above one in negotiation,
 * which contradicts the order P → I → B the table teaches; so we do not use it. The suggested mapping
 * from the customer's ten purchase stages (valueframe/pursuit's `dealStage`) to a funnel stage is ours
 * too ({@link suggestedFunnelStage}: 1–6 → P, 7–8 → I, 9–10 → B, following the four stages' split of
 * confirm needs / evaluate solutions / resolve concerns). A funnel mixing currencies is summed only for
 * one currency the caller names: converting belongs to the portfolio.
 *
 * The weighted pipeline is the **seller's** stage-weighted revenue — what the seller may expect to sell —
 * and never the customer's value: it is not to be confused with, nor multiplied into, the
 * probability-weighted value of a value case, which the portfolio sums. Its field names say so.
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { itemwiseReader } from "../_internal/itemwise.js";
import { figureSchema } from "../_internal/numericSchema.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { currencySchema } from "../frame/frame.js";
import { Dec, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { QualifyArgumentError, QualifyValidationError } from "./errors.js";

/** The funnel's stages, in order: prospect, interest, buying (negotiation), then the two outcomes. */
export const funnelStages = ["P", "I", "B", "won", "lost"] as const;

/** One of {@link funnelStages}. */
export type FunnelStage = (typeof funnelStages)[number];

/** What each stage means, in the seed's words. */
export const funnelStageInfo = Object.freeze({
  P: Object.freeze({ name: "prospect", meaning: "a prospect: a lead the seller pursues, not yet truly considered by the customer" }),
  I: Object.freeze({ name: "interest", meaning: "the customer truly considers it: it compares short-listed suppliers and has a timetable" }),
  B: Object.freeze({ name: "buying", meaning: "in commercial negotiation" }),
  won: Object.freeze({ name: "won", meaning: "the order is ours" }),
  lost: Object.freeze({ name: "lost", meaning: "the order went elsewhere or nowhere" }),
} as const satisfies Record<FunnelStage, { readonly name: string; readonly meaning: string }>);

/**
 * Our default success rate of each stage (the seed gives none it explains; see the module comment for
 * why its "PROSPECT(80%)" is not used): P 0.1, I 0.3, B 0.6, won 1, lost 0. Replace any of them in the
 * funnel's `rates`, in {@link weightedPipeline}'s `rates`, or for one deal with its `rate`.
 */
export const DEFAULT_STAGE_RATES: Readonly<Record<FunnelStage, Decimal>> = Object.freeze({
  P: new Dec("0.1"),
  I: new Dec("0.3"),
  B: new Dec("0.6"),
  won: new Dec(1),
  lost: new Dec(0),
});

const id = z.string({ error: "expected an id string" }).min(1, { error: "an id must not be empty" });
const text = z.string({ error: "expected a string" }).min(1, { error: "must not be empty" });

/** A success rate: a figure from 0 to 1. */
const rateSchema = z.lazy(() =>
  figureSchema.superRefine((value, ctx) => {
    if (value.lt(0) || value.gt(1)) ctx.addIssue({ code: "custom", message: `a rate is from 0 to 1; got ${value.toString()}`, params: { code: "out_of_range" } });
  }),
);

/** A month written `YYYY-MM`. */
export const monthSchema = z.string({ error: 'expected a month written YYYY-MM, e.g. "2026-11"' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (iss) => `${JSON.stringify(iss.input)} is not a month written YYYY-MM, e.g. "2026-11"` });

/** A figure that is not negative. */
const amountSchema = z.lazy(() =>
  figureSchema.superRefine((value, ctx) => {
    if (value.isNegative()) ctx.addIssue({ code: "custom", message: `an amount is not negative; got ${value.toString()}`, params: { code: "out_of_range" } });
  }),
);

/** Stage rates, any of the five (the others keep their default). */
export const stageRatesSchema = z.strictObject({ P: rateSchema.optional(), I: rateSchema.optional(), B: rateSchema.optional(), won: rateSchema.optional(), lost: rateSchema.optional() });

/** One row of the funnel: a deal. */
export const funnelEntrySchema = z.strictObject({
  id,
  /** The customer, by name. */
  customer: text,
  /** The contact at the customer. */
  contact: text.optional(),
  /** The path of the value-case document this deal belongs to. */
  document: text.optional(),
  stage: z.enum(funnelStages, { error: `expected a funnel stage: ${funnelStages.join(", ")}` }),
  /** The expected time of the order, as a month `YYYY-MM`. */
  expectedMonth: monthSchema,
  /** The expected investment: the deal's revenue to the seller (the customer's spend), not negative. */
  expectedInvestment: amountSchema,
  /** ISO 4217 code of `expectedInvestment`. */
  currency: currencySchema,
  /** This deal's own success rate (0 … 1), replacing its stage's. */
  rate: rateSchema.optional(),
  note: z.string().optional(),
});

/** A seller's funnel: the deals, and stage rates replacing our defaults. */
export const funnelSchema = z.strictObject({
  /** Whose funnel: a seller, a team. */
  seller: text.optional(),
  rates: stageRatesSchema.optional(),
  entries: z.array(funnelEntrySchema).readonly(),
});

export type FunnelEntry = z.output<typeof funnelEntrySchema>;
export type FunnelEntryInput = z.input<typeof funnelEntrySchema>;
export type Funnel = z.output<typeof funnelSchema>;
export type FunnelInput = z.input<typeof funnelSchema>;

/** The result of {@link safeDefineFunnel}. */
export type SafeDefineFunnelResult = SafeDefineResult<Funnel, QualifyValidationError>;

const TOP_KEYS = new Set(["seller", "rates", "entries"]);

/**
 * Validates a funnel and returns it deep-frozen: each deal's shape (an id, a customer, a known stage, a
 * month `YYYY-MM`, an expected investment that is not negative, an ISO 4217 currency, a rate from 0 to
 * 1), unique ids, stage rates from 0 to 1. Each deal is read on its own, so one bad row hides no problem
 * of another: every problem at once, with its path.
 *
 * @param input - the funnel as plain data
 * @returns the frozen funnel
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * const funnel = defineFunnel({
 *   entries: [{ id: "d1", customer: "Hengda Foods", contact: "Li Wei", stage: "I", expectedMonth: "2026-11", expectedInvestment: "1200000", currency: "CNY" }],
 * });
 * funnel.entries[0].expectedInvestment.toString(); //=> "1200000"
 * ```
 */
export function defineFunnel(input: unknown): Funnel {
  return orThrow(safeDefineFunnel(input));
}

/**
 * Like {@link defineFunnel} but returns `{ success: true, data, warnings }` (no warning rules: `warnings`
 * is empty) or `{ success: false, error }` instead of throwing.
 *
 * @param input - anything
 * @returns the funnel, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineFunnel({ rates: { B: 1.2 }, entries: [] });
 * !result.success && result.error.issues[0]?.path; //=> ["rates", "B"]
 * ```
 */
export function safeDefineFunnel(input: unknown): SafeDefineFunnelResult {
  if (!isRecord(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected a funnel object { seller?, rates?, entries }" }], "funnel"));
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TOP_KEYS);
  const seller = read.member("seller", text);
  const rates = read.member("rates", stageRatesSchema);
  const raw = read.list("entries", "funnel entries { id, customer, stage, expectedMonth, expectedInvestment, currency }");
  const entries = read.items(raw, "entries", funnelEntrySchema);
  // Duplicate ids are read from the rows as written, so a row with another problem still counts.
  const seen = new Map<string, number>();
  raw.forEach((row, index) => {
    const rowId = isRecord(row) ? row["id"] : undefined;
    if (typeof rowId !== "string" || rowId === "") return;
    const first = seen.get(rowId);
    if (first === undefined) seen.set(rowId, index);
    else issues.push({ path: ["entries", index, "id"], code: "duplicate_id", message: `id "${rowId}" is already the id of entries[${first}]` });
  });
  if (issues.length > 0) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "funnel"));
  const funnel: Funnel = { ...(seller === undefined ? {} : { seller }), ...(rates === undefined ? {} : { rates }), entries: entries as FunnelEntry[] };
  return defined(deepFreeze(funnel));
}

/** Options of {@link weightedPipeline}. */
export interface WeightedPipelineOptions {
  /** Stage rates (0 … 1) replacing the funnel's and our defaults for this call. */
  readonly rates?: Readonly<Partial<Record<FunnelStage, Numeric>>>;
  /** Sum only the deals in this currency (required when the funnel mixes currencies; nothing is converted). */
  readonly currency?: string;
}

/** One deal weighted: the seller's expected revenue from it × its rate. */
export interface WeightedFunnelEntry {
  readonly id: string;
  readonly customer: string;
  readonly stage: FunnelStage;
  readonly expectedMonth: string;
  /** The deal's expected revenue to the seller (the funnel's expected investment). */
  readonly sellerExpectedRevenue: Decimal;
  /** The rate applied, and where it came from: the deal's own `rate` or its stage's. */
  readonly rate: Decimal;
  readonly rateFrom: "entry" | "stage";
  /** sellerExpectedRevenue × rate. */
  readonly sellerWeightedRevenue: Decimal;
}

/** A group of deals (a month, a stage) summed. */
export interface PipelineSum {
  /** How many deals. */
  readonly deals: number;
  /** Σ expected revenue to the seller, unweighted. */
  readonly sellerExpectedRevenue: Decimal;
  /** Σ expected revenue × rate: the seller's stage-weighted revenue. */
  readonly sellerWeightedRevenue: Decimal;
}

/**
 * The seller's weighted pipeline: its stage-weighted revenue, **not** the customer's value.
 */
export interface WeightedPipeline {
  /** Says what the figures are: the seller's revenue weighted by funnel stage. */
  readonly measure: "sellerStageWeightedRevenue";
  /** The currency of every figure (`undefined` for a funnel with no deal). */
  readonly currency: string | undefined;
  /** The rate of each stage used. */
  readonly stageRates: Readonly<Record<FunnelStage, Decimal>>;
  /** Every deal counted, in funnel order. */
  readonly entries: readonly WeightedFunnelEntry[];
  /** By expected month, months in order; only months with a deal. */
  readonly byMonth: readonly (PipelineSum & { readonly month: string })[];
  /** By stage, all five in order (won at its rate 1 is revenue booked; lost adds 0 by default). */
  readonly byStage: readonly (PipelineSum & { readonly stage: FunnelStage; readonly rate: Decimal })[];
  /** Σ of every deal counted. */
  readonly total: PipelineSum;
  /** Deals left out because they are in another currency than `currency`, by currency. */
  readonly otherCurrencies: readonly { readonly currency: string; readonly entries: readonly string[] }[];
}

function checkedRates(rates: WeightedPipelineOptions["rates"], issues: ValueframeIssue[]): Partial<Record<FunnelStage, Decimal>> {
  const out: Partial<Record<FunnelStage, Decimal>> = {};
  if (rates === undefined) return out;
  if (!isRecord(rates)) {
    issues.push({ path: ["rates"], code: "invalid_type", message: `expected stage rates { ${funnelStages.join(", ")} }` });
    return out;
  }
  for (const [stage, value] of Object.entries(rates)) {
    if (!(funnelStages as readonly string[]).includes(stage)) {
      issues.push({ path: ["rates", stage], code: "unknown_reference", message: `no funnel stage "${stage}" (stages: ${funnelStages.join(", ")})` });
      continue;
    }
    if (value === undefined) continue;
    const problem = numericProblem(value);
    if (problem !== undefined) {
      issues.push({ path: ["rates", stage], code: "not_numeric", message: problem });
      continue;
    }
    const rate = toDec(value as Numeric);
    if (rate.lt(0) || rate.gt(1)) issues.push({ path: ["rates", stage], code: "out_of_range", message: `a rate is from 0 to 1; got ${rate.toString()}` });
    else out[stage as FunnelStage] = rate;
  }
  return out;
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Dec(0));

const pipelineSum = (entries: readonly WeightedFunnelEntry[]): PipelineSum =>
  Object.freeze({ deals: entries.length, sellerExpectedRevenue: sum(entries.map((e) => e.sellerExpectedRevenue)), sellerWeightedRevenue: sum(entries.map((e) => e.sellerWeightedRevenue)) });

/**
 * The weighted pipeline: each deal's expected investment (the seller's expected revenue from it) × its
 * rate — the deal's own `rate`, else its stage's from `options.rates`, the funnel's `rates`, then
 * {@link DEFAULT_STAGE_RATES} — summed exactly by expected month, by stage and in total. This is the
 * seller's stage-weighted revenue, never the customer's value: do not multiply it into, or add it to,
 * the probability-weighted value of a value case. A funnel mixing currencies is summed for one currency
 * named in `options.currency` (the others are listed, not converted).
 *
 * @param funnel - from {@link defineFunnel}
 * @param options - `rates` replacing stage rates for this call, `currency` to sum
 * @returns the pipeline, exact and frozen
 * @throws {QualifyArgumentError} (code `QUALIFY_INVALID_ARGUMENT`) for a rate off 0 … 1 or an unknown stage, or a funnel mixing currencies without `currency` (listing them)
 *
 * @example
 * ```ts
 * const pipeline = weightedPipeline(defineFunnel({ entries: [
 *   { id: "d1", customer: "Hengda Foods", stage: "I", expectedMonth: "2026-11", expectedInvestment: "1200000", currency: "CNY" },
 *   { id: "d2", customer: "Ruifeng", stage: "B", expectedMonth: "2026-11", expectedInvestment: "450000.50", currency: "CNY" },
 * ] }));
 * pipeline.byMonth[0].sellerWeightedRevenue.toFixed(2); //=> "630000.30" (1 200 000 × 0.3 + 450 000.50 × 0.6)
 * ```
 */
export function weightedPipeline(funnel: Funnel, options?: WeightedPipelineOptions): WeightedPipeline {
  const issues: ValueframeIssue[] = [];
  const overrides = checkedRates(options?.rates, issues);
  const currencies = [...new Set(funnel.entries.map((entry) => entry.currency))];
  const wanted = options?.currency;
  if (wanted !== undefined && (typeof wanted !== "string" || !/^[A-Z]{3}$/.test(wanted))) issues.push({ path: ["currency"], code: "invalid_value", message: `${JSON.stringify(wanted)} is not an ISO 4217 currency code (three capital letters, e.g. "CNY")` });
  else if (wanted === undefined && currencies.length > 1)
    issues.push({ path: ["currency"], code: "mixed_currencies", message: `the funnel mixes currencies (${currencies.join(", ")}): name the one to sum; nothing is converted here` });
  if (issues.length > 0) throw new QualifyArgumentError(issues, "weightedPipeline options");

  const stageRates = Object.freeze(Object.fromEntries(funnelStages.map((stage) => [stage, overrides[stage] ?? funnel.rates?.[stage] ?? DEFAULT_STAGE_RATES[stage]])) as Record<FunnelStage, Decimal>);
  const currency = wanted ?? currencies[0];
  const counted = funnel.entries.filter((entry) => entry.currency === currency);
  const entries = counted.map((entry): WeightedFunnelEntry => {
    const rate = entry.rate ?? stageRates[entry.stage];
    return Object.freeze({
      id: entry.id,
      customer: entry.customer,
      stage: entry.stage,
      expectedMonth: entry.expectedMonth,
      sellerExpectedRevenue: entry.expectedInvestment,
      rate,
      rateFrom: entry.rate === undefined ? "stage" : "entry",
      sellerWeightedRevenue: entry.expectedInvestment.times(rate),
    });
  });
  const months = [...new Set(entries.map((entry) => entry.expectedMonth))].sort();
  const byMonth = months.map((month) => Object.freeze({ month, ...pipelineSum(entries.filter((entry) => entry.expectedMonth === month)) }));
  const byStage = funnelStages.map((stage) => Object.freeze({ stage, rate: stageRates[stage], ...pipelineSum(entries.filter((entry) => entry.stage === stage)) }));
  const otherCurrencies = currencies
    .filter((c) => c !== currency)
    .map((c) => Object.freeze({ currency: c, entries: Object.freeze(funnel.entries.filter((entry) => entry.currency === c).map((entry) => entry.id)) }));
  return Object.freeze({
    measure: "sellerStageWeightedRevenue",
    currency,
    stageRates,
    entries: Object.freeze(entries),
    byMonth: Object.freeze(byMonth),
    byStage: Object.freeze(byStage),
    total: pipelineSum(entries),
    otherCurrencies: Object.freeze(otherCurrencies),
  });
}

/**
 * Our suggested funnel stage for the customer's purchase stage (valueframe/pursuit's `dealStage`, 1 …
 * 10): 1–6 (the customer still confirms its needs) → P, 7–8 (it evaluates solutions, comparing
 * suppliers) → I, 9–10 (it resolves concerns and weighs the cost: negotiation) → B. The mapping is ours,
 * a suggestion: the funnel's stage is the seller's judgement of the whole deal, the purchase stage the
 * customer's own progress, and won or lost is never suggested.
 *
 * @param stage - a purchase stage number, 1 … 10
 * @returns "P", "I" or "B"
 * @throws {QualifyArgumentError} for a stage that is not a whole number from 1 to 10
 *
 * @example
 * ```ts
 * suggestedFunnelStage(8); //=> "I"
 * ```
 */
export function suggestedFunnelStage(stage: number): "P" | "I" | "B" {
  if (!Number.isInteger(stage) || stage < 1 || stage > 10) throw new QualifyArgumentError([{ path: ["stage"], code: "out_of_range", message: `a purchase stage is a whole number from 1 to 10; got ${String(stage)}` }], "suggestedFunnelStage");
  return stage <= 6 ? "P" : stage <= 8 ? "I" : "B";
}
