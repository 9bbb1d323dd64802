/**
 * The account side of qualification, across many accounts (`002_…`, `003_…`): the account plan's
 * checklist — the account information of `003_…`, the account profile of `002_…` and the customer's
 * rules of engagement — with its completeness and the questions still open; the top accounts by annual
 * revenue, margin and potential, with the test "potential large enough, confidence of success high
 * enough"; and tiered selling 5 + 5 + 5: three tiers of at most five accounts, each account's target
 * market potential, its year plan (who, how, when, why, for what) and the monthly review of expected
 * against actual. Exact decimals throughout.
 *
 * What is ours, not the seed's: the checklist's ids and the wording of its questions (the seeds list
 * topics, not questions); completeness as the share of items answered with evidence, every item weighing
 * the same; the top-account rule — an account is a top account when it ranks within the top `share` of
 * the accounts (rounded up, at least one) on any of revenue, margin or potential, ties sharing a rank;
 * the target test's thresholds — confidence at least 0.6 on a 0 … 1 scale and potential at least the
 * median potential of the accounts given, both replaceable; the names of the three tiers; that a tier
 * holds at most five accounts (fewer is allowed: the seed's fifteen is a target); and the monthly
 * review's variance as actual − expected, summed over the accounts that have reported.
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { itemwiseReader } from "../_internal/itemwise.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { currencySchema } from "../frame/frame.js";
import { Dec, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { QualifyArgumentError, QualifyValidationError } from "./errors.js";
import { monthSchema } from "./funnel.js";
import { optionFigure } from "./_internal/optionFigure.js";

const id = z.string({ error: "expected an id string" }).min(1, { error: "an id must not be empty" });
const text = z.string({ error: "expected a string" }).min(1, { error: "must not be empty" });
const amountSchema = z.lazy(() =>
  figureSchema.superRefine((value, ctx) => {
    if (value.isNegative()) ctx.addIssue({ code: "custom", message: `an amount is not negative; got ${value.toString()}`, params: { code: "out_of_range" } });
  }),
);

// ─── (a) The account plan ────────────────────────────────────────────────────────────────────────────

/** The three parts of the account plan's checklist. */
export const accountPlanSections = ["information", "profile", "rulesOfEngagement"] as const;

/** One of {@link accountPlanSections}. */
export type AccountPlanSection = (typeof accountPlanSections)[number];

/** An item of the account plan: its id, part, topic and the question it asks (our wording). */
export interface AccountPlanItem {
  readonly id: string;
  readonly section: AccountPlanSection;
  readonly topic: string;
  readonly question: string;
}

const item = (id: string, section: AccountPlanSection, topic: string, question: string): AccountPlanItem => Object.freeze({ id, section, topic, question });

/**
 * The account plan's checklist: the account information of `003_…` (15 items), the account profile of
 * `002_…` (11) and the customer's rules of engagement of `002_…` (10). The topics are the seeds'; the
 * ids and the questions are ours.
 */
