/**
 * Double-double arithmetic: a value as an unevaluated sum hi + lo of two float64 (about 106 bits), by
 * Dekker's exact product and Knuth's two-sum. The conventional solver's second stage (enclosure.ts)
 * evaluates its equation in it, by Horner's rule over the table of powers made here, one per distinct
 * gap, with the head of each power split once.
 */
import { filled } from "./floats.js";

/** 2^27 + 1, Dekker's splitter: with t = SPLIT·a, t − (t − a) is the high half (26 bits) of a. */
export const SPLIT = 134217729;

/** (ah + al)(bh + bl) in double-double: Dekker's exact product of the heads plus the cross terms. */
export function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
  const p = ah * bh;
  let t = SPLIT * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLIT * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (ah * bl + al * bh);
  const hi = p + e;
  return [hi, e - (hi - p)];
}

/** The double-double x^k (k ≥ 1) of a double x, as [high, low]. */
export function ddPow(x: number, k: number): [number, number] {
  let hi = x;
  let lo = 0;
  let bit = 1;
  while (bit * 2 <= k) bit *= 2;
  for (bit /= 2; bit >= 1; bit /= 2) {
    [hi, lo] = ddMul(hi, lo, hi, lo);
    if (Math.floor(k / bit) % 2 === 1) [hi, lo] = ddMul(hi, lo, x, 0);
  }
  return [hi, lo];
}

/** x^g in double-double for each gap g, with Dekker's split of each head made once for the products. */
export interface DDPowers {
  readonly hi: readonly number[];
  readonly lo: readonly number[];
  /** The high and low halves (26 bits each) of `hi`. */
  readonly hiHigh: readonly number[];
  readonly hiLow: readonly number[];
}

/** x^g for every gap g, the gaps taken in ascending order (`byGap`, indices into `gaps`). */
export function ddGapPowers(x: number, gaps: readonly number[], byGap: readonly number[]): DDPowers {
  const g = gaps.length;
  const uh = filled(g);
  const ul = filled(g);
  const uhh = filled(g);
  const uhl = filled(g);
  let last = 0;
  let [hi, lo] = [1, 0];
  for (const j of byGap) {
    const gap = gaps[j]!;
    // A gap a few days above the last is that power times x a few times.
    if (last > 0 && gap - last <= 4) for (let k = last; k < gap; k++) [hi, lo] = ddMul(hi, lo, x, 0);
    else [hi, lo] = ddPow(x, gap);
    last = gap;
    const t = SPLIT * hi;
    uh[j] = hi;
    ul[j] = lo;
    uhh[j] = t - (t - hi);
    uhl[j] = hi - uhh[j]!;
  }
  return { hi: uh, lo: ul, hiHigh: uhh, hiLow: uhl };
}
