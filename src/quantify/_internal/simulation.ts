/**
 * The Monte Carlo engine: samples the uncertain drivers chunk by chunk into typed arrays, runs the
 * vector-compiled formulas over each chunk, and turns line amounts into one NPV and one payback per
 * iteration. Float64 throughout, for speed; the constants it multiplies by (discount factors, period
 * weights, probabilities, risk factors) come exactly from the decimal computation and are converted once.
 *
 * Every driver draws from its own stream (seed, driver index), one number per draw, and the rare
 * rejections of its normal draws from a spare stream of its own; every sum runs over iterations in
 * order. So the figures for a seed do not depend on the chunk size.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { formatPath } from "../../errors/ValueframeError.js";
import { QUANTIFY_ERROR_CODES, QuantifyError } from "../errors.js";
import { compileVector, multiplyColumns } from "./compileVector.js";
import type { Column, VectorFn } from "./compileVector.js";
import type { Expr } from "./formula.js";
import { caseNpv, presentValue } from "./compute.js";
import type { Computed } from "./compute.js";
import { meanOf } from "./distributions.js";
import { driverScale } from "./model.js";
import type { Model } from "./model.js";
import { createRng } from "./rng.js";
import type { Rng } from "./rng.js";
import { samplerFor } from "./samplers.js";
import type { Sampler } from "./samplers.js";

export interface EngineOptions {
  readonly iterations: number;
  readonly seed: number;
  readonly chunkSize: number;
  /** Weight every line by its probability (the `weighted` measure). */
  readonly weighted: boolean;
  /** Drivers held at their computed value although they have an uncertainty (scenario or given values). */
  readonly fixed: ReadonlySet<string>;
  /** Told the iterations done after each chunk. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Running sums of one sampled driver, shifted by its exact mean (in formula units) to keep them accurate. */
export interface DriverSums {
  readonly id: string;
  readonly shift: number;
  sum: number;
  sumSquares: number;
  /** Σ (x − shift)(npv − npvShift): with the NPV sums, gives the correlation. */
  sumProducts: number;
  min: number;
  max: number;
}

export interface EngineResult {
  /** NPV of each iteration. */
  readonly npv: Float64Array;
  /** Payback in periods of each iteration; NaN when it does not pay back within the horizon. */
  readonly payback: Float64Array;
  readonly drivers: readonly DriverSums[];
  /** How many iterations (the first ones) the driver sums cover. */
  readonly summarised: number;
  /** The shift used for the NPV in the driver sums. */
  readonly npvShift: number;
  readonly npvSum: number;
  readonly npvSumSquares: number;
}

/** Iterations the per-driver summaries cover at most. */
export const DRIVER_SUMMARY_ITERATIONS = 20_000;

/** Lines sharing one period schedule add into one column; NPV and payback then work per group. */
interface Group {
  readonly weights: Float64Array;
  readonly presentValue: number;
  readonly lines: { readonly amount: VectorFn; readonly factors: readonly VectorFn[]; readonly scale: number; readonly index: number; readonly text: string }[];
}

/** A stream number → 32-bit seed mix for seeds beyond 32 bits. */
const seed32 = (seed: number): number => (seed >>> 0) ^ Math.imul(Math.floor(seed / 4294967296) >>> 0, 0x9e3779b1);

/**
 * The vector form of each formula of a model for one chunk size, kept with the model: compiling
 * allocates a buffer per node, and a case is often simulated again (other seeds, scenarios). A run is
 * synchronous, so reusing the buffers across runs is safe.
 */
const vectorCache = new WeakMap<Model, { size: number; fns: Map<Expr, VectorFn> }>();

function compiledFor(model: Model, size: number, slotOf: (name: string) => number): (expr: Expr) => VectorFn {
  let entry = vectorCache.get(model);
  if (entry === undefined || entry.size !== size) {
    entry = { size, fns: new Map() };
    vectorCache.set(model, entry);
  }
  const fns = entry.fns;
  return (expr) => {
    let fn = fns.get(expr);
    if (fn === undefined) {
      fn = compileVector(expr, slotOf, size);
      fns.set(expr, fn);
    }
    return fn;
  };
}