export const accountPlanChecklist: readonly AccountPlanItem[] = Object.freeze([
  item("needsOrganisation", "information", "customer needs: the organisation", "What does the organisation as a whole need?"),
  item("needsDepartments", "information", "customer needs: the departments", "What does each department involved need?"),
  item("needsKeyPeople", "information", "customer needs: the key people", "What does each key person need, for the business and for themselves?"),
  item("decisionChain", "information", "decision chain", "Who is in the decision chain, from the users to the final signature?"),
  item("decisionProcedures", "information", "decision procedures", "What procedure will the decision follow, step by step?"),
  item("decisionCriteria", "information", "decision criteria", "On what criteria will they decide, and how do they weigh them?"),
  item("budget", "information", "demand status: budget", "Is there a budget, how large, and who holds it?"),
  item("purchasingMethod", "information", "demand status: purchasing method", "How will they buy: tender, direct negotiation, framework agreement?"),
  item("demandProgress", "information", "demand status: progress", "How far has the demand progressed, and what is the timetable?"),
  item("competitors", "information", "competitors", "Which competitors are at the account?"),
  item("organisation", "information", "organisation", "How is the customer organised?"),
  item("size", "information", "size", "How large is the customer: revenue, staff, sites?"),
  item("influencers", "information", "importance of influencers", "Who influences the project, and how much does each weigh?"),
  item("businessSituation", "information", "current business situation", "How is the customer's business doing now?"),
  item("competitorProgress", "information", "competitors' progress", "How far has each competitor got with the customer?"),
  item("history", "profile", "history and ownership", "What is the customer's history, and who owns it?"),
  item("markets", "profile", "markets", "Are its markets growing or shrinking; its share; new markets; key customers; its mix of small and large customers; its competitors; price and margin pressure?"),
  item("orderToDelivery", "profile", "order-to-delivery cycle and top 5 customers", "What is its cycle from order to delivery, and who are its top 5 customers?"),
  item("technicalSupport", "profile", "technical support needs", "What technical support does it need?"),
  item("designCycle", "profile", "design cycle", "How long is its design cycle, and when do suppliers come in?"),
  item("ordersDriveProduction", "profile", "how orders drive production", "How do its orders drive production: to stock, to order, to forecast?"),
  item("supplierReduction", "profile", "supplier-reduction programmes", "Does it run a supplier-reduction programme?"),
  item("specialRequirements", "profile", "special requirements", "What special requirements does it have?"),
  item("creditStanding", "profile", "credit standing", "What is its credit standing?"),
  item("productCycle", "profile", "product cycle", "How long is its products' life cycle?"),
  item("criticalOperations", "profile", "critical operations", "Which of its operations are critical, where a failure stops the business?"),
  item("inventory", "rulesOfEngagement", "inventory", "What inventory does it expect the supplier to hold?"),
  item("creditTerms", "rulesOfEngagement", "credit terms", "What credit terms does it require?"),
  item("contractPricing", "rulesOfEngagement", "contract pricing", "How does it contract prices?"),
  item("qualityPlans", "rulesOfEngagement", "quality plans", "What quality plans does it require of suppliers?"),
  item("integratedSupply", "rulesOfEngagement", "integrated supply", "Does it buy through integrated supply?"),
  item("specialShipping", "rulesOfEngagement", "special shipping", "What special shipping does it require?"),
  item("cardSales", "rulesOfEngagement", "card sales", "Does it buy by purchasing card?"),
  item("training", "rulesOfEngagement", "training", "What training does it expect?"),
  item("alliances", "rulesOfEngagement", "alliances", "Which alliances does it expect suppliers to join or respect?"),
  item("carriers", "rulesOfEngagement", "carriers", "Which carriers does it require?"),
]);

/** An answer of the account plan, with what it rests on. */
export const accountAnswerSchema = z.strictObject({
  answer: text,
  evidence: z.string({ error: "say what the answer rests on (who said it, when, where it is written)" }).min(1, { error: "say what the answer rests on (who said it, when, where it is written)" }),
});

/** An account plan: the account, the answers to the information and profile items, the rules of engagement. */
export const accountPlanSchema = z.strictObject({
  account: text,
  /** The path of the account's value-case document, where there is one. */
  document: text.optional(),
  /** By item id of the information and profile sections. */
  answers: z.record(z.string(), accountAnswerSchema).default({}),
  /** By item id of the rules-of-engagement section. */
  rulesOfEngagement: z.record(z.string(), accountAnswerSchema).optional(),
});

export type AccountPlan = z.output<typeof accountPlanSchema>;
export type AccountPlanInput = z.input<typeof accountPlanSchema>;

/** The result of {@link safeDefineAccountPlan}. */
export type SafeDefineAccountPlanResult = SafeDefineResult<AccountPlan, QualifyValidationError>;

/**
 * Validates an account plan and returns it deep-frozen: the account named, each answer with its evidence,
 * each answer under a known item of its section (information and profile under `answers`, rules of
 * engagement under `rulesOfEngagement`). Every problem at once, with its path.
 *
 * @param input - the plan as plain data
 * @returns the frozen plan
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * const plan = defineAccountPlan({ account: "Hengda Foods", answers: { budget: { answer: "1.5 M CNY", evidence: "CFO, 2026-10-12" } } });
 * plan.answers.budget.answer; //=> "1.5 M CNY"
 * ```
 */
export function defineAccountPlan(input: unknown): AccountPlan {
  return orThrow(safeDefineAccountPlan(input));
}

/**
 * Like {@link defineAccountPlan} but returns `{ success: true, data, warnings }` (`warnings` empty) or
 * `{ success: false, error }` instead of throwing.
 *
 * @param input - anything
 * @returns the plan, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineAccountPlan({ account: "Hengda Foods", answers: { budgte: { answer: "yes", evidence: "CFO" } } });
 * !result.success && result.error.issues[0]?.message; //=> 'no information or profile item has the id "budgte" (did you mean "budget"?)'
 * ```
 */
