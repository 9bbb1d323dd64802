/**
 * Summaries of float64 simulation results, and their one conversion to Decimal. Reported figures keep
 * the float's shortest round-trip text (about 16 significant digits), so they are exact copies of what
 * the simulation computed, not exact in the decimal sense.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";

/** A float result as a Decimal, via its shortest round-trip text. */
export function fromFloat(x: number): Decimal {
  return new Dec(x.toString());
}

/**
 * The p-th percentile (0…100) of sorted values, interpolated between order statistics at rank
 * p/100 × (n − 1) (spreadsheets' PERCENTILE.INC). NaN values, sorted last, stand for "never": a
 * percentile that reaches them is null.
 */
export function percentileOf(sorted: Float64Array, p: number): number | null {
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  if (Number.isNaN(a) || (Number.isNaN(b) && rank > lo)) return null;
  return rank === lo ? a : a + (b - a) * (rank - lo);
}

/** Σ values by Neumaier's compensated summation, in order. */
export function sumOf(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** One histogram bar: values in [from, to) (the last bar includes `to`). */
export interface Bin {
  readonly from: Decimal;
  readonly to: Decimal;
  readonly count: number;
}

/** `bins` equal-width bars from the smallest to the largest of sorted values. */
export function histogramOf(sorted: Float64Array, bins: number): Bin[] {
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const width = (max - min) / bins;
  if (!(width > 0)) return [{ from: fromFloat(min), to: fromFloat(max), count: sorted.length }];
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i++) {
    const k = Math.min(bins - 1, Math.floor(((sorted[i] as number) - min) / width));
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((count, k) => ({ from: fromFloat(min + k * width), to: fromFloat(k === bins - 1 ? max : min + (k + 1) * width), count }));
}
