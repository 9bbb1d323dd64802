/**
 * The seller-level view across many accounts: a territory names the value-case documents a seller (or a
 * team) covers — the same unit a portfolio aggregates — and holds what spans them: deals without a
 * document yet, the stage rates, the accounts ranked for top accounts and the 5 + 5 + 5 tiers. Reviewed
 * with the qualification and account plan of each document, it gives the funnel and the seller's
 * stage-weighted pipeline, every opportunity's qualification in one row, the top accounts and the tiers'
 * monthly review.
 *
 * What is ours, not the seed's: the territory as a file of its own (the seeds keep these lists on paper);
 * that a document's deal in the funnel is its qualification's `funnel` entry, with the document's path as
 * its id; and the one-row summary of an opportunity.
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { itemwiseReader } from "../_internal/itemwise.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { textField as text } from "../_internal/schemaFields.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { currencySchema } from "../frame/frame.js";
import type { Decimal } from "../numeric/decimal.js";
import type { BuyingCentre } from "../people/schema.js";
import type { AssessmentDecision, AssessmentHeading } from "./assessment.js";
import { accountPlanCompleteness, rankedAccountSchema, reviewTiers, safeDefineTiers, tierKinds, tiersSchema, topAccounts, type AccountPlan, type RankedAccount, type Tiers, type TiersReview, type TopAccounts, type TopAccountsOptions } from "./accounts.js";
import { qualifyOpportunity } from "./defineQualification.js";
import { QualifyArgumentError, QualifyValidationError } from "./errors.js";
import { funnelEntrySchema, safeDefineFunnel, stageRatesSchema, weightedPipeline, type Funnel, type FunnelEntry, type FunnelStage, type WeightedPipeline } from "./funnel.js";
import type { Qualification } from "./schema.js";

/** A territory as written: the documents it covers and what spans them. */
export const territorySchema = z.strictObject({
  /** Whose territory: a seller, a team. */
  seller: text.optional(),
  /** The currency the pipeline and the tiers are summed in; deals in another currency are listed, not converted. */
  currency: currencySchema.optional(),
  /** Stage rates replacing our defaults (0 … 1). */
  rates: stageRatesSchema.optional(),
  /** The value-case documents covered, by path relative to the territory file. */
  documents: z.array(text).readonly().default([]),
  /** Deals without a value-case document yet: funnel rows. */
  deals: z.array(funnelEntrySchema).readonly().default([]),
  /** The accounts ranked for top accounts: revenue, margin, potential, confidence. */
  accounts: z.array(rankedAccountSchema).readonly().default([]),
  /** The top-account test's settings: share ranked top (default 0.1), minimum confidence (0.6) and potential (the median). */
  topAccounts: z.strictObject({ share: figureSchema.optional(), minConfidence: figureSchema.optional(), minPotential: figureSchema.optional() }).optional(),
  /** Tiered selling: three tiers of at most five accounts, in `currency`. */
  tiers: tiersSchema.shape.tiers.optional(),
});

/** A territory as written. */
export type TerritoryInput = z.input<typeof territorySchema>;

/** A validated, deep-frozen territory. */
export interface Territory {
  readonly seller?: string;
  readonly currency?: string;
  readonly rates?: Funnel["rates"];
  readonly documents: readonly string[];
  readonly deals: readonly FunnelEntry[];
  readonly accounts: readonly RankedAccount[];
  readonly topAccounts?: { readonly share?: Decimal | undefined; readonly minConfidence?: Decimal | undefined; readonly minPotential?: Decimal | undefined };
  readonly tiers?: Tiers;
}

/** The result of {@link safeDefineTerritory}. */
export type SafeDefineTerritoryResult = SafeDefineResult<Territory, QualifyValidationError>;

const TOP_KEYS = new Set(["seller", "currency", "rates", "documents", "deals", "accounts", "topAccounts", "tiers"]);