export function safeDefineAccountPlan(input: unknown): SafeDefineAccountPlanResult {
  if (!isRecord(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected an account plan object { account, document?, answers, rulesOfEngagement? }" }], "account plan"));
  const parsed = accountPlanSchema.safeParse(input);
  const issues: ValueframeIssue[] = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  // Ids are checked on the answers as written, so they are reported beside any shape problem.
  const known = (section: "answers" | "rulesOfEngagement") => new Set(accountPlanChecklist.filter((i) => (section === "answers" ? i.section !== "rulesOfEngagement" : i.section === "rulesOfEngagement")).map((i) => i.id));
  for (const section of ["answers", "rulesOfEngagement"] as const) {
    const written = input[section];
    if (!isRecord(written)) continue;
    const ids = known(section);
    const other = known(section === "answers" ? "rulesOfEngagement" : "answers");
    for (const key of Object.keys(written)) {
      if (ids.has(key)) continue;
      const where = section === "answers" ? "information or profile item" : "rule of engagement";
      const hint = other.has(key) ? `; "${key}" is ${section === "answers" ? "a rule of engagement: put it under rulesOfEngagement" : "an information or profile item: put it under answers"}` : didYouMeanSuffix(key, ids);
      issues.push({ path: [section, key], code: "unknown_reference", message: `no ${where} has the id "${key}"${hint}` });
    }
  }
  if (issues.length > 0 || !parsed.success) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "account plan"));
  return defined(deepFreeze(parsed.data));
}

/** How complete an account plan is. */
export interface AccountPlanCompleteness {
  readonly account: string;
  /** Items answered with evidence ÷ all items of the checklist (0 … 1, exact). */
  readonly share: Decimal;
  readonly answered: number;
  readonly total: number;
  /** The same for each section. */
  readonly bySection: readonly { readonly section: AccountPlanSection; readonly share: Decimal; readonly answered: number; readonly total: number }[];
  /** The questions still open, in checklist order. */
  readonly open: readonly AccountPlanItem[];
}

/**
 * How complete an account plan is: the share of the checklist's items answered with evidence (every
 * item weighs the same — ours), overall and for each section, and the questions still open.
 *
 * @param plan - an account plan as data, or from {@link defineAccountPlan}
 * @returns the completeness, exact and frozen
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) for a plan that is not valid, every problem listed
 *
 * @example
 * ```ts
 * const c = accountPlanCompleteness({ account: "Hengda Foods", answers: { budget: { answer: "1.5 M CNY", evidence: "CFO, 2026-10-12" } } });
 * [c.answered, c.total, c.open[0]?.id]; //=> [1, 36, "needsOrganisation"]
 * ```
 */
export function accountPlanCompleteness(plan: unknown): AccountPlanCompleteness {
  const valid = defineAccountPlan(plan);
  const isAnswered = (i: AccountPlanItem) => (i.section === "rulesOfEngagement" ? valid.rulesOfEngagement?.[i.id] : valid.answers[i.id]) !== undefined;
  const tally = (items: readonly AccountPlanItem[]) => {
    const answered = items.filter(isAnswered).length;
    return { answered, total: items.length, share: items.length === 0 ? new Dec(0) : new Dec(answered).div(items.length) };
  };
  const all = tally(accountPlanChecklist);
  const bySection = accountPlanSections.map((section) => Object.freeze({ section, ...tally(accountPlanChecklist.filter((i) => i.section === section)) }));
  return Object.freeze({ account: valid.account, ...all, bySection: Object.freeze(bySection), open: Object.freeze(accountPlanChecklist.filter((i) => !isAnswered(i))) });
}

// ─── (b) Top accounts ────────────────────────────────────────────────────────────────────────────────

/** An account as the top-account ranking reads it. */
export const rankedAccountSchema = z.strictObject({
  id,
  name: text,
  /** The annual revenue from the account, not negative. */
  annualRevenue: amountSchema,
  /** The margin earned on it, as a share of revenue (0.18 = 18 %): at most 1, negative for a loss. */
  margin: z.lazy(() =>
    figureSchema.superRefine((value, ctx) => {
      if (value.gt(1)) ctx.addIssue({ code: "custom", message: `a margin is a share of revenue, at most 1; got ${value.toString()}`, params: { code: "out_of_range" } });
    }),
  ),
  /** The revenue the account could bring (its potential), not negative. */
  potential: amountSchema,
  /** The confidence of success with it, 0 … 1. */
  confidence: z
    .lazy(() =>
      figureSchema.superRefine((value, ctx) => {
        if (value.lt(0) || value.gt(1)) ctx.addIssue({ code: "custom", message: `a confidence is from 0 to 1; got ${value.toString()}`, params: { code: "out_of_range" } });
      }),
    )
    .optional(),
  /** ISO 4217 code of revenue and potential; all accounts ranked together share one. */
  currency: currencySchema,
});

export type RankedAccountInput = z.input<typeof rankedAccountSchema>;
export type RankedAccount = z.output<typeof rankedAccountSchema>;

/** The three measures accounts are ranked by. */
export const topAccountMeasures = ["annualRevenue", "margin", "potential"] as const;

/** One of {@link topAccountMeasures}. */
export type TopAccountMeasure = (typeof topAccountMeasures)[number];

