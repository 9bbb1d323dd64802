/** Seeded Monte Carlo simulation of a value case over its uncertain drivers. */
import * as z from "zod";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { QuantifyArgumentError } from "./errors.js";
import { Dec } from "../numeric/decimal.js";
import type { Decimal } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import type { CaseOptions, DriverDraws, NpvDistribution, PaybackPercentile, PercentileValue, Simulation } from "./types.js";
import { caseNpv, compute } from "./_internal/compute.js";
import { meanOf } from "./_internal/distributions.js";
import { fromFloat, histogramOf, percentileOf, rangeOf, selectRanks, sumOf } from "./_internal/floatStats.js";
import { driverScale } from "./_internal/model.js";
import type { Expr } from "./_internal/formula.js";
import type { Model } from "./_internal/model.js";
import { parseOptions } from "./_internal/options.js";
import { runEngine } from "./_internal/simulation.js";
import type { DriverSums } from "./_internal/simulation.js";

/** Options of {@link simulate}. */
export interface SimulateOptions extends Omit<CaseOptions, "basis"> {
  /** Number of iterations, 1…10,000,000 (default 10,000). */
  readonly iterations?: number;
  /** Seed of the random streams, any safe integer (default 1): the same seed gives the same figures. */
  readonly seed?: number;
  /** Extra NPV and payback percentiles to report, each 0…100 (P10, P50 and P90 always are). */
  readonly percentiles?: readonly number[];
  /** Which NPV to simulate: probability-weighted (default) or unadjusted. */
  readonly measure?: "weighted" | "unadjusted";
  /** Number of histogram bars of NPV, 1…1000 (default 20). */
  readonly bins?: number;
  /** Iterations computed per batch, 1…1,048,576 (default 2048): memory and speed only, never the figures. */
  readonly chunkSize?: number;
  /**
   * Called after each batch with the iterations done so far and the total, e.g. to show progress of a
   * long run. It cannot change the figures.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Most work a simulation may do: iterations × (periods × (lines + 1) + formula nodes + uncertain drivers),
 * about what one iteration touches (each line's flow and the running total in every period, every formula
 * node, every draw). 100,000 iterations of the largest example over 1200 months are 1.2e9; on a two-core
 * machine a unit costs 1–5 ns, so the limit is at most about 10 s (10 M iterations over 1200 months, once
 * allowed, took 250 s).
 */
export const MAX_SIMULATION_WORK = 2_000_000_000;

const optionsSchema = z.strictObject({
  iterations: z.number().int().min(1).max(10_000_000).optional(),
  seed: z.number().int().optional(),
  percentiles: z.array(z.number().min(0).max(100)).max(101).optional(),
  measure: z.enum(["weighted", "unadjusted"]).optional(),
  bins: z.number().int().min(1).max(1000).optional(),
  chunkSize: z.number().int().min(1).max(1_048_576).optional(),
  onProgress: z.custom<(done: number, total: number) => void>((value) => typeof value === "function", "expected a function (done, total) => void").optional(),
  scenario: z.unknown().optional(),
  drivers: z.unknown().optional(),
  excludeLines: z.unknown().optional(),
});

/**
 * Runs a seeded Monte Carlo simulation over the case's uncertain drivers and summarises NPV and payback.
 *
 * Each iteration draws every uncertain driver from its distribution (drivers a scenario or `drivers`
 * sets are held fixed at that value), runs the formulas and spreads the line amounts over the periods
 * exactly as {@link evaluate} does, then computes NPV and simple payback. The simulation runs in
 * **float64** for speed; every figure it reports is converted once to a Decimal from the float result
 * (its shortest round-trip text), so it is an exact copy of a float, good to about 15 significant
 * digits. Point figures (`baseNpv`, and everything {@link evaluate} returns) stay exact. Each driver
 * draws from its own sfc32 stream derived from the seed and its position in the case, so a seed gives
 * the same figures whatever `chunkSize`. Percentiles interpolate between order statistics at rank
 * p/100 × (n − 1), like PERCENTILE.INC.
 *
 * @param valueCase - a defined case or case data
 * @param options - `iterations`, `seed`, `percentiles`, `measure`, `bins`, `chunkSize`, `onProgress`, `scenario`, `drivers`
 * @returns NPV percentiles, mean and spread, the probability that NPV > 0, the payback distribution,
 * a histogram and a summary of each driver's draws (over the first 20,000 iterations)
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` listing every bad option (iterations
 * outside 1…10,000,000, a seed that is not an integer, an unknown scenario or driver…); issue `too_big`
 * at `["iterations"]` when iterations × (periods × (lines + 1) + formula nodes + uncertain drivers) passes
 * {@link MAX_SIMULATION_WORK} (2e9), before any draw
 * @throws {QuantifyError} `QUANTIFY_NOT_FINITE` when a line amount has no finite value for some draw;
 * `QUANTIFY_OUT_OF_RANGE` when a formula at the drivers' values, or the discounting, leaves the figure
 * range (docs/limits.md)
 *
 * @example
 * ```ts
 * const mc = simulate(distributor, { iterations: 20000, seed: 7 });
 * mc.npv.p10.lt(mc.npv.p50) && mc.npv.p50.lt(mc.npv.p90); //=> true
 * mc.probabilityPositive.toString(); //=> "1"
 * ```
 */
export function simulate(valueCase: ValueCase | ValueCaseInput, options?: SimulateOptions): Simulation {
  const model = modelOf(valueCase);
  const { data, resolved } = parseOptions(model, options, optionsSchema, "simulation options");
  const iterations = data.iterations ?? 10_000;
  checkWork(model, iterations);
  const seed = data.seed ?? 1;
  const weighted = (data.measure ?? "weighted") === "weighted";
  const computed = compute(model, resolved.settings);
  const raw = runEngine(model, computed, {
    iterations,
    seed,
    chunkSize: data.chunkSize ?? 2048,
    weighted,
    fixed: new Set(resolved.settings.drivers?.keys() ?? []),
    ...(data.onProgress === undefined ? {} : { onProgress: data.onProgress }),
  });

  const ps = [...new Set([10, 50, 90, ...(data.percentiles ?? [])])].sort((a, b) => a - b);
  let positive = 0;
  for (let i = 0; i < raw.npv.length; i++) if ((raw.npv[i] as number) > 0) positive++;
  const [npvMin, npvMax] = rangeOf(raw.npv);
  const histogram = histogramOf(raw.npv, npvMin, npvMax, data.bins ?? 20);
  const npv = npvDistribution(raw.npv, npvMin, npvMax, ps);
  const perYear = computed.periodsPerYear;
  const payback = raw.payback;
  const never = selectRanks(payback, ps);
  const paybackAt = (p: number): PaybackPercentile => {
    const value = percentileOf(payback, p);
    const periods = value === null ? null : fromFloat(value);
    return { p, periods, years: periods === null ? null : periods.div(perYear) };
  };
  const paybackPercentiles = ps.map(paybackAt);
  const pick = <T extends { p: number }>(list: readonly T[], p: number): T => list.find((item) => item.p === p) as T;

  return deepFreeze({
    iterations,
    seed,
    measure: weighted ? "weighted" : "unadjusted",
    scenario: resolved.scenario === undefined ? undefined : { id: resolved.scenario.id, label: resolved.scenario.label ?? resolved.scenario.id },
    currency: model.valueCase.currency,
    period: model.valueCase.period,
    periodsPerYear: perYear,
    baseNpv: caseNpv(computed, weighted),
    npv,
    probabilityPositive: new Dec(positive).div(iterations),
    payback: {
      p10: pick(paybackPercentiles, 10),
      p50: pick(paybackPercentiles, 50),
      p90: pick(paybackPercentiles, 90),
      percentiles: paybackPercentiles,
      neverShare: new Dec(never).div(iterations),
    },
    histogram,
    driverIterations: raw.summarised,
    drivers: raw.drivers.map((sums) => driverDraws(model, sums, raw, raw.summarised)),
  } satisfies Simulation);
}

/** Refuses a simulation whose work passes {@link MAX_SIMULATION_WORK}, before anything is computed. */
function checkWork(model: Model, iterations: number): void {
  const periods = model.valueCase.horizon + 1;
  const exprs = [...model.quantities.map((q) => q.formula.expr), ...model.lines.flatMap((line) => [line.amount.expr, ...line.factors.map((factor) => factor.expr)])];
  const nodes = exprs.reduce((sum, expr) => sum + nodeCount(expr), 0);
  const uncertain = model.drivers.filter((driver) => driver.uncertainty !== undefined).length;
  const perIteration = periods * (model.lines.length + 1) + nodes + uncertain;
  if (iterations * perIteration <= MAX_SIMULATION_WORK) return;
  const most = Math.floor(MAX_SIMULATION_WORK / perIteration);
  throw new QuantifyArgumentError([{
    path: ["iterations"],
    code: "too_big",
    message:
      `${iterations.toLocaleString("en-US")} iterations × ${perIteration.toLocaleString("en-US")} per iteration (${periods} periods × ${model.lines.length + 1} ` +
      `for the lines and the total, ${nodes} formula nodes, ${uncertain} uncertain drivers) is ${(iterations * perIteration).toExponential(2)}, ` +
      `more than the ${MAX_SIMULATION_WORK.toExponential(0)} a simulation may do: use at most ${most.toLocaleString("en-US")} iterations, a shorter horizon or longer periods, or fewer lines`,
  }], "simulation options");
}

/** Nodes of a formula (each runs once per iteration). */
function nodeCount(expr: Expr): number {
  switch (expr.type) {
    case "constant":
    case "symbol": return 1;
    case "unary": return 1 + nodeCount(expr.arg);
    case "binary": return 1 + nodeCount(expr.left) + nodeCount(expr.right);
    case "call": return expr.args.reduce((sum, arg) => sum + nodeCount(arg), 1);
    case "conditional": return 1 + nodeCount(expr.test) + nodeCount(expr.then) + nodeCount(expr.otherwise);
    case "group": return nodeCount(expr.inner);
  }
}

/** Summarises `values` (the engine's own array, reordered in place to select the percentiles). */
function npvDistribution(values: Float64Array, min: number, max: number, ps: readonly number[]): NpvDistribution {
  const n = values.length;
  const mean = sumOf(values) / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((values[i] as number) - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  selectRanks(values, ps);
  const percentiles = ps.map((p) => ({ p, value: fromFloat(percentileOf(values, p) as number) }));
  const at = (p: number): Decimal => (percentiles.find((item) => item.p === p) as PercentileValue).value;
  return {
    mean: fromFloat(mean),
    sd: fromFloat(sd),
    standardError: fromFloat(sd / Math.sqrt(n)),
    min: fromFloat(min),
    max: fromFloat(max),
    p10: at(10),
    p50: at(50),
    p90: at(90),
    percentiles,
  };
}

function driverDraws(model: Model, sums: DriverSums, raw: { npvSum: number; npvSumSquares: number }, n: number): DriverDraws {
  const driver = model.driverById.get(sums.id);
  if (driver?.uncertainty === undefined) throw new Error("unreachable: a sampled driver has an uncertainty");
  const scale = driverScale(driver);
  const written = (x: number): Decimal => fromFloat(x).div(scale);
  const varianceX = (sums.sumSquares - (sums.sum * sums.sum) / n) / Math.max(1, n - 1);
  const varianceY = (raw.npvSumSquares - (raw.npvSum * raw.npvSum) / n) / Math.max(1, n - 1);
  const covariance = (sums.sumProducts - (sums.sum * raw.npvSum) / n) / Math.max(1, n - 1);
  const correlation = varianceX > 0 && varianceY > 0 ? Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY))) : null;
  return {
    id: driver.id,
    label: driver.label ?? driver.id,
    unit: driver.unit,
    distribution: driver.uncertainty.distribution,
    expectedMean: meanOf(driver),
    mean: written(sums.shift + sums.sum / n),
    sd: written(Math.sqrt(Math.max(0, varianceX))),
    min: written(sums.min),
    max: written(sums.max),
    correlation: correlation === null ? null : fromFloat(correlation),
  };
}