/**
 * Validates a territory and returns it deep-frozen, every problem at once with its path: each deal as a
 * funnel row (unique ids, known stage, month, amount, currency, rate 0 … 1), documents named once, the
 * ranked accounts (unique ids, one currency, margin ≤ 1, confidence 0 … 1), the top-account settings,
 * the tiers (at most five accounts each, a market capacity not negative and not below the supply not
 * served, a year plan, review months once each) — which need `currency` — and a tier account's
 * `document` among the territory's documents. Warns of a tier account with no coach.
 *
 * @param input - the territory as plain data, e.g. a parsed `territory.yaml`
 * @returns the frozen territory
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * import { defineTerritory } from "valueframe/qualify";
 * const territory = defineTerritory({ seller: "East team", currency: "CNY", documents: ["distributor.valuecase.json"] });
 * territory.documents; //=> ["distributor.valuecase.json"]
 * ```
 */
export function defineTerritory(input: unknown): Territory {
  return orThrow(safeDefineTerritory(input));
}

/**
 * Like {@link defineTerritory} but returns `{ success: true, data, warnings }` or `{ success: false, error }`
 * instead of throwing.
 *
 * @param input - anything
 * @returns the territory with warnings, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineTerritory({ rates: { P: 2 }, tiers: { muchBusiness: [] } });
 * !result.success && result.error.issues.map((i) => i.path.join(".")); //=> ["rates.P", "currency"]
 * ```
 */
export function safeDefineTerritory(input: unknown): SafeDefineTerritoryResult {
  if (!isRecord(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected a territory object { seller?, currency?, documents, deals?, accounts?, tiers? }" }], "territory"));
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TOP_KEYS);
  const seller = read.member("seller", text);
  const currency = read.member("currency", currencySchema);
  const documentsRaw = read.list("documents");
  const documents = read.items(documentsRaw, "documents", text);
  const firstAt = new Map<string, number>();
  documents.forEach((path, index) => {
    if (path === undefined) return;
    const first = firstAt.get(path);
    if (first === undefined) firstAt.set(path, index);
    else issues.push({ path: ["documents", index], code: "duplicate_id", message: `"${path}" is already documents[${first}]` });
  });
  // The deals are a funnel: its rules, with its paths moved to the territory's.
  const funnel = safeDefineFunnel({ ...(input["rates"] === undefined ? {} : { rates: input["rates"] }), entries: input["deals"] ?? [] });
  if (!funnel.success) issues.push(...funnel.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "entries" ? ["deals", ...issue.path.slice(1)] : issue.path })));
  const accountsRaw = read.list("accounts");
  let accounts: readonly RankedAccount[] = [];
  if (accountsRaw.length > 0) {
    try {
      // topAccounts checks the accounts as a whole (shape, unique ids, one currency); then they parse.
      topAccounts(accountsRaw);
      accounts = accountsRaw.map((account) => rankedAccountSchema.parse(account));
    } catch (error) {
      if (!(error instanceof QualifyValidationError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: ["accounts", ...issue.path] })));
    }
  }
  const settings = read.member("topAccounts", territorySchema.shape.topAccounts);
  if (settings !== undefined && settings !== null) {
    try {
      topAccounts([], settingsOf(settings));
    } catch (error) {
      if (!(error instanceof QualifyArgumentError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: ["topAccounts", ...issue.path] })));
    }
  }
  let tiers: Tiers | undefined;
  const tierWarnings: ValueframeIssue[] = [];
  if (input["tiers"] !== undefined) {
    if (input["currency"] === undefined) issues.push({ path: ["currency"], code: "invalid_type", message: 'required with tiers: the ISO 4217 currency of their figures, e.g. "CNY"' });
    const checked = safeDefineTiers({ currency: currency ?? "XXX", tiers: input["tiers"] });
    if (checked.success) {
      tiers = checked.data;
      tierWarnings.push(...checked.warnings);
    } else issues.push(...checked.error.issues.filter((issue) => issue.path[0] !== "currency"));
    if (tiers !== undefined) {
      const named = new Set(documents.filter((d): d is string => d !== undefined));
      for (const kind of tierKinds)
        tiers.tiers[kind].forEach((account, index) => {
          if (account.document !== undefined && !named.has(account.document))
            issues.push({ path: ["tiers", kind, index, "document"], code: "unknown_reference", message: `"${account.document}" is not among the territory's documents${didYouMeanSuffix(account.document, [...named])}` });
        });
    }
  }
  if (issues.length > 0) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "territory"));
  const territory: Territory = {
    ...(seller === undefined ? {} : { seller }),
    ...(currency === undefined ? {} : { currency }),
    ...(funnel.success && funnel.data.rates !== undefined ? { rates: funnel.data.rates } : {}),
    documents: documents as string[],
    deals: funnel.success ? funnel.data.entries : [],
    accounts,
    ...(settings === undefined || settings === null ? {} : { topAccounts: settings }),
    ...(tiers === undefined ? {} : { tiers }),
  };
  return defined(deepFreeze(territory), () => tierWarnings);
}