/** Our default target test: confidence at least 0.6; potential at least the median of the accounts given. */
export const DEFAULT_TARGET_TEST = Object.freeze({ minConfidence: new Dec("0.6") });

/** Options of {@link topAccounts}. */
export interface TopAccountsOptions {
  /** The share of accounts that are top on a measure, 0 < share ≤ 1 (default 0.1: the seed's top 10 %). */
  readonly share?: Numeric;
  /** Potential large enough: at least this (default: the median potential of the accounts given). */
  readonly minPotential?: Numeric;
  /** Confidence high enough: at least this, 0 … 1 (default 0.6). */
  readonly minConfidence?: Numeric;
}

/** An account ranked. */
export interface TopAccountRow {
  readonly id: string;
  readonly name: string;
  /** The figures ranked, as given. */
  readonly annualRevenue: Decimal;
  readonly margin: Decimal;
  readonly potential: Decimal;
  readonly confidence: Decimal | undefined;
  /** Its rank on each measure: 1 = the largest; equal values share a rank. */
  readonly ranks: Readonly<Record<TopAccountMeasure, number>>;
  /** The measures on which it is within the top share. */
  readonly topOn: readonly TopAccountMeasure[];
  readonly top: boolean;
  /** The target test: potential large enough and confidence high enough (`undefined` when no confidence is stated). */
  readonly potentialLargeEnough: boolean;
  readonly confidenceHighEnough: boolean | undefined;
  readonly target: boolean;
}

/** The top accounts worked out. */
export interface TopAccounts {
  readonly share: Decimal;
  /** How many accounts are top on each measure: ⌈share × accounts⌉, at least 1. */
  readonly perMeasure: number;
  readonly currency: string | undefined;
  readonly minPotential: Decimal;
  readonly minConfidence: Decimal;
  /** Every account: the top accounts first, each group by revenue rank then input order. */
  readonly accounts: readonly TopAccountRow[];
  /** The ids of the top accounts. */
  readonly top: readonly string[];
  /** The ids of the top accounts that pass the target test. */
  readonly targets: readonly string[];
}

function median(values: readonly Decimal[]): Decimal {
  if (values.length === 0) return new Dec(0);
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2);
}


/**
 * The top accounts (`002_…`: the top 10 % by annual revenue, margin and potential). Our combined rule:
 * rank the accounts on each of the three measures (equal values share a rank); an account is a top
 * account when its rank on any measure is within ⌈share × number of accounts⌉ (at least 1). Then the
 * target test of each: potential large enough (at least `minPotential`, by default the median potential
 * of the accounts given) and confidence of success high enough (at least `minConfidence`, default 0.6);
 * an account without a stated confidence does not pass.
 *
 * @param accounts - the accounts as data: id, name, annualRevenue, margin (a share), potential, confidence?, currency
 * @param options - `share` (default 0.1), `minPotential`, `minConfidence`
 * @returns every account ranked, the top accounts and the targets, frozen
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) for bad accounts: shape, duplicate ids, mixed currencies
 * @throws {QualifyArgumentError} (code `QUALIFY_INVALID_ARGUMENT`) for a share off (0, 1] or a threshold that is not a number
 *
 * @example
 * ```ts
 * const t = topAccounts([
 *   { id: "a1", name: "Hengda Foods", annualRevenue: 900, margin: "0.10", potential: 2000, confidence: "0.8", currency: "CNY" },
 *   { id: "a2", name: "Jinlong Steel", annualRevenue: 100, margin: "0.40", potential: 500, confidence: "0.9", currency: "CNY" },
 *   { id: "a3", name: "Baihe Textiles", annualRevenue: 200, margin: "0.05", potential: 100, currency: "CNY" },
 * ]); // ⌈0.1 × 3⌉ = 1 a measure: a1 on revenue and potential, a2 on margin
 * [t.top, t.targets]; //=> [["a1", "a2"], ["a1", "a2"]]
 * ```
 */
