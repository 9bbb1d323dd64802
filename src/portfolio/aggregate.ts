/**
 * The portfolio's pipeline, streamed: an aggregator takes case summaries and failures one at a time —
 * from one thread, a pool or a queue, in whatever order they finish — and keeps running exact sums per
 * currency and group plus one small row per case (its id, customer, weighted NPV, month, tier, stage),
 * never the summaries' per-period figures. `result()` converts every sum to the reporting currency at
 * the stated rates and ranks the cases; it is the same, figure for figure and row for row, whatever
 * order the cases were added in.
 *
 * What is ours: period 0 of a case falls in its expected decision month (else the portfolio's `asOf`
 * month); each later period starts the month after the one before ends, so period 1 of a yearly case
 * covers the 12 months after the decision month; a quarter's or a year's flow is spread evenly over its
 * months (the last month takes what dividing leaves, so the months add up to the period exactly); ties
 * in the ranking go by id; groups list in a fixed order (months and ids sorted, the enumerations in
 * their own order, the "none" groups last).
 */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../numeric/decimal.js";
import { tierKinds, type TierKind } from "../qualify/accounts.js";
import { funnelStages, type FunnelStage } from "../qualify/funnel.js";
import { perspectives } from "../frame/goal.js";
import type { Portfolio } from "./definePortfolio.js";
import { PortfolioArgumentError, PortfolioRateError, type MissingRate } from "./errors.js";
import { UNASSIGNED, type CaseFailure, type CaseSummary, type PerspectiveBucket } from "./summariseCase.js";
import { addExact, atOneScale, decOfExact, EXACT_ZERO, ExactSum, exactOfDec, multiplyExact, parseExact, subtractExact, TextSum, type Exact } from "./_internal/exact.js";
import { readInput, type ReadSummary } from "./_internal/readInput.js";

/** The group of cases whose document the portfolio gives no tier. */
export const UNTIERED = "untiered";
/** The group of cases whose qualification has no funnel entry. */
export const NO_STAGE = "none";

/** A stated rate as the pipeline used it. */
export interface RateUsed {
  readonly currency: string;
  /** Units of the reporting currency per unit of `currency`. */
  readonly rate: Decimal;
  readonly source: string;
  readonly asOf: string;
  /** How many cases have figures in `currency` (their own or their funnel entry's). */
  readonly cases: number;
}

/** The customers' weighted NPV of the cases expected to decide in a month. */
export interface DecisionMonthValue {
  /** YYYY-MM; null for the cases with neither an expected decision month nor a portfolio `asOf`. */
  readonly month: string | null;
  readonly cases: number;
  readonly weightedNpv: Decimal;
}

/** The customers' weighted NPV of one tier's cases. */
export interface TierValue {
  readonly tier: TierKind | typeof UNTIERED;
  readonly cases: number;
  readonly weightedNpv: Decimal;
}

/** The customers' weighted NPV of the cases at one funnel stage. */
export interface StageValue {
  readonly stage: FunnelStage | typeof NO_STAGE;
  readonly cases: number;
  readonly weightedNpv: Decimal;
}

/** The weighted present value of the lines serving one solution (a solution id of the cases' frames). */
export interface SolutionValue {
  readonly solution: string;
  readonly cases: number;
  readonly weightedPresentValue: Decimal;
}

/** The weighted present value of the lines serving a goal of one perspective. */
export interface PerspectiveValue {
  readonly perspective: PerspectiveBucket;
  readonly cases: number;
  readonly weightedPresentValue: Decimal;
}

/** One calendar month of the customers' weighted, undiscounted flows. */
export interface FlowMonth {
  readonly month: string;
  readonly weightedBenefits: Decimal;
  /** Positive amounts. */
  readonly weightedCosts: Decimal;
  /** weightedBenefits − weightedCosts. */
  readonly weightedNet: Decimal;
}