/** The top-account settings as topAccounts takes them: only those stated. */
const settingsOf = (settings: NonNullable<Territory["topAccounts"]>): TopAccountsOptions =>
  Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as TopAccountsOptions;

/** One value-case document of the territory, as the review reads it. */
export interface TerritoryOpportunity {
  /** The document's path, as the territory names it. */
  readonly document: string;
  /** The customer's name (the frame's customer, else the account plan's account). */
  readonly customer: string;
  readonly qualification?: Qualification | undefined;
  readonly account?: AccountPlan | undefined;
  /** Its buying centre, for power in PAIN + VISION + POWER. */
  readonly centre?: BuyingCentre | undefined;
}

/** One opportunity in one row: where its qualification stands. */
export interface OpportunityRow {
  readonly document: string;
  readonly customer: string;
  /** The funnel stage, when the qualification has a funnel entry. */
  readonly stage: FunnelStage | undefined;
  /** The assessment's overall score (0 … 1), decision and weakest heading. */
  readonly assessment: { readonly overall: Decimal | undefined; readonly decision: AssessmentDecision; readonly weakest: AssessmentHeading | undefined } | undefined;
  /** Our rank in the customer's computation, of how many suppliers, and the leader when it is not us. */
  readonly rank: { readonly us: number; readonly of: number; readonly leader: string | undefined } | undefined;
  /** The value-matrix category, 1 … 4. */
  readonly category: 1 | 2 | 3 | 4 | undefined;
  /** The opening's group. */
  readonly openingGroup: "normal" | "problem" | "abnormal" | undefined;
  /** How many of the 5W + 2P (or 6W + 2P) questions are unanswered, and how many are asked. */
  readonly unanswered: number | undefined;
  readonly asked: number | undefined;
  /** Whether PAIN, VISION and POWER all hold. */
  readonly painVisionPower: boolean | undefined;
  /** The account plan's completeness (share of items answered). */
  readonly accountPlan: Decimal | undefined;
}

/** A territory reviewed. */
export interface TerritoryReview {
  readonly seller: string | undefined;
  /** The territory's currency, else the single currency of its deals (`undefined` with no deal). */
  readonly currency: string | undefined;
  /** Every deal: the territory's own and each document's funnel entry (its id the document's path). */
  readonly funnel: Funnel;
  /** The seller's stage-weighted revenue — never the customer's value. */
  readonly pipeline: WeightedPipeline;
  /** Each document in one row, in the territory's order. */
  readonly opportunities: readonly OpportunityRow[];
  /** The territory's documents that the review was not given, or that hold no qualification. */
  readonly unqualified: readonly string[];
  readonly topAccounts: TopAccounts | undefined;
  readonly tiers: TiersReview | undefined;
}

/** Options of {@link reviewTerritory}. */
export interface ReviewTerritoryOptions {
  /** The territory's documents as read: path, customer, and their qualification and account plan. */
  readonly opportunities?: readonly TerritoryOpportunity[];
}

/**
 * Reviews a territory: the funnel of its own deals and each document's funnel entry, the seller's
 * weighted pipeline in the territory's currency (deals in another listed, not converted), each
 * opportunity's qualification in one row (assessment, our rank, category, opening group, what 5W + 2P
 * leaves open, PAIN + VISION + POWER, the account plan's completeness), the documents without a
 * qualification, the top accounts and the tiers' review.
 *
 * @param territory - from {@link defineTerritory}
 * @param options - `opportunities`: the documents as read
 * @returns the review, exact and frozen
 * @throws {QualifyArgumentError} (code `QUALIFY_INVALID_ARGUMENT`) for an opportunity the territory does not name, one given twice, a deal id equal to a document's path, or a funnel mixing currencies with no territory currency
 *
 * @example
 * ```ts
 * const review = reviewTerritory(territory, { opportunities: [{ document: "distributor.valuecase.json", customer: "Huatong", qualification }] });
 * review.pipeline.total.sellerWeightedRevenue.toString(); //=> "540000"
 * ```
 */