export function topAccounts(accounts: unknown, options?: TopAccountsOptions): TopAccounts {
  const argIssues: ValueframeIssue[] = [];
  const share = optionFigure(options?.share ?? "0.1", ["share"], argIssues, (d) => (d.lte(0) || d.gt(1) ? `a share is above 0 and at most 1; got ${d.toString()}` : undefined));
  const minPotentialOption = optionFigure(options?.minPotential, ["minPotential"], argIssues, (d) => (d.isNegative() ? `a potential is not negative; got ${d.toString()}` : undefined));
  const minConfidence = optionFigure(options?.minConfidence, ["minConfidence"], argIssues, (d) => (d.lt(0) || d.gt(1) ? `a confidence is from 0 to 1; got ${d.toString()}` : undefined)) ?? DEFAULT_TARGET_TEST.minConfidence;
  if (argIssues.length > 0) throw new QualifyArgumentError(argIssues, "topAccounts options");

  if (!Array.isArray(accounts)) throw new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected an array of accounts" }], "accounts");
  const issues: ValueframeIssue[] = [];
  const parsed = accounts.map((account: unknown, index: number) => {
    const result = rankedAccountSchema.safeParse(account);
    if (result.success) return result.data;
    issues.push(...fromZodIssues(result.error.issues, [index]));
    return undefined;
  });
  const seen = new Map<string, number>();
  accounts.forEach((account: unknown, index: number) => {
    const accountId = isRecord(account) ? account["id"] : undefined;
    if (typeof accountId !== "string" || accountId === "") return;
    const first = seen.get(accountId);
    if (first === undefined) seen.set(accountId, index);
    else issues.push({ path: [index, "id"], code: "duplicate_id", message: `id "${accountId}" is already the id of account ${first}` });
  });
  const valid = parsed.filter((a): a is RankedAccount => a !== undefined);
  const currencies = [...new Set(valid.map((a) => a.currency))];
  if (currencies.length > 1) {
    parsed.forEach((a, index) => {
      if (a !== undefined && a.currency !== currencies[0]) issues.push({ path: [index, "currency"], code: "mixed_currencies", message: `the accounts mix currencies (${currencies.join(", ")}): rank accounts of one currency; nothing is converted here` });
    });
  }
  if (issues.length > 0) throw new QualifyValidationError(inInputOrder(issues, accounts), "accounts");

  const perMeasure = Math.max(1, new Dec(valid.length).times(share!).ceil().toNumber());
  const minPotential = minPotentialOption ?? median(valid.map((a) => a.potential));
  const rankOn = (measure: TopAccountMeasure, account: RankedAccount) => 1 + valid.filter((other) => other[measure].gt(account[measure])).length;
  const rows = valid.map((account, index) => {
    const ranks = Object.freeze(Object.fromEntries(topAccountMeasures.map((m) => [m, rankOn(m, account)])) as Record<TopAccountMeasure, number>);
    const topOn = Object.freeze(topAccountMeasures.filter((m) => ranks[m] <= perMeasure));
    const potentialLargeEnough = account.potential.gte(minPotential);
    const confidenceHighEnough = account.confidence === undefined ? undefined : account.confidence.gte(minConfidence);
    const row: TopAccountRow = Object.freeze({ id: account.id, name: account.name, annualRevenue: account.annualRevenue, margin: account.margin, potential: account.potential, confidence: account.confidence, ranks, topOn, top: topOn.length > 0, potentialLargeEnough, confidenceHighEnough, target: topOn.length > 0 && potentialLargeEnough && confidenceHighEnough === true });
    return { row, index };
  });
  rows.sort((a, b) => Number(b.row.top) - Number(a.row.top) || a.row.ranks.annualRevenue - b.row.ranks.annualRevenue || a.index - b.index);
  const ordered = rows.map((r) => r.row);
  return Object.freeze({
    share: share!,
    perMeasure,
    currency: currencies[0],
    minPotential,
    minConfidence,
    accounts: Object.freeze(ordered),
    top: Object.freeze(ordered.filter((r) => r.top).map((r) => r.id)),
    targets: Object.freeze(ordered.filter((r) => r.target).map((r) => r.id)),
  });
}

// ─── (c) Tiered selling 5 + 5 + 5 ───────────────────────────────────────────────────────────────────

/** The three tiers, in the seed's order (the names are ours). */
export const tierKinds = ["muchBusiness", "someBusiness", "noBusiness"] as const;

/** One of {@link tierKinds}. */
export type TierKind = (typeof tierKinds)[number];

/** What each tier holds, in the seed's words. */
export const tierKindInfo = Object.freeze({
  muchBusiness: Object.freeze({ meaning: "much successful business, not yet at full potential", rotating: false }),
  someBusiness: Object.freeze({ meaning: "some business, below potential", rotating: false }),
  noBusiness: Object.freeze({ meaning: "no business yet, but large potential", rotating: true }),
} as const satisfies Record<TierKind, { readonly meaning: string; readonly rotating: boolean }>);

/** The most accounts a tier holds: 5 + 5 + 5. */
export const MAX_ACCOUNTS_PER_TIER = 5;

/** An action of the year plan: who does what, how, when, why and for what — each required. */
export const yearPlanActionSchema = z.strictObject({
  who: text,
  how: text,
  when: text,
  why: text,
  forWhat: text,
});

/** A month of the review: the business expected and, once the month is reviewed, the actual. */
export const monthlyReviewSchema = z.strictObject({
  month: monthSchema,
  expected: figureSchema,
  actual: figureSchema.optional(),
});