/** The customers' value: probability-weighted, in the reporting currency. Never the seller's revenue. */
export interface CustomerValue {
  readonly measure: "customerProbabilityWeightedNpv";
  readonly label: string;
  /** Σ of every case's weighted NPV. */
  readonly weightedNpv: Decimal;
  /** By expected decision month (a case without one at the portfolio's `asOf` month), months in order, the undated last. */
  readonly byDecisionMonth: readonly DecisionMonthValue[];
  /** The three tiers in qualify's order, then the untiered when there are any. */
  readonly byTier: readonly TierValue[];
  /** The five funnel stages in order, then the cases without a funnel entry when there are any. */
  readonly byFunnelStage: readonly StageValue[];
  /** Solution ids in order, "unassigned" last; they add up to `weightedNpv`. */
  readonly bySolution: readonly SolutionValue[];
  /** The four perspectives in order, "unassigned" last; they overlap (see `perspectiveLabel`). */
  readonly byPerspective: readonly PerspectiveValue[];
  readonly perspectiveLabel: string;
  readonly flows: {
    readonly measure: "customerProbabilityWeightedUndiscountedFlows";
    readonly label: string;
    /** Every month from the first to the last a dated case has a flow in. */
    readonly months: readonly FlowMonth[];
    /** The cases left out of `months` because nothing places their period 0 (sorted ids). */
    readonly undated: readonly string[];
  };
}

/** A group of the seller's deals summed, in the reporting currency. */
export interface SellerRevenueSum {
  readonly deals: number;
  /** Σ expected investment: the seller's expected revenue, unweighted. */
  readonly sellerExpectedRevenue: Decimal;
  /** Σ expected investment × stage rate. */
  readonly sellerWeightedRevenue: Decimal;
}

/** The seller's stage-weighted revenue from the cases' funnel entries: beside the customers' value, never part of it. */
export interface SellerRevenue {
  readonly measure: "sellerStageWeightedRevenue";
  readonly label: string;
  readonly stageRates: Readonly<Record<FunnelStage, Decimal>>;
  readonly total: SellerRevenueSum;
  /** Months in order; only months with a deal. */
  readonly byExpectedMonth: readonly (SellerRevenueSum & { readonly month: string })[];
  /** All five stages in order. */
  readonly byStage: readonly (SellerRevenueSum & { readonly stage: FunnelStage; readonly rate: Decimal })[];
}

/**
 * The simulated cases' Monte Carlo figures of the customers' weighted NPV, in the reporting currency.
 * Means add, so `meanNpv` is the simulated cases' expected weighted NPV; percentiles do not add, so
 * the sums of each case's own P10, P50 and P90 are labelled as such — not the portfolio's percentiles,
 * which would need every case's draws and an assumption of how the cases move together.
 */
export interface SimulatedRisk {
  readonly measure: "customerSimulatedWeightedNpv";
  readonly label: string;
  /** Cases with a simulation; the others are in no figure here. */
  readonly cases: number;
  readonly notSimulated: number;
  /** The iteration counts the cases were simulated with, distinct, ascending. */
  readonly iterations: readonly number[];
  /** Σ each simulated case's mean simulated weighted NPV. */
  readonly meanNpv: Decimal;
  /** Σ each simulated case's own P10: a cautious total, not the portfolio's P10. */
  readonly sumOfP10: Decimal;
  readonly sumOfP50: Decimal;
  readonly sumOfP90: Decimal;
  /** The simulated cases whose weighted NPV is above 0 in fewer than half the iterations, by id. */
  readonly likelyNotPositive: readonly string[];
}

/** One case's simulation in the ranking, money in the reporting currency. */
export interface RankedSimulation {
  readonly iterations: number;
  readonly mean: Decimal;
  readonly p10: Decimal;
  readonly p50: Decimal;
  readonly p90: Decimal;
  /** Share of iterations with weighted NPV above 0. */
  readonly probabilityPositive: Decimal;
}

