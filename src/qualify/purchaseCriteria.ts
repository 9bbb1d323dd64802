/**
 * The customer's purchase criteria (`000_…`, ch. 9; `001_…`, "决定生死的比较表"): the customer decides by a
 * computation — criteria (differentiators) with weights, each supplier scored on each — and this module
 * makes it: each supplier's weighted total and rank, where we lead or trail on each criterion and by how
 * much, and, for each criterion, the weight at which first place would change hands — we become the
 * customer's first choice, or stop being it — counting every supplier (the break-even weight); each buying-centre person's own ranking where their
 * weights are known; the seed's three signs that criteria exist and three conditions of a good
 * standard, checked on the table; and the four ways to attack a standard as recommended moves naming
 * the criteria each would work on. Exact decimals throughout.
 *
 * What is ours, not the seed's: how each condition is checked (differentiates — we lead every rival on
 * some weighted criterion; combines soft and hard — both kinds are weighted; relevant — every weighted
 * criterion names the customer need it serves), and our reading of the four attacks, which the seed
 * names by proverb only: "turn the customer against the customer" — let the people whose own weights
 * rank us first argue for their criteria; "steal the standard" — meet the rival's strongest criterion so
 * it no longer separates; "you can't have both the fish and the bear's paw" — make the customer choose
 * between a criterion we lead and one the rival leads; "lure the tiger from the mountain" — move weight
 * off the rival's home ground, to the weight where the ranking flips.
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { itemwiseReader } from "../_internal/itemwise.js";
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
  /** The customer need it serves: a goal or critical issue of the frame, by id. */
  need: id.optional(),
  /** The BVF solution whose differentiator it is, by id. */
  solution: id.optional(),
  note: z.string().optional(),
});