/** An account of a tier. */
export const tierAccountSchema = z.strictObject({
  id,
  name: text,
  /** The path of the account's value-case document, where there is one. */
  document: text.optional(),
  /** The business done with it in a year now, not negative. */
  currentBusiness: amountSchema.default(new Dec(0)),
  /** Its market: total capacity and the supply through channels the seller does not take part in. */
  market: z.strictObject({ totalCapacity: amountSchema, notServed: amountSchema.default(new Dec(0)) }).superRefine((market, ctx) => {
    // Only between two figures that are valid amounts: a bad one is reported on its own.
    const { totalCapacity, notServed } = market as { totalCapacity: unknown; notServed: unknown };
    if (Dec.isDecimal(totalCapacity) && Dec.isDecimal(notServed) && !totalCapacity.isNegative() && !notServed.isNegative() && notServed.gt(totalCapacity))
      ctx.addIssue({ code: "custom", path: ["notServed"], message: `the supply through channels not served (${market.notServed.toString()}) exceeds the total market capacity (${market.totalCapacity.toString()})`, params: { code: "out_of_range" } });
  }),
  /** Key people with their involvement 1 (little) … 5 (much), and who is the coach. */
  keyPeople: z
    .array(
      z.strictObject({
        name: text,
        involvement: z.number({ error: "expected a whole number from 1 to 5" }).int({ error: "expected a whole number from 1 to 5" }).min(1, { error: "involvement is at least 1" }).max(5, { error: "involvement is at most 5" }),
        coach: z.boolean().default(false),
      }),
    )
    .readonly()
    .default([]),
  /** The year plan: at least one action. */
  plan: z.array(yearPlanActionSchema).min(1, { error: "a year plan needs at least one action: who, how, when, why, for what" }).readonly(),
  /** The monthly review, one row a month. */
  review: z
    .array(monthlyReviewSchema)
    .superRefine((rows, ctx) => {
      const months = new Map<string, number>();
      rows.forEach((row, r) => {
        if (!isRecord(row) || typeof row.month !== "string") return;
        const first = months.get(row.month);
        if (first === undefined) months.set(row.month, r);
        else ctx.addIssue({ code: "custom", path: [r, "month"], message: `the month ${row.month} is already reviewed in review[${first}]`, params: { code: "duplicate_month" } });
      });
    })
    .readonly()
    .default([]),
});

export type TierAccount = z.output<typeof tierAccountSchema>;
export type TierAccountInput = z.input<typeof tierAccountSchema>;

/** Tiered selling: the currency of its figures and the three tiers of at most five accounts. */
export const tiersSchema = z.strictObject({
  seller: text.optional(),
  currency: currencySchema,
  tiers: z.strictObject({
    muchBusiness: z.array(tierAccountSchema).readonly().default([]),
    someBusiness: z.array(tierAccountSchema).readonly().default([]),
    noBusiness: z.array(tierAccountSchema).readonly().default([]),
  }),
});

export type Tiers = z.output<typeof tiersSchema>;
export type TiersInput = z.input<typeof tiersSchema>;

/** The result of {@link safeDefineTiers}. */
export type SafeDefineTiersResult = SafeDefineResult<Tiers, QualifyValidationError>;

/**
 * Validates tiered selling and returns it deep-frozen: at most five accounts a tier, each account's shape
 * (a market capacity and an unserved supply not negative, the unserved supply not above the capacity,
 * involvement 1–5, a year plan whose every action says who, how, when, why and for what, review months
 * `YYYY-MM` once each), account ids unique across the tiers. Each account is read on its own: every
 * problem at once, with its path. Warns (does not refuse) an account whose key people name no coach.
 *
 * @param input - the tiers as plain data
 * @returns the frozen tiers, and warnings
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * const tiers = defineTiers({ currency: "CNY", tiers: { noBusiness: [{ id: "a1", name: "Hengda Foods", market: { totalCapacity: "5000000", notServed: "1200000" }, plan: [{ who: "Zhang", how: "site visit with our plant manager", when: "2027-Q1", why: "their yield issue", forWhat: "a pilot order" }] }] } });
 * tiers.tiers.noBusiness[0].market.notServed.toString(); //=> "1200000"
 * ```
 */
export function defineTiers(input: unknown): Tiers {
  return orThrow(safeDefineTiers(input));
}

/**
 * Like {@link defineTiers} but returns `{ success: true, data, warnings }` or `{ success: false, error }`
 * instead of throwing.
 *
 * @param input - anything
 * @returns the tiers with warnings, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineTiers({ currency: "CNY", tiers: { muchBusiness: sixAccounts } });
 * !result.success && result.error.issues[0]?.path; //=> ["tiers", "muchBusiness"]
 * ```
 */
