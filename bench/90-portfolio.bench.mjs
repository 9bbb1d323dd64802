/**
 * Aggregating a portfolio scales linearly in its cases: 10,000 and 100,000 generated case summaries
 * (built like summariseCase's: three currencies at stated rates, yearly, quarterly and monthly cases of
 * 5, 12 and 36 periods, present values to 40 significant digits, a monthly split of a yearly amount
 * where the basis asks for it, twelve decision months or none, funnel entries at every stage or none,
 * forty solutions, the goal perspectives, every other case with a Monte Carlo summary), each added to one aggregator, then its `result()`: the
 * conversion, the groups, the calendar spread and the ranking. The summaries come from a pool of 1,000,
 * each added under its own id as it is made, so memory holds the aggregator, not the input. Prints the
 * time per 1,000 cases at each size, their ratio (target: 100,000 / 10,000 ≤ 1.2×) with its spread over
 * the rounds, where the time goes, and the heap the aggregator holds (after a full garbage collection)
 * at 10,000 and at 100,000 cases, and the result's. Times are CPU time of the main thread (see
 * _measure.mjs); both sizes are timed in each round.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { cpuClock, formatRatio, median, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const { Dec } = await dist("");
const { createAggregator, definePortfolio } = await dist("portfolio");

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const TARGET = 1.2;
const POOL = 1000;
const CURRENCIES = ["CNY", "CNY", "USD", "CNY", "EUR", "USD", "CNY", "EUR", "CNY", "USD"];
const BASES = [["year", 5, 1], ["year", 5, 1], ["quarter", 12, 4], ["month", 36, 12], ["year", 5, 1], ["quarter", 12, 4]];
const STAGES = ["P", "I", "B", "won", "lost"];
const PERSPECTIVES = ["customer", "market", "employee", "financial"];

const portfolio = definePortfolio({
  currency: "CNY",
  rates: { USD: { rate: "7.12", source: "generated", asOf: "2026-12-01" }, EUR: { rate: "7.71", source: "generated", asOf: "2026-12-01" } },
  asOf: "2026-12-06",
  tiers: Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`deal-${k}.valuecase.json`, ["muchBusiness", "someBusiness", "noBusiness"][k % 3]])),
});

/** Summary `k` of the pool, as summariseCase writes one: decimals as exact strings. */
function generateSummary(k) {
  const currency = CURRENCIES[k % CURRENCIES.length];
  const [period, horizon, perYear] = BASES[k % BASES.length];
  const yearly = new Dec(200000 + (k % 89) * 7919);
  const probability = new Dec(`0.${5 + (k % 5)}`);
  const upFront = new Dec(300000 + (k % 13) * 10000);
  // A yearly benefit split over the periods of a year (exact decimals, long where a year is divided), a running cost.
  const benefits = Array.from({ length: horizon + 1 }, (_, p) => (p === 0 ? new Dec(0) : yearly.div(perYear).times(probability).times(Math.min(1, p / perYear))));
  const costs = Array.from({ length: horizon + 1 }, (_, p) => (p === 0 ? upFront : new Dec(20000).div(perYear)));
  const rate = new Dec("0.08").plus(1).pow(new Dec(1).div(perYear));
  const npvOf = (flows) => flows.reduce((sum, flow, p) => sum.plus(flow.div(rate.pow(p))), new Dec(0));
  const presentBenefits = npvOf(benefits);
  const weightedNpv = presentBenefits.minus(npvOf(costs));
  const first = weightedNpv.times("0.6");
  const month = k % 5 === 4 ? null : `${2027 + ((k >> 2) % 2)}-${String(1 + (k % 12)).padStart(2, "0")}`;
  return {
    kind: "summary",
    id: `deal-${k}`,
    file: `deal-${k}.valuecase.json`,
    customer: `Customer ${k}`,
    name: `Case ${k}`,
    scenario: null,
    currency,
    period,
    horizon,
    decisionMonth: month,
    npv: weightedNpv.div(probability).toString(),
    weightedNpv: weightedNpv.toString(),
    weightedBenefits: benefits.map(String),
    weightedCosts: costs.map(String),
    bySolution: k % 3 === 0 ? [{ solution: `sol-${k % 40}`, weightedPresentValue: weightedNpv.toString() }] : [{ solution: `sol-${k % 40}`, weightedPresentValue: first.toString() }, { solution: `sol-${(k + 7) % 40}`, weightedPresentValue: weightedNpv.minus(first).toString() }],
    byPerspective: [{ perspective: PERSPECTIVES[k % 4], weightedPresentValue: presentBenefits.toString() }, ...(k % 2 === 0 ? [{ perspective: PERSPECTIVES[(k + 1) % 4], weightedPresentValue: presentBenefits.times("0.4").toString() }] : []), { perspective: "unassigned", weightedPresentValue: presentBenefits.minus(weightedNpv).neg().toString() }],
    funnel: k % 4 === 3 ? null : { stage: STAGES[k % 5], expectedMonth: month ?? "2027-06", sellerExpectedRevenue: upFront.times(k % 10 === 0 ? 1 : 2).toString(), currency: k % 10 === 0 ? "USD" : currency },
    // Every other case simulated, its figures as a float's shortest text (as simulate writes them).
    simulation: k % 2 === 1 ? null : { iterations: 2000, seed: 1, measure: "weighted", mean: String(Number(weightedNpv.times("0.97"))), p10: String(Number(weightedNpv.times("0.6"))), p50: String(Number(weightedNpv)), p90: String(Number(weightedNpv.times("1.3"))), probabilityPositive: k % 20 === 0 ? "0.45" : "0.93" },
  };
}