/** One person of the buying centre's own weights, by criterion id (criteria not named weigh 0 for them). */
export const personWeightsSchema = z.strictObject({
  /** The person, by id in the buying centre. */
  person: id,
  weights: z.record(z.string(), figureSchema),
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

const scaleSchema = z.strictObject({ min: figureSchema, max: figureSchema });
const DEFAULT_SCALE = Object.freeze({ min: new Dec(1), max: new Dec(5) });
const TABLE_KEYS = new Set(["scale", "criteria", "suppliers", "byPerson"]);

/** The comparison table: the scale, the criteria with their weights, the suppliers with their scores. */
export const purchaseCriteriaSchema = z.strictObject({
  scale: scaleSchema.default(DEFAULT_SCALE),
  criteria: z.array(criterionSchema).readonly(),
  suppliers: z.array(supplierSchema).readonly(),
  /** Where the buying centre is known: each person's own weights. */
  byPerson: z.array(personWeightsSchema).readonly().optional(),
});

export type PurchaseCriteria = z.output<typeof purchaseCriteriaSchema>;
type Criterion = z.output<typeof criterionSchema>;
type Supplier = z.output<typeof supplierSchema>;
type PersonWeights = z.output<typeof personWeightsSchema>;
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
  if (!isRecord(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected purchase criteria { scale?, criteria, suppliers, byPerson? }" }], "purchase criteria"));
  // Each criterion, supplier and person is read on its own: one bad row hides no problem of another.
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TABLE_KEYS);
  const scale = input["scale"] === undefined ? DEFAULT_SCALE : read.member("scale", scaleSchema);
  const criteriaRaw = read.list("criteria", "criteria { id, name, weight }");
  const criteria = read.items(criteriaRaw, "criteria", criterionSchema);
  const suppliers = read.items(read.list("suppliers", "suppliers { id, name, scores }"), "suppliers", supplierSchema);
  const byPerson = input["byPerson"] === undefined ? undefined : read.items(read.list("byPerson"), "byPerson", personWeightsSchema);
  if (scale !== undefined && !scale.min.lt(scale.max)) issues.push({ path: ["scale"], code: "invalid_value", message: `the scale's minimum ${scale.min.toString()} must be below its maximum ${scale.max.toString()}` });
  // The criteria's ids as written: a criterion with another problem still names its id.
  const ids = new Set<string>();
  criteriaRaw.forEach((row, c) => {
    const id = isRecord(row) ? row["id"] : undefined;
    if (typeof id !== "string" || id === "") return;
    if (ids.has(id)) issues.push({ path: ["criteria", c, "id"], code: "duplicate_id", message: `id "${id}" is already a criterion's` });
    ids.add(id);
  });
  criteria.forEach((criterion, c) => {
    if (criterion?.weight.isNegative()) issues.push({ path: ["criteria", c, "weight"], code: "out_of_range", message: `a weight is not negative; got ${criterion.weight.toString()}` });
  });
  if (criteriaRaw.length === 0 && Array.isArray(input["criteria"])) issues.push({ path: ["criteria"], code: "invalid_value", message: "no criterion: the customer decides by at least one" });
  else if (criteria.length > 0 && criteria.every((criterion) => criterion?.weight.isZero())) issues.push({ path: ["criteria"], code: "invalid_value", message: "all weights are zero: the customer weighs nothing" });
  const supplierIds = new Set<string>();
  suppliers.forEach((supplier, s) => {
    if (supplier === undefined) return;
    if (supplierIds.has(supplier.id)) issues.push({ path: ["suppliers", s, "id"], code: "duplicate_id", message: `id "${supplier.id}" is already a supplier's` });
    supplierIds.add(supplier.id);
    for (const [criterion, score] of Object.entries(supplier.scores)) {
      if (!ids.has(criterion)) issues.push({ path: ["suppliers", s, "scores", criterion], code: "unknown_reference", message: `no criterion has the id "${criterion}"${didYouMeanSuffix(criterion, ids)}` });
      else if (scale !== undefined && (score.lt(scale.min) || score.gt(scale.max)))
        issues.push({ path: ["suppliers", s, "scores", criterion], code: "out_of_range", message: `a score is from ${scale.min.toString()} to ${scale.max.toString()}; got ${score.toString()}` });
    }
    for (const criterion of ids) if (supplier.scores[criterion] === undefined) issues.push({ path: ["suppliers", s, "scores"], code: "missing_score", message: `"${supplier.name}" is not scored on "${criterion}"` });
  });
  if (suppliers.filter((supplier) => supplier?.us === true).length > 1) issues.push({ path: ["suppliers"], code: "invalid_value", message: "more than one supplier is marked us" });
  const people = new Map<string, number>();
  byPerson?.forEach((entry, p) => {
    if (entry === undefined) return;
    const first = people.get(entry.person);
    if (first !== undefined) issues.push({ path: ["byPerson", p, "person"], code: "duplicate_id", message: `"${entry.person}" already has weights in byPerson[${first}]` });
    else people.set(entry.person, p);
    for (const [criterion, weight] of Object.entries(entry.weights)) {
      if (!ids.has(criterion)) issues.push({ path: ["byPerson", p, "weights", criterion], code: "unknown_reference", message: `no criterion has the id "${criterion}"${didYouMeanSuffix(criterion, ids)}` });
      else if (weight.isNegative()) issues.push({ path: ["byPerson", p, "weights", criterion], code: "out_of_range", message: `a weight is not negative; got ${weight.toString()}` });
    }
    if (Object.values(entry.weights).every((weight) => weight.isZero())) issues.push({ path: ["byPerson", p, "weights"], code: "invalid_value", message: `all of "${entry.person}"'s weights are zero: they weigh nothing` });
  });
  if (issues.length > 0) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "purchase criteria"));
  const table: PurchaseCriteria = { scale: scale!, criteria: criteria as Criterion[], suppliers: suppliers as Supplier[], ...(byPerson === undefined ? {} : { byPerson: byPerson as PersonWeights[] }) };
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

/**
 * The weight of one criterion, the others unchanged, at which we would become the customer's first choice
 * (when we are not) or stop being it (when we are), with every supplier counted.
 */
export interface CriterionBreakEven {
  readonly criterion: string;
  readonly weight: Decimal;
  /** At this weight our total ties that of `against`; past it, the ranking's first place changes hands. */
  readonly breakEven: Decimal;
  /** `raise` the criterion's weight past the break-even, or `lower` it past it. */
  readonly move: "raise" | "lower";
  /** What crossing it does: we become first alone, or `against` passes us and we are first no longer. */
  readonly effect: "weOvertake" | "theyOvertake";
  /** The supplier we tie at the break-even: the last one we pass, or the first one to pass us. */
  readonly against: string;
}

/** The customer's computation, worked out. */
export interface SupplierComparison {
  readonly suppliers: readonly SupplierTotal[];
  /** Our rank, and the rival nearest us: the leader when we trail, the runner-up when we lead. */
  readonly us: SupplierTotal | undefined;
  readonly against: SupplierTotal | undefined;
  readonly criteria: readonly CriterionStanding[];
  /** For each criterion whose weight alone can make us first (or, when we are first, end it). */
  readonly breakEvens: readonly CriterionBreakEven[];
  /** Each person's own ranking under their weights, where the table gives them. */
  readonly byPerson: readonly PersonRanking[];
}

/** One buying-centre person's ranking of the suppliers under their own weights. */
export interface PersonRanking {
  readonly person: string;
  readonly suppliers: readonly SupplierTotal[];
  /** Our rank in their eyes. */
  readonly usRank: number;
}

/**
 * Works out the customer's comparison: each supplier's weighted total and rank, our standing on each
 * criterion against the best rival there, and each criterion's break-even weight. With the other weights
 * unchanged, our lead over rival r as the weight w of criterion c moves is positive exactly where
 * Σ_{i≠c} wᵢ(uᵢ − rᵢ) + w(u_c − r_c) > 0; each rival bounds w from one side, at
 * w_r = −Σ_{i≠c} wᵢ(uᵢ − rᵢ) ÷ (u_c − r_c). The weights at which we lead every rival form one interval:
 * when we are not first alone, the break-even is its nearer end (raise past its lower end, or lower past
 * its upper end); when we are, its ends are where first place would be lost. A criterion whose interval
 * is empty (no weight of it alone makes us first) has no break-even.
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
  const ranked = rankSuppliers(table, (c) => c.weight);
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank);
  const us = ranked.find((row) => row.us)!;
  const rivals = sorted.filter((row) => !row.us);
  // The best rival: the leader when we trail, the runner-up when we lead.
  const against = rivals[0]!;

  const criteria = table.criteria.map((c): CriterionStanding => {
    const best = table.suppliers.filter((s) => !s.us).reduce<{ id: string; score: Decimal } | undefined>((top, s) => (top === undefined || s.scores[c.id]!.gt(top.score) ? { id: s.id, score: s.scores[c.id]! } : top), undefined);
    const score = ours.scores[c.id]!;
    return Object.freeze({ id: c.id, name: c.name, weight: c.weight, share: c.weight.div(totalWeight), ours: score, bestRival: best, lead: best === undefined ? undefined : score.minus(best.score) });
  });
  const weLead = us.total.gt(against.total);
  const rivalTables = table.suppliers.filter((supplier) => !supplier.us);
  const breakEvens = table.criteria.flatMap((c): CriterionBreakEven[] => {
    // The open interval (lo, hi) of weights of c at which we lead every rival, and who bounds each end.
    let lo = { at: new Dec(0), by: undefined as string | undefined };
    let hi: { at: Decimal; by: string } | undefined;
    for (const rival of rivalTables) {
      const d = ours.scores[c.id]!.minus(rival.scores[c.id]!);
      const others = table.criteria.filter((o) => o.id !== c.id).reduce((sum, o) => sum.plus(o.weight.times(ours.scores[o.id]!.minus(rival.scores[o.id]!))), new Dec(0));
      if (d.isZero()) {
        if (!others.gt(0)) return []; // this rival keeps level with us or ahead, whatever c weighs
        continue;
      }
      const bound = others.negated().div(d);
      if (d.gt(0) && bound.gte(lo.at)) lo = { at: bound, by: rival.id };
      if (d.lt(0) && (hi === undefined || bound.lt(hi.at))) hi = { at: bound, by: rival.id };
    }
    if (hi !== undefined && !lo.at.lt(hi.at)) return [];
    const w = c.weight;
    const at = (breakEven: Decimal, move: "raise" | "lower", effect: "weOvertake" | "theyOvertake", by: string) => Object.freeze({ criterion: c.id, weight: w, breakEven, move, effect, against: by });
    if (!weLead) {
      if (w.lte(lo.at) && lo.by !== undefined) return [at(lo.at, "raise", "weOvertake", lo.by)];
      if (hi !== undefined && w.gte(hi.at)) return [at(hi.at, "lower", "weOvertake", hi.by)];
      return [];
    }
    return [...(lo.by !== undefined && lo.at.gt(0) ? [at(lo.at, "lower", "theyOvertake", lo.by)] : []), ...(hi === undefined ? [] : [at(hi.at, "raise", "theyOvertake", hi.by)])];
  });
  const byPerson = (table.byPerson ?? []).map((entry): PersonRanking => {
    const suppliers = rankSuppliers(table, (c) => entry.weights[c.id] ?? new Dec(0)).sort((a, b) => a.rank - b.rank);
    return Object.freeze({ person: entry.person, suppliers: Object.freeze(suppliers), usRank: suppliers.find((s) => s.us)!.rank });
  });
  return Object.freeze({ suppliers: Object.freeze(sorted), us, against, criteria: Object.freeze(criteria), breakEvens: Object.freeze(breakEvens), byPerson: Object.freeze(byPerson) });
}

/** Each supplier's weighted total (Σ weight × score ÷ Σ weight) and rank under the weights given. */
function rankSuppliers(table: PurchaseCriteria, weightOf: (criterion: PurchaseCriteria["criteria"][number]) => Decimal): SupplierTotal[] {
  const totalWeight = table.criteria.reduce((sum, c) => sum.plus(weightOf(c)), new Dec(0));
  const totalOf = (scores: Readonly<Record<string, Decimal>>) => table.criteria.reduce((sum, c) => sum.plus(weightOf(c).times(scores[c.id]!)), new Dec(0)).div(totalWeight);
  const totals = table.suppliers.map((supplier) => ({ id: supplier.id, name: supplier.name, us: supplier.us, total: totalOf(supplier.scores) }));
  return totals.map((row) => Object.freeze({ ...row, rank: 1 + totals.filter((other) => other.total.gt(row.total)).length }));
}

/**
 * The seed's three signs that the customer has purchase criteria (`000_…`, ch. 9): ask them of the
 * deal before working on the standard.
 */
export const criteriaSigns = Object.freeze([
  Object.freeze({ id: "nextStepClear", sign: "The customer is clear about the next step." }),
  Object.freeze({ id: "narrowRange", sign: "The customer discusses a narrow range of issues with you, not a wide one." }),
  Object.freeze({ id: "supporterSays", sign: "Your supporter, asked directly, says so." }),
] as const);

/** The three conditions of a good standard (`000_…`, ch. 9). */
export const standardConditionKinds = ["differentiates", "softAndHard", "relevant"] as const;

/** One of {@link standardConditionKinds}. */
export type StandardConditionKind = (typeof standardConditionKinds)[number];

/** A condition of a good standard, checked on the customer's table. */
export interface StandardCondition {
  readonly condition: StandardConditionKind;
  readonly met: boolean;
  /** The criteria that meet it (differentiates: where we lead every rival) or fail it (relevant: those naming no need). */
  readonly criteria: readonly string[];
}

/**
 * Checks the customer's standard against the seed's three conditions of a good one, by our rules: it
 * **differentiates** us when on some weighted criterion we score above every rival; it **combines soft
 * and hard** differences when both kinds carry weight (a criterion without `kind` counts as neither);
 * it is **relevant** to the customer's needs when every weighted criterion names the need it serves.
 *
 * @param table - from {@link definePurchaseCriteria}
 * @returns the three conditions, in the seed's order
 * @throws {QualifyArgumentError} when no supplier is marked `us` or no other is scored
 *
 * @example
 * ```ts
 * standardConditions(table).map((c) => `${c.condition} ${c.met}`); //=> ["differentiates true", "softAndHard true", "relevant false"]
 * ```
 */
export function standardConditions(table: PurchaseCriteria): readonly StandardCondition[] {
  return conditionsOf(table, compareSuppliers(table));
}

/** {@link standardConditions} on a comparison already worked out. */
export function conditionsOf(table: PurchaseCriteria, comparison: SupplierComparison): readonly StandardCondition[] {
  const weighted = table.criteria.filter((c) => c.weight.gt(0));
  const leading = comparison.criteria.filter((c) => c.weight.gt(0) && c.lead !== undefined && c.lead.gt(0)).map((c) => c.id);
  const kinds = new Set(weighted.map((c) => c.kind).filter((kind) => kind !== undefined));
  const needless = weighted.filter((c) => c.need === undefined).map((c) => c.id);
  return Object.freeze([
    Object.freeze({ condition: "differentiates" as const, met: leading.length > 0, criteria: Object.freeze(leading) }),
    Object.freeze({ condition: "softAndHard" as const, met: kinds.has("soft") && kinds.has("hard"), criteria: Object.freeze(weighted.filter((c) => c.kind !== undefined).map((c) => c.id)) }),
    Object.freeze({ condition: "relevant" as const, met: needless.length === 0, criteria: Object.freeze(needless) }),
  ]);
}

/** The four ways to attack an existing standard (`000_…`, ch. 9), by the seed's proverbs. */
export const standardAttacks = Object.freeze({
  turnCustomerAgainstCustomer: Object.freeze({ proverb: "turn the customer against the customer", reading: "let the people whose own weights rank you first argue for their criteria inside the buying centre" }),
  stealTheStandard: Object.freeze({ proverb: "steal the standard", reading: "meet the rival's strongest criterion (extra resources, price, top-level intervention) so it no longer separates you" }),
  fishOrBearsPaw: Object.freeze({ proverb: "you can't have both the fish and the bear's paw", reading: "make the customer choose between a criterion you lead and one the rival leads: both cannot be had" }),
  tigerFromMountain: Object.freeze({ proverb: "lure the tiger away from the mountain", reading: "move weight off the rival's home ground, past the weight where the ranking flips" }),
} as const);

/** One of the four attacks. */
export type StandardAttack = keyof typeof standardAttacks;

/** A recommended move against the standard: the attack, and what it works on in this deal. */
export interface StandardMove {
  readonly attack: StandardAttack;
  /** The criteria it works on: ours and the rival's for fishOrBearsPaw, the rival's for the others. */
  readonly criteria: readonly string[];
  /** The people whose own ranking puts us first (turnCustomerAgainstCustomer). */
  readonly people: readonly string[];
  /** The weight to move past (tigerFromMountain), from the break-even. */
  readonly breakEven: Decimal | undefined;
  /** The rival the move is against. */
  readonly against: string;
}

/**
 * The moves against a standard that ranks a rival first — empty when the customer's weights already rank
 * us first (alone): turnCustomerAgainstCustomer when some people's own weights rank us first;
 * stealTheStandard on the criterion where the leader gains most on us (weight × its lead); fishOrBearsPaw
 * pairing our strongest lead with the leader's; tigerFromMountain for each criterion the leader leads
 * whose weight, lowered past its break-even, flips the ranking. The readings are ours
 * ({@link standardAttacks}).
 *
 * @param table - from {@link definePurchaseCriteria}
 * @returns the moves, in the seed's order of the four attacks
 * @throws {QualifyArgumentError} when no supplier is marked `us` or no other is scored
 *
 * @example
 * ```ts
 * standardMoves(table).map((m) => `${m.attack}: ${m.criteria.join(", ")}`); //=> ["stealTheStandard: price", "fishOrBearsPaw: fit, price", "tigerFromMountain: price"]
 * ```
 */
export function standardMoves(table: PurchaseCriteria): readonly StandardMove[] {
  return movesOf(table, compareSuppliers(table));
}

/** {@link standardMoves} on a comparison already worked out. */
export function movesOf(table: PurchaseCriteria, comparison: SupplierComparison): readonly StandardMove[] {
  const us = comparison.us!;
  const leader = comparison.against!;
  if (us.rank === 1 && !comparison.suppliers.some((s) => !s.us && s.rank === 1)) return Object.freeze([]);
  const ours = table.suppliers.find((s) => s.us)!;
  const rival = table.suppliers.find((s) => s.id === leader.id)!;
  // Each criterion's weighted gap: weight × (their score − ours); positive where the leader gains on us.
  const gaps = table.criteria.map((c) => ({ id: c.id, gap: c.weight.times(rival.scores[c.id]!.minus(ours.scores[c.id]!)) }));
  const theirs = gaps.filter((g) => g.gap.gt(0)).sort((a, b) => b.gap.comparedTo(a.gap));
  const mine = gaps.filter((g) => g.gap.lt(0)).sort((a, b) => a.gap.comparedTo(b.gap));
  const moves: StandardMove[] = [];
  const move = (attack: StandardAttack, criteria: readonly string[], extra?: { people?: readonly string[]; breakEven?: Decimal }) =>
    moves.push(Object.freeze({ attack, criteria: Object.freeze([...criteria]), people: Object.freeze([...(extra?.people ?? [])]), breakEven: extra?.breakEven, against: leader.id }));
  const allies = comparison.byPerson.filter((p) => p.usRank === 1).map((p) => p.person);
  if (allies.length > 0) move("turnCustomerAgainstCustomer", [], { people: allies });
  if (theirs[0] !== undefined) move("stealTheStandard", [theirs[0].id]);
  if (theirs[0] !== undefined && mine[0] !== undefined) move("fishOrBearsPaw", [mine[0].id, theirs[0].id]);
  for (const b of comparison.breakEvens) if (b.move === "lower" && b.effect === "weOvertake") move("tigerFromMountain", [b.criterion], { breakEven: b.breakEven });
  return Object.freeze(moves);
}