export function safeDefineTiers(input: unknown): SafeDefineTiersResult {
  if (!isRecord(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected tiers { seller?, currency, tiers: { muchBusiness, someBusiness, noBusiness } }" }], "tiers"));
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(new Set(["seller", "currency", "tiers"]));
  const seller = read.member("seller", text);
  if (input["currency"] === undefined) issues.push({ path: ["currency"], code: "invalid_type", message: 'required: the ISO 4217 currency of the figures, e.g. "CNY"' });
  const currency = read.member("currency", currencySchema);
  const tiersInput = input["tiers"];
  const tiers: Partial<Record<TierKind, TierAccount[]>> = {};
  if (!isRecord(tiersInput)) issues.push({ path: ["tiers"], code: "invalid_type", message: `expected the three tiers { ${tierKinds.join(", ")} }` });
  else {
    const extra = Object.keys(tiersInput).filter((key) => !(tierKinds as readonly string[]).includes(key));
    for (const key of extra) issues.push({ path: ["tiers", key], code: "unrecognized_keys", message: `no tier "${key}" (tiers: ${tierKinds.join(", ")})${didYouMeanSuffix(key, tierKinds)}` });
    const seen = new Map<string, string>();
    for (const kind of tierKinds) {
      const raw = tiersInput[kind];
      if (raw === undefined) {
        tiers[kind] = [];
        continue;
      }
      if (!Array.isArray(raw)) {
        issues.push({ path: ["tiers", kind], code: "invalid_type", message: "expected an array of accounts" });
        continue;
      }
      if (raw.length > MAX_ACCOUNTS_PER_TIER) issues.push({ path: ["tiers", kind], code: "too_many", message: `a tier holds at most ${MAX_ACCOUNTS_PER_TIER} accounts (5 + 5 + 5); "${kind}" has ${raw.length}` });
      const parsed = raw.map((account: unknown, index: number) => {
        const path = ["tiers", kind, index];
        const result = tierAccountSchema.safeParse(account);
        const accountId = isRecord(account) ? account["id"] : undefined;
        if (typeof accountId === "string" && accountId !== "") {
          const first = seen.get(accountId);
          if (first === undefined) seen.set(accountId, `tiers.${kind}[${index}]`);
          else issues.push({ path: [...path, "id"], code: "duplicate_id", message: `id "${accountId}" is already the id of ${first}` });
        }
        if (result.success) return result.data;
        issues.push(...fromZodIssues(result.error.issues, path));
        return undefined;
      });
      tiers[kind] = parsed.filter((a): a is TierAccount => a !== undefined);
    }
  }
  if (issues.length > 0) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "tiers"));
  const data: Tiers = { ...(seller === undefined ? {} : { seller }), currency: currency!, tiers: tiers as Tiers["tiers"] };
  const frozen = deepFreeze(data);
  return defined(frozen, () =>
    tierKinds.flatMap((kind) =>
      frozen.tiers[kind].flatMap((a, index): ValueframeIssue[] =>
        a.keyPeople.some((p) => p.coach) ? [] : [{ path: ["tiers", kind, index, "keyPeople"], code: "no_coach", message: `"${a.name}" has no coach among its key people` }],
      ),
    ),
  );
}

/**
 * Target market potential (`002_…`): the total market capacity less the supply through channels the
 * seller does not take part in.
 *
 * @param totalCapacity - the account's (or market's) total capacity, not negative
 * @param notServed - the supply through channels not served, not negative and not above the capacity
 * @returns totalCapacity − notServed, exact
 * @throws {QualifyArgumentError} for a negative figure or an unserved supply above the capacity, every problem listed
 *
 * @example
 * ```ts
 * targetMarketPotential("5000000", "1200000").toString(); //=> "3800000"
 * ```
 */
export function targetMarketPotential(totalCapacity: Numeric, notServed: Numeric): Decimal {
  const issues: ValueframeIssue[] = [];
  const capacity = optionFigure(totalCapacity, ["totalCapacity"], issues, (d) => (d.isNegative() ? `a market capacity is not negative; got ${d.toString()}` : undefined));
  const other = optionFigure(notServed, ["notServed"], issues, (d) => (d.isNegative() ? `a supply is not negative; got ${d.toString()}` : undefined));
  if (totalCapacity === undefined) issues.push({ path: ["totalCapacity"], code: "invalid_type", message: "required: the total market capacity" });
  if (issues.length === 0 && other !== undefined && capacity !== undefined && other.gt(capacity)) issues.push({ path: ["notServed"], code: "out_of_range", message: `the supply through channels not served (${other.toString()}) exceeds the total market capacity (${capacity.toString()})` });
  if (issues.length > 0) throw new QualifyArgumentError(issues, "targetMarketPotential");
  return capacity!.minus(other ?? 0);
}