/** Runs the simulation; `computed` is the exact computation at the driver values (it fixes the constants). */
export function runEngine(model: Model, computed: Computed, options: EngineOptions): EngineResult {
  const size = Math.min(options.chunkSize, options.iterations);
  const slotOf = (name: string): number => model.slots.get(name) as number;
  const seed = seed32(options.seed);

  const cols: Column[] = new Array<Column>(model.slotCount).fill(0);
  const samplers: { slot: number; buffer: Float64Array; sample: Sampler; sums: DriverSums }[] = [];
  model.drivers.forEach((driver, index) => {
    const slot = slotOf(driver.id);
    const value = (computed.env[slot] as Decimal).toNumber();
    if (driver.uncertainty === undefined || options.fixed.has(driver.id)) {
      cols[slot] = value;
      return;
    }
    const buffer = new Float64Array(size);
    cols[slot] = buffer;
    let spare: Rng | undefined;
    const shift = meanOf(driver).times(driverScale(driver)).toNumber();
    samplers.push({
      // Driver k draws from stream k; its normal draws' rejections, if any, from stream −1 − k.
      slot, buffer, sample: samplerFor(driver, createRng(seed, index), () => (spare ??= createRng(seed, -1 - index))),
      sums: { id: driver.id, shift, sum: 0, sumSquares: 0, sumProducts: 0, min: Infinity, max: -Infinity },
    });
  });
  const compiled = compiledFor(model, size, slotOf);
  const quantities = model.quantities.map((q) => ({ slot: q.slot, fn: compiled(q.formula.expr) }));

  const groups = new Map<string, Group>();
  computed.lines.forEach((lf) => {
    if (!lf.included) return;
    const sign = lf.model.line.kind === "cost" ? -1 : 1;
    const scale = lf.riskFactor.times(options.weighted ? lf.probability : 1).toNumber() * sign;
    if (scale === 0 || lf.weights.every((w) => w.isZero())) return;
    const key = lf.weights.map((w) => w.toString()).join(",");
    let group = groups.get(key);
    if (group === undefined) {
      const pv = presentValue(lf.weights, computed.discountFactors).toNumber();
      group = { weights: Float64Array.from(lf.weights, (w) => w.toNumber()), presentValue: pv, lines: [] };
      groups.set(key, group);
    }
    group.lines.push({
      amount: compiled(lf.model.amount.expr),
      factors: lf.model.factors.map((factor) => compiled(factor.expr)),
      scale,
      index: lf.model.index,
      text: lf.model.amount.text,
    });
  });
  const groupList = [...groups.values()];
  const columns = groupList.map(() => new Float64Array(size));
  const product = new Float64Array(size);
  const periods = computed.discountFactors.length;
  // For each period, the groups with a flow in it and their weights, flat (sparse: most lines fall in few periods).
  const schedule = scheduleOf(groupList, periods);

  const npv = new Float64Array(options.iterations);
  const payback = new Float64Array(options.iterations);
  const npvShift = caseNpv(computed, options.weighted).toNumber();
  const centred = new Float64Array(size);
  const scratch = { flow: new Float64Array(size), cumulative: new Float64Array(size), negative: new Uint8Array(size) };
  const summarised = Math.min(options.iterations, DRIVER_SUMMARY_ITERATIONS);
  let npvSum = 0;
  let npvSumSquares = 0;

  for (let offset = 0; offset < options.iterations; offset += size) {
    const n = Math.min(size, options.iterations - offset);
    for (const s of samplers) s.sample(s.buffer, n);
    for (const q of quantities) cols[q.slot] = q.fn(cols, n);

    groupList.forEach((group, g) => {
      const out = columns[g] as Float64Array;
      out.fill(0, 0, n);
      for (const line of group.lines) {
        // The amount times every factor but the last; addScaled multiplies by that one as it adds.
        let column = line.amount(cols, n);
        const last = line.factors.length - 1;
        for (let f = 0; f < last; f++) column = multiplyColumns(column, line.factors[f]!(cols, n), product, n);
        addScaled(out, column, last < 0 ? 1 : line.factors[last]!(cols, n), line.scale, n, (i) => {
          throw new QuantifyError(
            QUANTIFY_ERROR_CODES.notFinite,
            `${formatPath(["lines", line.index, "amount"])}: "${line.text}" has no finite value in iteration ${offset + i + 1} ` +
              `(seed ${options.seed}): a division by zero, or a root or logarithm of a negative number, for the drawn values`,
          );
        });
      }
    });

    npvOf(columns, groupList, npv.subarray(offset, offset + n), n);
    paybackOf(columns, schedule, payback.subarray(offset, offset + n), n, scratch);

    // Driver summaries cover the first `summarised` iterations only: they describe the draws, and a
    // sample of that size does so well at a fraction of the cost.
    const m = Math.max(0, Math.min(n, summarised - offset));
    for (let i = 0; i < m; i++) {
      const c = (npv[offset + i] as number) - npvShift;
      centred[i] = c;
      npvSum += c;
      npvSumSquares += c * c;
    }

    for (const s of samplers) summarise(s.sums, s.buffer, centred, m);
    options.onProgress?.(offset + n, options.iterations);
  }
  return { npv, payback, drivers: samplers.map((s) => s.sums), summarised, npvShift, npvSum, npvSumSquares };
}

