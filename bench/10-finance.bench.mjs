/**
 * valueframe/finance against the `financial` npm package (float64): the same random 60-period series
 * through npv, irr and xirr in one process, valueframe and the float code timed in alternating rounds
 * (CPU time of the main thread, see _measure.mjs), every timing before the checks of the results.
 * Prints throughput, the ratio valueframe / float of each side's best round with its spread over the
 * rounds (targets: npv ≥ 0.1×, irr ≥ 1×, xirr ≥ 1.2×) and the agreement of the results. `financial` has
 * no XIRR: the float baseline for xirr is a plain Newton iteration written here, the way float packages
 * implement it.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as financial from "financial";
import { prng } from "../tests/fixtures/calc/prng.mjs";
import { cpuClock, formatRatio, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vf = await import(pathToFileURL(join(root, "dist", "finance", "index.js")).href);

const PERIODS = 60;
const DAY = 86400000;

/**
 * `count` series of 60 flows in whole cents: an investment, then mostly inflows (conventional); one in
 * five also has later outflows (a refit, a closing cost), so it may have several roots or none. Each
 * series comes with a discount rate for NPV and 60 dates about a month apart for XIRR.
 */
export function makeSeries(count, seed = 20261123) {
  const random = prng(seed);
  const cents = (lo, hi) => Math.round((lo + (hi - lo) * random()) * 100) / 100;
  const out = [];
  for (let s = 0; s < count; s++) {
    const invest = cents(5e4, 5e6);
    const yieldPerPeriod = 0.005 + 0.06 * random();
    const values = [-invest];
    const nonConventional = s % 5 === 4;
    for (let i = 1; i < PERIODS; i++) {
      let v = cents(0.2, 1.8) * invest * yieldPerPeriod;
      if (nonConventional && random() < 0.08) v = -cents(0.05, 0.6) * invest;
      values.push(Math.round(v * 100) / 100);
    }
    const dates = [];
    let day = Date.UTC(2020, 0, 1) + Math.floor(random() * 365) * DAY;
    for (let i = 0; i < PERIODS; i++) {
      dates.push(new Date(day));
      day += (28 + Math.floor(random() * 4)) * DAY;
    }
    const rate = Math.round((0.001 + 0.02 * random()) * 1e4) / 1e4;
    out.push({ values, dates, rate, nonConventional });
  }
  return out;
}

/** Float XIRR: Newton's method from 10 %, actual/365, like the spreadsheets' and float packages'. */
export function floatXirr(values, dates, guess = 0.1) {
  const t0 = dates[0].getTime();
  const years = dates.map((d) => (d.getTime() - t0) / DAY / 365);
  let rate = guess;
  for (let iteration = 0; iteration < 100; iteration++) {
    let f = 0;
    let df = 0;
    for (let i = 0; i < values.length; i++) {
      const discount = Math.pow(1 + rate, -years[i]);
      f += values[i] * discount;
      df -= (years[i] * values[i] * discount) / (1 + rate);
    }
    const next = rate - f / df;
    if (!Number.isFinite(next) || next <= -1) return Number.NaN;
    if (Math.abs(next - rate) <= 1e-10 * Math.max(1, Math.abs(next))) return next;
    rate = next;
  }
  return Number.NaN;
}

/** Runs `fn` on every series, returning the results (a thrown error becomes the error). */
function each(series, fn) {
  const out = new Array(series.length);
  for (let i = 0; i < series.length; i++) {
    try {
      out[i] = fn(series[i]);
    } catch (error) {
      out[i] = error;
    }
  }
  return out;
}

const isDecimal = (x) => x !== null && typeof x === "object" && typeof x.toNumber === "function" && !(x instanceof Error);
/** A usable float rate: finite and above −100 % (Newton can wander below, where no IRR is defined). */
const floatOk = (x) => typeof x === "number" && Number.isFinite(x) && x > -1;

/** Agreement between exact results and float ones. */
function agreement(series, exact, floats, verify) {
  let both = 0;
  let maxRel = 0;
  let otherRoot = 0;
  let floatFailed = 0;
  let floatFailedVerified = 0;
  let exactNone = 0;
  let floatOnly = 0;
  for (let i = 0; i < series.length; i++) {
    const e = exact[i];
    const f = floats[i];
    if (!isDecimal(e)) {
      exactNone++;
      if (floatOk(f)) floatOnly++;
      continue;
    }
    if (!floatOk(f)) {
      floatFailed++;
      if (verify(series[i], e)) floatFailedVerified++;
      continue;
    }
    both++;
    const rel = Math.abs(e.minus(f).toNumber()) / Math.max(Math.abs(e.toNumber()), 1e-12);
    if (rel > 1e-6) otherRoot++;
    else maxRel = Math.max(maxRel, rel);
  }
  return { both, maxRel, otherRoot, floatFailed, floatFailedVerified, exactNone, floatOnly };
}

const fmt = (n) => (n >= 1e5 ? n.toExponential(2) : n.toFixed(n >= 100 ? 0 : 1));