export function reviewTerritory(territory: Territory, options?: ReviewTerritoryOptions): TerritoryReview {
  const given = options?.opportunities ?? [];
  const issues: ValueframeIssue[] = [];
  const named = new Set(territory.documents);
  const seen = new Set<string>();
  const dealIds = new Set(territory.deals.map((deal) => deal.id));
  given.forEach((opportunity, index) => {
    if (!named.has(opportunity.document)) issues.push({ path: ["opportunities", index, "document"], code: "unknown_reference", message: `"${opportunity.document}" is not among the territory's documents${didYouMeanSuffix(opportunity.document, territory.documents)}` });
    else if (seen.has(opportunity.document)) issues.push({ path: ["opportunities", index, "document"], code: "duplicate_id", message: `"${opportunity.document}" is given twice` });
    else if (dealIds.has(opportunity.document) && opportunity.qualification?.funnel !== undefined) issues.push({ path: ["opportunities", index, "document"], code: "duplicate_id", message: `a deal of the territory already has the id "${opportunity.document}"` });
    seen.add(opportunity.document);
  });
  if (issues.length > 0) throw new QualifyArgumentError(issues, "reviewTerritory options");
  const byDocument = new Map(given.map((opportunity) => [opportunity.document, opportunity]));
  const ordered = territory.documents.flatMap((path) => {
    const opportunity = byDocument.get(path);
    return opportunity === undefined ? [] : [opportunity];
  });
  const documentDeals = ordered.flatMap((o): FunnelEntry[] => {
    const f = o.qualification?.funnel;
    return f === undefined ? [] : [{ id: o.document, customer: o.customer, ...(f.contact === undefined ? {} : { contact: f.contact }), document: o.document, stage: f.stage, expectedMonth: f.expectedMonth, expectedInvestment: f.expectedInvestment, currency: f.currency }];
  });
  const funnel: Funnel = deepFreeze({ ...(territory.seller === undefined ? {} : { seller: territory.seller }), ...(territory.rates === undefined ? {} : { rates: territory.rates }), entries: [...territory.deals, ...documentDeals] });
  const pipeline = weightedPipeline(funnel, territory.currency === undefined ? undefined : { currency: territory.currency });
  const opportunities = ordered.map((o): OpportunityRow => {
    const q = o.qualification;
    const worked = q === undefined ? undefined : qualifyOpportunity(q, { centre: o.centre });
    const comparison = worked?.comparison;
    const leader = comparison?.suppliers[0];
    return Object.freeze({
      document: o.document,
      customer: o.customer,
      stage: q?.funnel?.stage,
      assessment: worked?.assessment === undefined ? undefined : Object.freeze({ overall: worked.assessment.overall, decision: worked.assessment.decision, weakest: worked.assessment.weakest }),
      rank: comparison?.us === undefined ? undefined : Object.freeze({ us: comparison.us.rank, of: comparison.suppliers.length, leader: leader === undefined || leader.us ? undefined : leader.name }),
      category: worked?.valueMatrix?.category,
      openingGroup: worked?.opening?.group,
      unanswered: q?.fiveWTwoP === undefined ? undefined : worked!.fiveWTwoP.unanswered.length,
      asked: q?.fiveWTwoP === undefined ? undefined : worked!.fiveWTwoP.answered.length + worked!.fiveWTwoP.unanswered.length,
      painVisionPower: worked?.painVisionPower?.complete,
      accountPlan: o.account === undefined ? undefined : accountPlanCompleteness(o.account).share,
    });
  });
  const unqualified = territory.documents.filter((path) => byDocument.get(path)?.qualification === undefined);
  const ranked = territory.accounts.length === 0 ? undefined : topAccounts(territory.accounts, settingsOf(territory.topAccounts ?? {}));
  return Object.freeze({
    seller: territory.seller,
    currency: territory.currency ?? pipeline.currency,
    funnel,
    pipeline,
    opportunities: Object.freeze(opportunities),
    unqualified: Object.freeze(unqualified),
    topAccounts: ranked,
    tiers: territory.tiers === undefined ? undefined : reviewTiers(territory.tiers),
  });
}