const pool = Array.from({ length: POOL }, (_, k) => generateSummary(k));
/** Case i: the pool's summary under its own id and file. */
const item = (i) => (i < POOL ? pool[i] : { ...pool[i % POOL], id: `deal-${i}`, file: `deal-${i}.valuecase.json` });

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** Adds n cases to a new aggregator and asks for the result. */
function aggregate(n) {
  let t = process.hrtime.bigint();
  const aggregator = createAggregator(portfolio);
  for (let i = 0; i < n; i++) aggregator.add(item(i));
  const add = since(t);
  t = process.hrtime.bigint();
  const result = aggregator.result();
  return { steps: { add, result: since(t) }, result };
}

/** Heap held after a full collection, in MB: by an aggregator of n cases, and then by its result too. */
function heapOf(n) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const aggregator = createAggregator(portfolio);
  for (let i = 0; i < n; i++) aggregator.add(item(i));
  gc();
  const held = process.memoryUsage().heapUsed - base;
  const result = aggregator.result();
  gc();
  const withResult = process.memoryUsage().heapUsed - base;
  if (result.counts.cases !== n) throw new Error("lost cases");
  return { aggregator: held / 1e6, result: (withResult - held) / 1e6 };
}

export async function run({ smoke }) {
  const [small, large] = smoke ? [200, 2000] : [10_000, 100_000];
  const count = smoke ? 1 : 3;
  aggregate(small);
  const timed = rounds({ small: () => aggregate(small), large: () => aggregate(large) }, count);
  const a = timed.small.result.result;
  const b = timed.large.result.result;
  // The pool repeats every 1,000 cases: ten times the cases, ten times every figure.
  const cents = (x) => x.toFixed(2);
  if (a.counts.cases !== small || b.ranking.length !== large) throw new Error("expected every case counted and ranked");
  if (!smoke && cents(b.customerValue.weightedNpv) !== cents(a.customerValue.weightedNpv.times(large / small))) throw new Error(`weighted NPV at ${large} is not ${large / small} × that at ${small}`);
  if (!smoke && cents(b.sellerRevenue.total.sellerWeightedRevenue) !== cents(a.sellerRevenue.total.sellerWeightedRevenue.times(large / small))) throw new Error("seller's revenue does not scale with the cases");
  const per = (entry, n) => ({ best: (entry.best * 1000) / n, times: entry.times.map((ms) => (ms * 1000) / n) });
  const perSmall = per(timed.small, small);
  const perLarge = per(timed.large, large);
  const steps = (entry, n) => `add ${((entry.result.steps.add * 1000) / n).toFixed(1)}, result ${((entry.result.steps.result * 1000) / n).toFixed(1)}`;
  const roundsText = `${count} round${count === 1 ? "" : "s"}`;
  console.log(`createAggregator + add × n + result() (${cpuClock}); generated summaries in CNY, USD and EUR, yearly, quarterly and monthly`);
  console.log(`${small.toLocaleString("en")} cases: ${median(timed.small.times).toFixed(0)} ms (median of ${roundsText}) = ${perSmall.best.toFixed(1)} ms per 1,000 cases (best round); ${a.customerValue.flows.months.length} calendar months, customers' weighted NPV ${cents(a.customerValue.weightedNpv)} CNY, seller's stage-weighted revenue ${cents(a.sellerRevenue.total.sellerWeightedRevenue)} CNY`);
  console.log(`${large.toLocaleString("en")} cases: ${median(timed.large.times).toFixed(0)} ms (median of ${roundsText}) = ${perLarge.best.toFixed(1)} ms per 1,000 cases (best round)`);
  console.log(`where it goes, ms per 1,000 cases (wall time, best round): ${small.toLocaleString("en")}: ${steps(timed.small, small)}; ${large.toLocaleString("en")}: ${steps(timed.large, large)}`);
  for (const n of [small, large]) {
    const heap = heapOf(n);
    console.log(`heap held at ${n.toLocaleString("en")} cases (after a full collection): the aggregator ${heap.aggregator.toFixed(1)} MB (${((heap.aggregator * 1e6) / n).toFixed(0)} bytes a case), its result ${heap.result.toFixed(1)} MB more`);
  }
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per 1,000 cases, ${large.toLocaleString("en")} vs ${small.toLocaleString("en")}: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}