/** One case in the ranking. */
export interface RankedCase {
  /** 1 for the largest weighted NPV; ties go by id. */
  readonly rank: number;
  readonly id: string;
  readonly file: string | null;
  readonly customer: string;
  /** The customer's weighted NPV in the reporting currency: what the ranking sorts by. */
  readonly weightedNpv: Decimal;
  /** The case's currency and its weighted NPV in it. */
  readonly currency: string;
  readonly caseWeightedNpv: Decimal;
  /** The month the case's period 0 was placed in, and where it came from. */
  readonly month: string | null;
  readonly monthFrom: "decision" | "asOf" | null;
  readonly tier: TierKind | typeof UNTIERED;
  readonly stage: FunnelStage | typeof NO_STAGE;
  /** The seller's stage-weighted revenue from the deal in the reporting currency, or null without a funnel entry. */
  readonly sellerWeightedRevenue: Decimal | null;
  /** The case's simulated weighted NPV, or null when it was not simulated. */
  readonly simulation: RankedSimulation | null;
}

/** The pipeline of a portfolio: the result of an aggregator or of {@link aggregatePortfolio}. Deep-frozen. */
export interface PortfolioPipeline {
  /** The reporting currency of every figure. */
  readonly currency: string;
  /** The stated rates the figures were converted at (those of the currencies that occur), by currency. */
  readonly ratesUsed: readonly RateUsed[];
  readonly counts: { readonly cases: number; readonly failures: number };
  readonly customerValue: CustomerValue;
  readonly sellerRevenue: SellerRevenue;
  /** The simulated cases' Monte Carlo figures; null when no case was simulated. */
  readonly risk: SimulatedRisk | null;
  /** Every case by weighted NPV in the reporting currency, largest first. */
  readonly ranking: readonly RankedCase[];
  /** The documents that failed, by id. */
  readonly failures: readonly CaseFailure[];
}

/** A streaming aggregator: add cases as they come, ask for the pipeline at any time. */
export interface PortfolioAggregator {
  /** Adds one case summary or failure (plain data, e.g. from another thread), checked; throws PortfolioArgumentError for anything else or an id already added. */
  add(item: CaseSummary | CaseFailure): void;
  /** The pipeline of what was added so far; throws PortfolioRateError listing every currency without a rate. */
  result(): PortfolioPipeline;
}

