/**
 * The customer's purchase criteria (`000_…`, ch. 9; `001_…`, "决定生死的比较表"): the customer decides by a
 * computation — criteria (differentiators) with weights, each supplier scored on each — and this module
 * makes it: each supplier's weighted total and rank, where we lead or trail on each criterion and by how
 * much, and, for each criterion, the weight at which it would flip the ranking between us and the
 * supplier nearest us (the break-even weight). Exact decimals throughout.
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { Dec, type Decimal } from "../numeric/decimal.js";
import { QualifyArgumentError, QualifyValidationError } from "./errors.js";

const id = z.string({ error: "expected an id string" }).min(1, { error: "an id must not be empty" });
const text = z.string({ error: "expected a string" }).min(1, { error: "must not be empty" });

/** A purchase criterion: a differentiator the customer weighs. */
export const criterionSchema = z.strictObject({
  id,
  name: text,
  /** The customer's weight (any non-negative scale: points, percent…; only the ratios matter). */
  weight: figureSchema,
  /** A hard difference (specification, price) or a soft one (service, relationship): a good standard combines both. */
  kind: z.enum(["hard", "soft"], { error: 'expected "hard" or "soft"' }).optional(),
  note: z.string().optional(),
});

/** A supplier as the customer scores it: each criterion's score on the scale. */
export const supplierSchema = z.strictObject({
  id,
  name: text,
  /** True for the seller's own offer. */
  us: z.boolean().default(false),
  /** The BVF's competitor this supplier is, by id. */
  competitor: id.optional(),
  scores: z.record(z.string(), figureSchema),
});

/** The comparison table: the scale, the criteria with their weights, the suppliers with their scores. */
export const purchaseCriteriaSchema = z.strictObject({
  scale: z.strictObject({ min: figureSchema, max: figureSchema }).default({ min: new Dec(1), max: new Dec(5) }),
  criteria: z.array(criterionSchema).readonly(),
  suppliers: z.array(supplierSchema).readonly(),
});

export type PurchaseCriteria = z.output<typeof purchaseCriteriaSchema>;
export type PurchaseCriteriaInput = z.input<typeof purchaseCriteriaSchema>;

/** The result of {@link safeDefinePurchaseCriteria}. */
export type SafeDefinePurchaseCriteriaResult = SafeDefineResult<PurchaseCriteria, QualifyValidationError>;

/**
 * Validates the customer's comparison table and returns it deep-frozen: weights not negative and not all
 * zero, unique ids, a scale whose minimum is below its maximum, every supplier scored on every criterion
 * and on no other, each score within the scale, at most one supplier marked `us`. Every problem at once.
 *
 * @param input - the table as plain data
 * @returns the frozen table
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * const table = definePurchaseCriteria({
 *   criteria: [{ id: "fit", name: "Process fit", weight: 40 }, { id: "price", name: "Price", weight: 60 }],
 *   suppliers: [{ id: "s-us", name: "Us", us: true, scores: { fit: 5, price: 2 } }, { id: "s-erp", name: "Global ERP", scores: { fit: 3, price: 4 } }],
 * });
 * table.criteria[1].weight.toString(); //=> "60"
 * ```
 */
export function definePurchaseCriteria(input: unknown): PurchaseCriteria {
  return orThrow(safeDefinePurchaseCriteria(input));
}

/**
 * Like {@link definePurchaseCriteria} but returns `{ success: true, data, warnings }` or `{ success: false,
 * error }` instead of throwing.
 *
 * @param input - anything
 * @returns the table, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefinePurchaseCriteria({ criteria: [{ id: "fit", name: "Fit", weight: 0 }], suppliers: [] });
 * !result.success && result.error.issues[0]?.message; //=> "all weights are zero: the customer weighs nothing"
 * ```
 */