/** One month of a review: expected, actual and the variance. */
export interface ReviewMonth {
  readonly month: string;
  /** Σ expected over every account with a row that month. */
  readonly expected: Decimal;
  /** Σ actual over the accounts that have reported it (`undefined` when none has). */
  readonly actual: Decimal | undefined;
  /** Σ expected over the same accounts: what `actual` and `variance` compare with (`undefined` when none has). */
  readonly expectedReported: Decimal | undefined;
  /** Σ (actual − expected) over the accounts that have reported it = actual − expectedReported: positive is ahead of plan. */
  readonly variance: Decimal | undefined;
  /** How many rows have an actual, and how many do not yet. */
  readonly reported: number;
  readonly pending: number;
}

/** One account of the tiers reviewed. */
export interface TierAccountReview {
  readonly id: string;
  readonly name: string;
  readonly tier: TierKind;
  /** Target market potential: total capacity − supply through channels not served. */
  readonly targetMarketPotential: Decimal;
  readonly currentBusiness: Decimal;
  /** targetMarketPotential − currentBusiness: the business still to win (negative when beyond it). */
  readonly headroom: Decimal;
  /** currentBusiness ÷ targetMarketPotential (`undefined` for a potential of 0). */
  readonly penetration: Decimal | undefined;
  /** The number of actions in its year plan. */
  readonly planActions: number;
  readonly coach: boolean;
  readonly months: readonly ReviewMonth[];
}

/** Tiered selling reviewed. */
export interface TiersReview {
  readonly currency: string;
  readonly accounts: readonly TierAccountReview[];
  /** By tier: accounts, Σ target market potential, Σ current business, Σ headroom. */
  readonly byTier: readonly { readonly tier: TierKind; readonly accounts: number; readonly targetMarketPotential: Decimal; readonly currentBusiness: Decimal; readonly headroom: Decimal }[];
  /** The monthly public review across all accounts, months in order. */
  readonly months: readonly ReviewMonth[];
}

function reviewMonths(rows: readonly { readonly month: string; readonly expected: Decimal; readonly actual?: Decimal | undefined }[]): ReviewMonth[] {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  return months.map((month) => {
    const own = rows.filter((r) => r.month === month);
    const done = own.filter((r) => r.actual !== undefined);
    const total = (values: Decimal[]) => values.reduce((s, v) => s.plus(v), new Dec(0));
    return Object.freeze({
      month,
      expected: total(own.map((r) => r.expected)),
      actual: done.length === 0 ? undefined : total(done.map((r) => r.actual!)),
      expectedReported: done.length === 0 ? undefined : total(done.map((r) => r.expected)),
      variance: done.length === 0 ? undefined : total(done.map((r) => r.actual!.minus(r.expected))),
      reported: done.length,
      pending: own.length - done.length,
    });
  });
}

/**
 * Reviews tiered selling: each account's target market potential, current business, headroom and
 * penetration, its monthly expected against actual with the exact variance (actual − expected), each
 * tier's sums, and the monthly review across all accounts (sums over the accounts that have reported).
 *
 * @param tiers - from {@link defineTiers}
 * @returns the review, exact and frozen
 *
 * @example
 * ```ts
 * const review = reviewTiers(tiers);
 * review.months[0]?.variance?.toString(); //=> "-15000.5"
 * ```
 */
export function reviewTiers(tiers: Tiers): TiersReview {
  const accounts = tierKinds.flatMap((tier) =>
    tiers.tiers[tier].map((a): TierAccountReview => {
      const potential = a.market.totalCapacity.minus(a.market.notServed);
      return Object.freeze({
        id: a.id,
        name: a.name,
        tier,
        targetMarketPotential: potential,
        currentBusiness: a.currentBusiness,
        headroom: potential.minus(a.currentBusiness),
        penetration: potential.isZero() ? undefined : a.currentBusiness.div(potential),
        planActions: a.plan.length,
        coach: a.keyPeople.some((p) => p.coach),
        months: Object.freeze(reviewMonths(a.review)),
      });
    }),
  );
  const byTier = tierKinds.map((tier) => {
    const own = accounts.filter((a) => a.tier === tier);
    const total = (pick: (a: TierAccountReview) => Decimal) => own.reduce((s, a) => s.plus(pick(a)), new Dec(0));
    return Object.freeze({ tier, accounts: own.length, targetMarketPotential: total((a) => a.targetMarketPotential), currentBusiness: total((a) => a.currentBusiness), headroom: total((a) => a.headroom) });
  });
  const months = reviewMonths(tierKinds.flatMap((tier) => tiers.tiers[tier].flatMap((a) => a.review)));
  return Object.freeze({ currency: tiers.currency, accounts: Object.freeze(accounts), byTier: Object.freeze(byTier), months: Object.freeze(months) });
}