/** Times valueframe's `fn` and the baseline's over every series in paired rounds (results of the best kept). */
const timePair = (series, vfFn, baseFn, count) => rounds({ vf: () => each(series, vfFn), base: () => each(series, baseFn) }, count);

/**
 * Prints throughput (best round of each side), the ratio valueframe / baseline with its spread over the
 * rounds, and how far the results agree.
 */
function report(name, series, timed, count, target, agree, baseline) {
  const speed = (entry) => (series.length * 1000) / entry.best;
  const ratio = ratioOf(timed.base, timed.vf);
  console.log(
    `${name.padEnd(5)} valueframe ${fmt(speed(timed.vf)).padStart(8)} series/s, ${baseline} ${fmt(speed(timed.base)).padStart(8)} series/s: ` +
      `${formatRatio(ratio, count)} (target ≥ ${target}×) ${count === 1 ? "(smoke size: not judged)" : ratio.ratio >= target ? "ok" : "BELOW TARGET"}`,
  );
  if (agree !== undefined) {
    const parts = [`both gave a rate on ${agree.both}, max relative difference ${agree.maxRel.toExponential(1)}`];
    if (agree.otherRoot > 0) parts.push(`${agree.otherRoot} landed on another root`);
    parts.push(`float failed (NaN, a throw or a rate ≤ −100 %) on ${agree.floatFailed}, of which valueframe found a root with NPV ≈ 0 on ${agree.floatFailedVerified}`);
    parts.push(`no root by valueframe on ${agree.exactNone} (float still answered on ${agree.floatOnly})`);
    console.log(`      ${parts.join("; ")}`);
  }
}

export async function run({ smoke }) {
  const count = smoke ? 200 : 10000;
  // Each round times one pass over every series on each side; the figures use each side's best round.
  const runs = smoke ? 1 : 9;
  const series = makeSeries(count);
  const nonConventional = series.filter((s) => s.nonConventional).length;
  console.log(`${count} series of ${PERIODS} periods (${nonConventional} non-conventional), values in cents, passed as JS numbers to both; ${cpuClock}`);

  const vfNpv = (s) => vf.npv(s.rate, s.values, { firstFlowAt: 0 });
  const flNpv = (s) => financial.npv(s.rate, s.values);
  const vfIrr = (s) => vf.irr(s.values);
  const flIrr = (s) => financial.irr(s.values);
  const vfXirr = (s) => vf.xirr(s.values, s.dates);
  const flXirr = (s) => floatXirr(s.values, s.dates);

  // Warm the JIT on every path before timing.
  const warm = series.slice(0, Math.min(200, count));
  for (const fn of [vfNpv, flNpv, vfIrr, flIrr, vfXirr, flXirr]) each(warm, fn);

  // NPV ≈ 0 relative to the magnitude of the discounted flows (Σ|v_i|/(1+r)^t_i), evaluated exactly:
  // below 1e-25, or below what a 40-digit rate can pin down when 1 + r is tiny (roots within 1e-13 of −100 %).
  const scale = (s) => s.values.reduce((sum, v) => sum + Math.abs(v), 0);
  const magnitudes = (s) => s.values.map(Math.abs);
  const tolerance = (r) => vf.Dec.max("1e-25", new vf.Dec("1e-38").div(r.plus(1)));
  const irrVerified = (s, r) =>
    vf.npv(r, s.values, { firstFlowAt: 0 }).abs().div(vf.npv(r, magnitudes(s), { firstFlowAt: 0 })).lt(tolerance(r));
  const xirrVerified = (s, r) => vf.xnpv(r, s.values, s.dates).abs().div(vf.xnpv(r, magnitudes(s), s.dates)).lt(tolerance(r));

  // Every timing first, the checks of the results after: checking allocates (exact NPVs at 40-digit
  // rates), and that garbage would fall to the collector during the rounds that follow.
  const timed = {
    npv: timePair(series, vfNpv, flNpv, runs),
    irr: timePair(series, vfIrr, flIrr, runs),
    xirr: timePair(series, vfXirr, flXirr, runs),
  };
  const results = (name) => [timed[name].vf.result, timed[name].base.result];

  const [npvExact, npvFloat] = results("npv");
  let npvMax = 0;
  for (let i = 0; i < count; i++) {
    npvMax = Math.max(npvMax, Math.abs(npvExact[i].minus(npvFloat[i]).toNumber()) / scale(series[i]));
  }
  report("npv", series, timed.npv, runs, 0.1, undefined, "financial");
  console.log(`      max |float − exact| / Σ|flows| = ${npvMax.toExponential(1)} (valueframe is exact to 40 digits)`);
  report("irr", series, timed.irr, runs, 1.0, agreement(series, ...results("irr"), irrVerified), "financial");
  report("xirr", series, timed.xirr, runs, 1.2, agreement(series, ...results("xirr"), xirrVerified), "float Newton (bench)");
}