export function safeDefinePurchaseCriteria(input: unknown): SafeDefinePurchaseCriteriaResult {
  const parsed = purchaseCriteriaSchema.safeParse(input);
  if (!parsed.success) return notDefined(new QualifyValidationError(fromZodIssues(parsed.error.issues), "purchase criteria"));
  const table = parsed.data;
  const issues: ValueframeIssue[] = [];
  if (!table.scale.min.lt(table.scale.max)) issues.push({ path: ["scale"], code: "invalid_value", message: `the scale's minimum ${table.scale.min.toString()} must be below its maximum ${table.scale.max.toString()}` });
  const criteria = new Set<string>();
  table.criteria.forEach((criterion, c) => {
    if (criteria.has(criterion.id)) issues.push({ path: ["criteria", c, "id"], code: "duplicate_id", message: `id "${criterion.id}" is already a criterion's` });
    criteria.add(criterion.id);
    if (criterion.weight.isNegative()) issues.push({ path: ["criteria", c, "weight"], code: "out_of_range", message: `a weight is not negative; got ${criterion.weight.toString()}` });
  });
  if (table.criteria.length > 0 && table.criteria.every((criterion) => criterion.weight.isZero())) issues.push({ path: ["criteria"], code: "invalid_value", message: "all weights are zero: the customer weighs nothing" });
  const suppliers = new Set<string>();
  table.suppliers.forEach((supplier, s) => {
    if (suppliers.has(supplier.id)) issues.push({ path: ["suppliers", s, "id"], code: "duplicate_id", message: `id "${supplier.id}" is already a supplier's` });
    suppliers.add(supplier.id);
    for (const [criterion, score] of Object.entries(supplier.scores)) {
      if (!criteria.has(criterion)) issues.push({ path: ["suppliers", s, "scores", criterion], code: "unknown_reference", message: `no criterion has the id "${criterion}"${didYouMeanSuffix(criterion, criteria)}` });
      else if (score.lt(table.scale.min) || score.gt(table.scale.max))
        issues.push({ path: ["suppliers", s, "scores", criterion], code: "out_of_range", message: `a score is from ${table.scale.min.toString()} to ${table.scale.max.toString()}; got ${score.toString()}` });
    }
    for (const criterion of criteria) if (supplier.scores[criterion] === undefined) issues.push({ path: ["suppliers", s, "scores"], code: "missing_score", message: `"${supplier.name}" is not scored on "${criterion}"` });
  });
  if (table.suppliers.filter((supplier) => supplier.us).length > 1) issues.push({ path: ["suppliers"], code: "invalid_value", message: "more than one supplier is marked us" });
  if (issues.length > 0) return notDefined(new QualifyValidationError(issues, "purchase criteria"));
  return defined(deepFreeze(table));
}

/** A supplier's weighted total and rank. */
export interface SupplierTotal {
  readonly id: string;
  readonly name: string;
  readonly us: boolean;
  /** Σ weight × score ÷ Σ weight: on the table's scale. */
  readonly total: Decimal;
  /** 1 = the customer's first choice; suppliers with equal totals share a rank. */
  readonly rank: number;
}

/** Where we stand on one criterion against the best rival there. */
export interface CriterionStanding {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
  /** The weight as a share of all weights. */
  readonly share: Decimal;
  readonly ours: Decimal;
  /** The best rival score on it, and whose. */
  readonly bestRival: { readonly id: string; readonly score: Decimal } | undefined;
  /** ours − the best rival's: positive where we lead. */
  readonly lead: Decimal | undefined;
}

/** The weight at which one criterion would flip the order of us and the supplier nearest us. */
export interface CriterionBreakEven {
  readonly criterion: string;
  readonly weight: Decimal;
  /** At this weight (others unchanged) the two totals tie. */
  readonly breakEven: Decimal;
  /** `raise` the criterion's weight above the break-even to pass the rival (or to be passed, if we lead), `lower` it below. */
  readonly move: "raise" | "lower";
  /** What crossing it does: we overtake the rival, or the rival overtakes us. */
  readonly effect: "weOvertake" | "theyOvertake";
}

/** The customer's computation, worked out. */
export interface SupplierComparison {
  readonly suppliers: readonly SupplierTotal[];
  /** Our rank, and the supplier the break-even weights are against: the leader when we trail, the runner-up when we lead. */
  readonly us: SupplierTotal | undefined;
  readonly against: SupplierTotal | undefined;
  readonly criteria: readonly CriterionStanding[];
  /** For each criterion that can flip the order of us and `against` by its weight alone. */
  readonly breakEvens: readonly CriterionBreakEven[];
}