const MONTHS_IN: Readonly<Record<CaseSummary["period"], number>> = { month: 1, quarter: 3, year: 12 };

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthText = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the aggregator keeps of a case: a few fields (its weighted NPV and the funnel's revenue as the summary writes them, in their own currencies). */
type Row = Pick<RankedCase, "id" | "file" | "customer" | "currency" | "month" | "monthFrom" | "tier" | "stage"> & {
  /** As the summary writes it. */
  readonly weightedNpv: string;
  readonly funnelCurrency: string | null;
  readonly sellerExpectedRevenue: string | null;
  readonly simulation: ReadSummary["simulation"];
};

const SIMULATED = ["mean", "p10", "p50", "p90"] as const;

/** Exact sums of one figure by group and currency, with the number of cases in each. */
class Groups<K> {
  readonly byKey = new Map<K, Map<string, { cases: number; sum: TextSum }>>();

  add(key: K, currency: string, value: string): void {
    let currencies = this.byKey.get(key);
    if (currencies === undefined) this.byKey.set(key, (currencies = new Map()));
    let entry = currencies.get(currency);
    if (entry === undefined) currencies.set(currency, (entry = { cases: 0, sum: new TextSum() }));
    entry.cases += 1;
    entry.sum.add(value);
  }

  /** A group's cases and its sum converted to the reporting currency. */
  converted(key: K, convert: (currency: string, value: Exact) => Exact): { cases: number; value: Exact } {
    let cases = 0;
    const sum = new ExactSum();
    for (const [currency, entry] of this.byKey.get(key) ?? []) {
      cases += entry.cases;
      sum.add(convert(currency, entry.sum.value));
    }
    return { cases, value: sum.value };
  }
}

/**
 * The cases' weighted flows summed exactly per start month (the month of period 0), period basis,
 * currency and period: what the calendar spreads. One lookup a case, one sum per period.
 */
class Flows {
  readonly byStart = new Map<string, { readonly start: number; readonly months: number; readonly currencies: Map<string, { readonly benefits: TextSum[]; readonly costs: TextSum[] }> }>();

  add(start: number, months: number, currency: string, benefits: readonly string[], costs: readonly string[]): void {
    const key = `${start}:${months}`;
    let group = this.byStart.get(key);
    if (group === undefined) this.byStart.set(key, (group = { start, months, currencies: new Map() }));
    let sums = group.currencies.get(currency);
    if (sums === undefined) group.currencies.set(currency, (sums = { benefits: [], costs: [] }));
    for (const [into, values] of [[sums.benefits, benefits], [sums.costs, costs]] as const)
      values.forEach((value, period) => {
        (into[period] ??= new TextSum()).add(value);
      });
  }
}

/**
 * A streaming aggregator of a portfolio's cases: `add` each case summary or failure as it comes (in any
 * order, from any thread or machine), `result()` for the pipeline. Memory grows with the cases only by
 * one small row each (id, file, customer, currency, weighted NPV, month, tier, stage, the funnel's
 * revenue); sums are kept exactly, by currency, so the result is the same for any order of adding.
 * `result()` may be called at any time and again after more cases; it converts every figure at the
 * portfolio's stated rates (rate × amount; the reporting currency as it is) and throws
 * {@link PortfolioRateError} listing every currency without a rate with its cases.
 *
 * @param portfolio - from {@link definePortfolio}
 * @returns the aggregator
 *
 * @example
 * ```ts
 * import { createAggregator, definePortfolio } from "valueframe/portfolio";
 * const aggregator = createAggregator(definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bank", asOf: "2026-12-01" } } }));
 * aggregator.add(cnySummary); // in any order, from any runner
 * aggregator.add(usdSummary);
 * aggregator.result().counts; //=> { cases: 2, failures: 0 }
 * ```
 */
export function createAggregator(portfolio: Portfolio): PortfolioAggregator {
  const ids = new Set<string>();
  const rows: Row[] = [];
  const failures: CaseFailure[] = [];
  const byMonth = new Groups<string | null>();
  const byTier = new Groups<string>();
  const byStage = new Groups<string>();
  const bySolution = new Groups<string>();
  const byPerspective = new Groups<string>();
  const flows = new Flows();
  const seller = new Groups<string>();
  const simulated = new Groups<(typeof SIMULATED)[number]>();
  const asOfMonth = portfolio.asOf?.slice(0, 7);

  const addSummary = (summary: ReadSummary): void => {
    const { id, currency } = summary;
    const month = summary.decisionMonth ?? asOfMonth ?? null;
    const tierKey = summary.file ?? id;
    const tier = Object.hasOwn(portfolio.tiers, tierKey) ? portfolio.tiers[tierKey]! : UNTIERED;
    const stage = summary.funnel?.stage ?? NO_STAGE;
    rows.push({
      id,
      file: summary.file,
      customer: summary.customer,
      currency,
      weightedNpv: summary.weightedNpv,
      month,
      monthFrom: summary.decisionMonth !== null ? "decision" : month !== null ? "asOf" : null,
      tier,
      stage,
      funnelCurrency: summary.funnel?.currency ?? null,
      sellerExpectedRevenue: summary.funnel?.sellerExpectedRevenue ?? null,
      simulation: summary.simulation,
    });
    if (summary.simulation !== null) for (const key of SIMULATED) simulated.add(key, currency, summary.simulation[key]);
    byMonth.add(month, currency, summary.weightedNpv);
    byTier.add(tier, currency, summary.weightedNpv);
    byStage.add(stage, currency, summary.weightedNpv);
    for (const { solution, weightedPresentValue } of summary.bySolution) bySolution.add(solution, currency, weightedPresentValue);
    for (const { perspective, weightedPresentValue } of summary.byPerspective) byPerspective.add(perspective, currency, weightedPresentValue);
    if (month !== null) flows.add(monthIndex(month), MONTHS_IN[summary.period], currency, summary.weightedBenefits, summary.weightedCosts);
    if (summary.funnel !== null) seller.add(`${summary.funnel.expectedMonth}:${summary.funnel.stage}`, summary.funnel.currency, summary.funnel.sellerExpectedRevenue);
  };

  return {
    add(item) {
      const read = readInput(item);
      if ("issues" in read) throw new PortfolioArgumentError(read.issues, "portfolio case");
      const id = "summary" in read ? read.summary.id : read.failure.id;
      if (ids.has(id)) throw new PortfolioArgumentError([{ path: ["id"], code: "duplicate_id", message: `a case with id "${id}" was already added: each case is added once` }], "portfolio case");
      ids.add(id);
      if ("summary" in read) addSummary(read.summary);
      else failures.push(read.failure);
    },
    result() {
      return pipelineOf(portfolio, { rows, failures, byMonth, byTier, byStage, bySolution, byPerspective, flows, seller, simulated });
    },
  };
}

interface State {
  readonly rows: readonly Row[];
  readonly failures: readonly CaseFailure[];
  readonly byMonth: Groups<string | null>;
  readonly byTier: Groups<string>;
  readonly byStage: Groups<string>;
  readonly bySolution: Groups<string>;
  readonly byPerspective: Groups<string>;
  readonly flows: Flows;
  readonly seller: Groups<string>;
  readonly simulated: Groups<(typeof SIMULATED)[number]>;
}

/** Every currency without a rate, with its cases; the rates of the others as exact values. */
function ratesFor(portfolio: Portfolio, rows: readonly Row[]): { rates: Map<string, Exact>; used: RateUsed[] } {
  const casesIn = new Map<string, Set<string>>();
  for (const row of rows)
    for (const currency of [row.currency, row.funnelCurrency]) {
      if (currency === null || currency === portfolio.currency) continue;
      if (!casesIn.has(currency)) casesIn.set(currency, new Set());
      casesIn.get(currency)!.add(row.id);
    }
  const currencies = [...casesIn.keys()].sort(byText);
  const missing: MissingRate[] = currencies.filter((currency) => !Object.hasOwn(portfolio.rates, currency)).map((currency) => ({ currency, cases: [...casesIn.get(currency)!].sort(byText) }));
  if (missing.length > 0) throw new PortfolioRateError(missing, portfolio.currency);
  const rates = new Map(currencies.map((currency) => [currency, exactOfDec(portfolio.rates[currency]!.rate)]));
  const used = currencies.map((currency) => {
    const { rate, source, asOf } = portfolio.rates[currency]!;
    return { currency, rate, source, asOf, cases: casesIn.get(currency)!.size };
  });
  return { rates, used };
}

function pipelineOf(portfolio: Portfolio, state: State): PortfolioPipeline {
  const reporting = portfolio.currency;
  const { rates, used } = ratesFor(portfolio, state.rows);
  const convert = (currency: string, value: Exact): Exact => (currency === reporting ? value : multiplyExact(rates.get(currency)!, value));
  const dec = decOfExact;

  const grouped = <K, R>(groups: Groups<K>, keys: readonly K[], row: (key: K, cases: number, value: Decimal) => R): R[] =>
    keys.map((key) => {
      const { cases, value } = groups.converted(key, convert);
      return row(key, cases, dec(value));
    });
  const present = <K>(groups: Groups<K>, keys: readonly K[]): K[] => keys.filter((key) => groups.byKey.has(key));
  const sortedKeys = (groups: Groups<string>, last: string): string[] => {
    const keys = [...groups.byKey.keys()].filter((key) => key !== last).sort(byText);
    return groups.byKey.has(last) ? [...keys, last] : keys;
  };

  const months = [...state.byMonth.byKey.keys()].filter((month): month is string => month !== null).sort(byText);
  const monthKeys: (string | null)[] = state.byMonth.byKey.has(null) ? [...months, null] : months;

  // Ranking: each case's weighted NPV converted exactly, sorted by it (largest first), then by id.
  const values = state.rows.map((row) => convert(row.currency, parseExact(row.weightedNpv)!));
  const keys = atOneScale(values);
  const ranked = state.rows.map((row, index) => ({ row, value: values[index]!, key: keys[index]! }));
  ranked.sort((a, b) => (a.key > b.key ? -1 : a.key < b.key ? 1 : byText(a.row.id, b.row.id)));
  const stageRates = portfolio.stageRates;
  const ranking = ranked.map(({ row, value }, index): RankedCase => ({
    rank: index + 1,
    id: row.id,
    file: row.file,
    customer: row.customer,
    weightedNpv: dec(value),
    currency: row.currency,
    caseWeightedNpv: new Dec(row.weightedNpv),
    month: row.month,
    monthFrom: row.monthFrom,
    tier: row.tier,
    stage: row.stage,
    sellerWeightedRevenue: row.sellerExpectedRevenue === null || row.stage === NO_STAGE ? null : dec(multiplyExact(convert(row.funnelCurrency!, parseExact(row.sellerExpectedRevenue)!), exactOfDec(stageRates[row.stage]))),
    simulation: row.simulation === null ? null : rankedSimulation(row.simulation, (value) => dec(convert(row.currency, parseExact(value)!))),
  }));

  const total = new ExactSum();
  for (const { value } of ranked) total.add(value);

  const pipeline: PortfolioPipeline = {
    currency: reporting,
    ratesUsed: used,
    counts: { cases: state.rows.length, failures: state.failures.length },
    customerValue: {
      measure: "customerProbabilityWeightedNpv",
      label: `customers' probability-weighted NPV in ${reporting}, each case's figures converted at the portfolio's stated rates`,
      weightedNpv: dec(total.value),
      byDecisionMonth: grouped(state.byMonth, monthKeys, (month, cases, weightedNpv) => ({ month, cases, weightedNpv })),
      byTier: grouped(state.byTier, [...tierKinds, ...present(state.byTier, [UNTIERED])], (tier, cases, weightedNpv) => ({ tier: tier as TierValue["tier"], cases, weightedNpv })),
      byFunnelStage: grouped(state.byStage, [...funnelStages, ...present(state.byStage, [NO_STAGE])], (stage, cases, weightedNpv) => ({ stage: stage as StageValue["stage"], cases, weightedNpv })),
      bySolution: grouped(state.bySolution, sortedKeys(state.bySolution, UNASSIGNED), (solution, cases, weightedPresentValue) => ({ solution, cases, weightedPresentValue })),
      byPerspective: grouped(state.byPerspective, present(state.byPerspective, [...perspectives, UNASSIGNED]), (perspective, cases, weightedPresentValue) => ({ perspective: perspective as PerspectiveBucket, cases, weightedPresentValue })),
      perspectiveLabel: "weighted present value of the lines serving a goal of each perspective; a line serving goals of two perspectives counts in both, so the perspectives can add up to more than the total",
      flows: {
        measure: "customerProbabilityWeightedUndiscountedFlows",
        label: `customers' probability-weighted undiscounted benefits and costs in ${reporting} by calendar month: period 0 in the case's expected decision month (else the portfolio's asOf month), each later period from the month after the one before, a quarter's or a year's flow spread evenly over its months (our rule)`,
        months: calendar(state, convert),
        undated: state.rows.filter((row) => row.month === null).map((row) => row.id).sort(byText),
      },
    },
    sellerRevenue: sellerRevenue(state.seller, stageRates, convert, reporting),
    risk: simulatedRisk(state, convert, reporting),
    ranking,
    failures: [...state.failures].sort((a, b) => byText(a.id, b.id)),
  };
  return deepFreeze(pipeline);
}

/** The flows of every start month, basis and period, converted, spread over their calendar months, summed by month. */
function calendar(state: State, convert: (currency: string, value: Exact) => Exact): FlowMonth[] {
  const benefits = new Map<number, ExactSum>();
  const costs = new Map<number, ExactSum>();
  const put = (into: Map<number, ExactSum>, month: number, value: Exact): void => {
    if (!into.has(month)) into.set(month, new ExactSum());
    into.get(month)!.add(value);
  };
  for (const { start, months, currencies } of state.flows.byStart.values()) {
    for (const [into, part] of [[benefits, "benefits"], [costs, "costs"]] as const) {
      // Each period's sum over the currencies, converted.
      const periods: ExactSum[] = [];
      for (const [currency, sums] of currencies) sums[part].forEach((sum, period) => (periods[period] ??= new ExactSum()).add(convert(currency, sum.value)));
      periods.forEach((sum, period) => {
        const value = sum.value;
        if (period === 0) return put(into, start, value);
        // Period p covers the months after the first p − 1 periods: start + (p − 1)·n + 1 … start + p·n.
        const first = start + (period - 1) * months + 1;
        const share = months === 1 ? value : exactOfDec(decOfExact(value).div(months));
        for (let m = 0; m < months - 1; m++) put(into, first + m, share);
        put(into, first + months - 1, subtractExact(value, multiplyExact(share, { n: BigInt(months - 1), s: 0 })));
      });
    }
  }
  const touched = [...benefits.keys(), ...costs.keys()];
  if (touched.length === 0) return [];
  const from = Math.min(...touched);
  const to = Math.max(...touched);
  const out: FlowMonth[] = [];
  for (let month = from; month <= to; month++) {
    const b = benefits.get(month)?.value ?? EXACT_ZERO;
    const c = costs.get(month)?.value ?? EXACT_ZERO;
    out.push({ month: monthText(month), weightedBenefits: decOfExact(b), weightedCosts: decOfExact(c), weightedNet: decOfExact(subtractExact(b, c)) });
  }
  return out;
}

function rankedSimulation(simulation: NonNullable<Row["simulation"]>, money: (value: string) => Decimal): RankedSimulation {
  return { iterations: simulation.iterations, mean: money(simulation.mean), p10: money(simulation.p10), p50: money(simulation.p50), p90: money(simulation.p90), probabilityPositive: new Dec(simulation.probabilityPositive) };
}

/** The simulated cases' sums, converted; null when none was simulated. */
function simulatedRisk(state: State, convert: (currency: string, value: Exact) => Exact, reporting: string): SimulatedRisk | null {
  const rows = state.rows.filter((row) => row.simulation !== null);
  if (rows.length === 0) return null;
  const sum = (key: (typeof SIMULATED)[number]): Decimal => decOfExact(state.simulated.converted(key, convert).value);
  return {
    measure: "customerSimulatedWeightedNpv",
    label: `customers' simulated probability-weighted NPV in ${reporting} (seeded Monte Carlo over each case's uncertain drivers): the sum of the cases' means, and the sums of each case's own P10, P50 and P90 — not the portfolio's percentiles, which the cases' draws together would give`,
    cases: rows.length,
    notSimulated: state.rows.length - rows.length,
    iterations: [...new Set(rows.map((row) => row.simulation!.iterations))].sort((a, b) => a - b),
    meanNpv: sum("mean"),
    sumOfP10: sum("p10"),
    sumOfP50: sum("p50"),
    sumOfP90: sum("p90"),
    likelyNotPositive: rows.filter((row) => new Dec(row.simulation!.probabilityPositive).lt("0.5")).map((row) => row.id).sort(byText),
  };
}

/** The seller's stage-weighted revenue by month, by stage and in total, converted. */
function sellerRevenue(groups: Groups<string>, stageRates: Readonly<Record<FunnelStage, Decimal>>, convert: (currency: string, value: Exact) => Exact, reporting: string): SellerRevenue {
  const rate = new Map(funnelStages.map((stage) => [stage, exactOfDec(stageRates[stage])]));
  const cells = [...groups.byKey.keys()].map((key) => {
    const [month, stage] = key.split(":") as [string, FunnelStage];
    const { cases, value } = groups.converted(key, convert);
    return { month, stage, deals: cases, expected: value, weighted: multiplyExact(value, rate.get(stage)!) };
  });
  const summed = (of: typeof cells): SellerRevenueSum => ({
    deals: of.reduce((n, cell) => n + cell.deals, 0),
    sellerExpectedRevenue: decOfExact(of.reduce((s, cell) => addExact(s, cell.expected), EXACT_ZERO)),
    sellerWeightedRevenue: decOfExact(of.reduce((s, cell) => addExact(s, cell.weighted), EXACT_ZERO)),
  });
  const months = [...new Set(cells.map((cell) => cell.month))].sort(byText);
  return {
    measure: "sellerStageWeightedRevenue",
    label: `seller's stage-weighted revenue in ${reporting}: each deal's expected investment × its funnel stage's rate — what the seller may expect to sell, not the customers' value, and never added to it`,
    stageRates,
    total: summed(cells),
    byExpectedMonth: months.map((month) => ({ month, ...summed(cells.filter((cell) => cell.month === month)) })),
    byStage: funnelStages.map((stage) => ({ stage, rate: stageRates[stage], ...summed(cells.filter((cell) => cell.stage === stage)) })),
  };
}

/** One month of {@link pipelineByMonth}: the customers' cases and weighted NPV, and beside them the seller's deals and stage-weighted revenue (undefined where a side has none). */
export interface PipelineMonth {
  /** YYYY-MM, or null for the cases with no month at all. */
  readonly month: string | null;
  readonly cases: number;
  readonly weightedNpv: Decimal | undefined;
  readonly deals: number;
  readonly sellerWeightedRevenue: Decimal | undefined;
}

/**
 * The customers' value by decision month and the seller's stage-weighted revenue by expected month on
 * the same rows, as a table shows them side by side — never summed: every month either has, in order,
 * the month-less cases last.
 *
 * @param pipeline - from {@link aggregatePortfolio} or an aggregator's `result()`
 * @returns one row a month
 *
 * @example
 * ```ts
 * import { aggregatePortfolio, pipelineByMonth } from "valueframe/portfolio";
 * pipelineByMonth(aggregatePortfolio(portfolio, summaries)).map((row) => [row.month, row.cases, row.deals]); //=> [["2027-01", 1, 1], ["2027-03", 1, 1]]
 * ```
 */
export function pipelineByMonth(pipeline: PortfolioPipeline): PipelineMonth[] {
  const rows = new Map<string | null, PipelineMonth>();
  const row = (month: string | null): PipelineMonth => rows.get(month) ?? { month, cases: 0, weightedNpv: undefined, deals: 0, sellerWeightedRevenue: undefined };
  for (const m of pipeline.customerValue.byDecisionMonth) rows.set(m.month, { ...row(m.month), cases: m.cases, weightedNpv: m.weightedNpv });
  for (const m of pipeline.sellerRevenue.byExpectedMonth) rows.set(m.month, { ...row(m.month), deals: m.deals, sellerWeightedRevenue: m.sellerWeightedRevenue });
  return [...rows.values()].sort((a, b) => (a.month === b.month ? 0 : a.month === null ? 1 : b.month === null ? -1 : a.month < b.month ? -1 : 1));
}

/**
 * The pipeline of a portfolio from its cases' summaries and failures, in any order: what
 * {@link createAggregator} gives after adding each of them. The same figures, row for row, for any
 * order of `items`.
 *
 * @param portfolio - from {@link definePortfolio}
 * @param items - case summaries (from {@link summariseCase}) and failures (from {@link caseFailure}), any iterable
 * @returns the frozen pipeline
 * @throws {PortfolioRateError} (code `PORTFOLIO_UNKNOWN_RATE`) listing every currency without a stated rate, with its cases
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for an item that is not a summary or a failure, or an id given twice
 *
 * @example
 * ```ts
 * import { aggregatePortfolio, definePortfolio } from "valueframe/portfolio";
 * const pipeline = aggregatePortfolio(definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bank", asOf: "2026-12-01" } } }), [cnySummary, usdSummary]);
 * pipeline.customerValue.weightedNpv.toFixed(2); // the customers' value in CNY
 * pipeline.sellerRevenue.total.sellerWeightedRevenue.toFixed(2); // the seller's, beside it
 * pipeline.ranking.map((row) => row.id); //=> ["prairie-ridge", "huatong"]
 * ```
 */
export function aggregatePortfolio(portfolio: Portfolio, items: Iterable<CaseSummary | CaseFailure>): PortfolioPipeline {
  const aggregator = createAggregator(portfolio);
  for (const item of items) aggregator.add(item);
  return aggregator.result();
}