/**
 * Adds the first `m` draws of a driver to its running sums. A function of its own: inside runEngine's
 * body V8 compiled this loop several times slower.
 */
function summarise(sums: DriverSums, buffer: Float64Array, centred: Float64Array, m: number): void {
  const shift = sums.shift;
  let sum = sums.sum;
  let squares = sums.sumSquares;
  let products = sums.sumProducts;
  let min = sums.min;
  let max = sums.max;
  for (let i = 0; i < m; i++) {
    const x = buffer[i] as number;
    const d = x - shift;
    sum += d;
    squares += d * d;
    products += d * (centred[i] as number);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  sums.sum = sum;
  sums.sumSquares = squares;
  sums.sumProducts = products;
  sums.min = min;
  sums.max = max;
}

/** Per period t, entries start[t]…start[t + 1] of `group` and `weight`: the groups with a flow in t. */
interface Schedule {
  readonly start: Int32Array;
  readonly group: Int32Array;
  readonly weight: Float64Array;
}

function scheduleOf(groups: readonly Group[], periods: number): Schedule {
  const start = new Int32Array(periods + 1);
  const group: number[] = [];
  const weight: number[] = [];
  for (let t = 0; t < periods; t++) {
    start[t] = group.length;
    groups.forEach((g, k) => {
      const w = g.weights[t] as number;
      if (w !== 0) {
        group.push(k);
        weight.push(w);
      }
    });
  }
  start[periods] = group.length;
  return { start, group: Int32Array.from(group), weight: Float64Array.from(weight) };
}

/** Σ group column × its present value per iteration, group by group (a tight loop each). */
function npvOf(columns: readonly Float64Array[], groups: readonly Group[], out: Float64Array, n: number): void {
  out.fill(0);
  for (let g = 0; g < groups.length; g++) {
    const column = columns[g] as Float64Array;
    const pv = (groups[g] as Group).presentValue;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (column[i] as number) * pv;
  }
}

/**
 * Periods until the cumulative net flow first recovers (interpolated), as finance's `paybackPeriod`; 0 if
 * never negative; NaN if never. Period by period over all iterations of the chunk (a tight loop each),
 * with the same operations in the same order as one iteration at a time.
 */
function paybackOf(
  columns: readonly Float64Array[],
  schedule: Schedule,
  out: Float64Array,
  n: number,
  scratch: { flow: Float64Array; cumulative: Float64Array; negative: Uint8Array },
): void {
  const { start, group, weight } = schedule;
  const { flow, cumulative, negative } = scratch;
  // -1: not yet recovered (a recovery is always > 0).
  out.fill(-1);
  cumulative.fill(0, 0, n);
  negative.fill(0, 0, n);
  for (let t = 0; t < start.length - 1; t++) {
    flow.fill(0, 0, n);
    for (let e = start[t] as number; e < (start[t + 1] as number); e++) {
      const column = columns[group[e] as number] as Float64Array;
      const w = weight[e] as number;
      for (let i = 0; i < n; i++) flow[i] = (flow[i] as number) + (column[i] as number) * w;
    }
    for (let i = 0; i < n; i++) {
      if ((out[i] as number) >= 0) continue;
      const before = cumulative[i] as number;
      const after = before + (flow[i] as number);
      cumulative[i] = after;
      if (after < 0) negative[i] = 1;
      else if (before < 0) out[i] = t - 1 + -before / (flow[i] as number);
    }
  }
  for (let i = 0; i < n; i++) if ((out[i] as number) < 0) out[i] = negative[i] === 1 ? Number.NaN : 0;
}

/**
 * out += column × factor × scale, calling `fail(i)` at the first non-finite amount (column × factor): one
 * pass where a column times a column factor was once a pass of its own, with the same products.
 */
function addScaled(out: Float64Array, column: Column, factor: Column, scale: number, n: number, fail: (i: number) => never): void {
  if (typeof column === "number" && typeof factor === "number") {
    const amount = column * factor;
    if (!Number.isFinite(amount)) fail(0);
    const add = amount * scale;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + add;
    return;
  }
  // A loop for each kind of operands, none testing kinds per iteration.
  if (typeof factor === "number") {
    const a = column as Float64Array;
    for (let i = 0; i < n; i++) {
      const x = (a[i] as number) * factor;
      if (x - x !== 0) fail(i);
      out[i] = (out[i] as number) + x * scale;
    }
  } else if (typeof column === "number") {
    for (let i = 0; i < n; i++) {
      const x = column * (factor[i] as number);
      if (x - x !== 0) fail(i);
      out[i] = (out[i] as number) + x * scale;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = (column[i] as number) * (factor[i] as number);
      if (x - x !== 0) fail(i);
      out[i] = (out[i] as number) + x * scale;
    }
  }
}
