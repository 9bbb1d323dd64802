/**
 * Summaries of float64 simulation results, and their one conversion to Decimal. Reported figures keep
 * the float's shortest round-trip text (about 16 significant digits), so they are exact copies of what
 * the simulation computed, not exact in the decimal sense.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Bin } from "../types.js";

/** A float result as a Decimal, via its shortest round-trip text. */
export function fromFloat(x: number): Decimal {
  return new Dec(x.toString());
}

/**
 * The p-th percentile (0…100) of sorted values, interpolated between order statistics at rank
 * p/100 × (n − 1) (spreadsheets' PERCENTILE.INC). NaN values, sorted last, stand for "never": a
 * percentile that reaches them is null. Only the entries at the two ranks are read, so values that
 * {@link selectRanks} has put in place there serve as well as a sorted array.
 */
export function percentileOf(sorted: Float64Array, p: number): number | null {
  const { rank, lo, hi } = rankOf(p, sorted.length);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  if (Number.isNaN(a) || (Number.isNaN(b) && rank > lo)) return null;
  return rank === lo ? a : a + (b - a) * (rank - lo);
}

/** Rank p/100 × (n − 1) of the p-th percentile and the order statistics either side of it. */
function rankOf(p: number, n: number): { rank: number; lo: number; hi: number } {
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  return { rank, lo, hi: Math.min(lo + 1, n - 1) };
}

/**
 * Reorders `values` so that the entries {@link percentileOf} reads for each of `ps` hold what a full
 * sort would put there (NaNs last), by selection: O(n) per rank instead of a sort's O(n log n) (more
 * than 8 ranks are sorted instead).
 * Returns the count of NaNs.
 */
export function selectRanks(values: Float64Array, ps: readonly number[]): number {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (x === x) values[m++] = x;
  }
  values.fill(Number.NaN, m);
  const ranks = new Set<number>();
  for (const p of ps) {
    const { rank, lo, hi } = rankOf(p, n);
    ranks.add(lo);
    if (rank > lo) ranks.add(hi);
  }
  // Selection costs about one pass per rank: beyond a handful of ranks one sort is cheaper.
  if (ranks.size > 8) {
    values.subarray(0, m).sort();
    return n - m;
  }
  // After selecting rank k, everything above k is at least values[k]: the next rank searches above it.
  let left = 0;
  for (const k of [...ranks].sort((a, b) => a - b)) {
    if (k >= m) break;
    selectRank(values, left, m - 1, k);
    left = k + 1;
  }
  return n - m;
}

/**
 * Hoare's selection on values[left…right] (no NaN): afterwards values[k] is the k-th smallest, none
 * before it larger and none after it smaller. Partitions stop on equal keys, so repeated values split
 * evenly; a range that still fails to shrink is sorted instead, which bounds the worst case.
 */
function selectRank(values: Float64Array, left: number, right: number, k: number): void {
  let l = left;
  let r = right;
  let budget = 2 * Math.ceil(Math.log2(r - l + 2)) + 4;
  while (r - l > 16) {
    if (budget-- === 0) {
      values.subarray(l, r + 1).sort();
      return;
    }
    const mid = (l + r) >>> 1;
    // Median of three as the pivot, the three put in order.
    if ((values[mid] as number) < (values[l] as number)) swap(values, mid, l);
    if ((values[r] as number) < (values[l] as number)) swap(values, r, l);
    if ((values[r] as number) < (values[mid] as number)) swap(values, r, mid);
    const pivot = values[mid] as number;
    let i = l;
    let j = r;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // values[l…j] ≤ pivot ≤ values[i…r], and every entry between j and i equals the pivot.
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
  // Insertion sort of the short range that is left.
  for (let i = l + 1; i <= r; i++) {
    const x = values[i] as number;
    let j = i - 1;
    while (j >= l && (values[j] as number) > x) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = x;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] as number;
  values[i] = values[j] as number;
  values[j] = t;
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

/** The smallest and the largest of values (no NaN). */
export function rangeOf(values: Float64Array): [min: number, max: number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

/** `bins` equal-width bars from the smallest to the largest of the values (in any order, no NaN). */
export function histogramOf(values: Float64Array, min: number, max: number, bins: number): Bin[] {
  const width = (max - min) / bins;
  if (!(width > 0)) return [{ from: fromFloat(min), to: fromFloat(max), count: values.length }];
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(bins - 1, Math.floor(((values[i] as number) - min) / width));
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((count, k) => ({ from: fromFloat(min + k * width), to: fromFloat(k === bins - 1 ? max : min + (k + 1) * width), count }));
}