/**
 * Works out the customer's comparison: each supplier's weighted total and rank, our standing on each
 * criterion against the best rival there, and each criterion's break-even weight — with the other weights
 * unchanged, the weight at which our total and that of the supplier nearest us (the leader when we trail,
 * the runner-up when we lead) are equal: w* = −Σ_{i≠c} wᵢ(uᵢ − rᵢ) ÷ (u_c − r_c), kept when it is not
 * negative.
 *
 * @param table - from {@link definePurchaseCriteria}
 * @returns the comparison, exact and frozen
 * @throws {QualifyArgumentError} when no supplier is marked `us` or no other is scored
 *
 * @example
 * ```ts
 * const comparison = compareSuppliers(table);
 * comparison.us?.rank; //=> 2
 * comparison.breakEvens.map((b) => `${b.criterion} ${b.move} past ${b.breakEven}`); //=> ["fit raise past 60", "price lower past 40"]
 * ```
 */
export function compareSuppliers(table: PurchaseCriteria): SupplierComparison {
  const ours = table.suppliers.find((supplier) => supplier.us);
  if (ours === undefined || table.suppliers.length < 2)
    throw new QualifyArgumentError([{ path: ours === undefined ? ["suppliers"] : ["suppliers", 1], code: "invalid_value", message: ours === undefined ? "mark our own offer with us: true" : "score at least one other supplier" }], "compareSuppliers");
  const totalWeight = table.criteria.reduce((sum, c) => sum.plus(c.weight), new Dec(0));
  const totalOf = (scores: Readonly<Record<string, Decimal>>) => table.criteria.reduce((sum, c) => sum.plus(c.weight.times(scores[c.id]!)), new Dec(0)).div(totalWeight);
  const totals = table.suppliers.map((supplier) => ({ id: supplier.id, name: supplier.name, us: supplier.us, total: totalOf(supplier.scores) }));
  const ranked = totals.map((row) => Object.freeze({ ...row, rank: 1 + totals.filter((other) => other.total.gt(row.total)).length }));
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank);
  const us = ranked.find((row) => row.us)!;
  const rivals = sorted.filter((row) => !row.us);
  // The best rival: the leader when we trail, the runner-up when we lead.
  const against = rivals[0]!;
  const rival = table.suppliers.find((supplier) => supplier.id === against.id)!;

  const criteria = table.criteria.map((c): CriterionStanding => {
    const best = table.suppliers.filter((s) => !s.us).reduce<{ id: string; score: Decimal } | undefined>((top, s) => (top === undefined || s.scores[c.id]!.gt(top.score) ? { id: s.id, score: s.scores[c.id]! } : top), undefined);
    const score = ours.scores[c.id]!;
    return Object.freeze({ id: c.id, name: c.name, weight: c.weight, share: c.weight.div(totalWeight), ours: score, bestRival: best, lead: best === undefined ? undefined : score.minus(best.score) });
  });
  const weLead = us.total.gt(against.total);
  const breakEvens = table.criteria.flatMap((c): CriterionBreakEven[] => {
    const d = ours.scores[c.id]!.minus(rival.scores[c.id]!);
    if (d.isZero()) return [];
    const others = table.criteria.filter((o) => o.id !== c.id).reduce((sum, o) => sum.plus(o.weight.times(ours.scores[o.id]!.minus(rival.scores[o.id]!))), new Dec(0));
    const breakEven = others.negated().div(d);
    if (breakEven.isNegative()) return [];
    // Our lead over the rival is (others + w·d) ÷ (W′ + w): it changes sign where the numerator does.
    const move = (d.gt(0) ? !weLead : weLead) ? "raise" : "lower";
    if ((move === "raise" && breakEven.lt(c.weight)) || (move === "lower" && breakEven.gt(c.weight))) return [];
    return [Object.freeze({ criterion: c.id, weight: c.weight, breakEven, move, effect: weLead ? "theyOvertake" : "weOvertake" })];
  });
  return Object.freeze({ suppliers: Object.freeze(sorted), us, against, criteria: Object.freeze(criteria), breakEvens: Object.freeze(breakEvens) });
}
