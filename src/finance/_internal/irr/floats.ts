/**
 * Float64 helpers of the IRR solver: the unit roundoff, zero-filled arrays, the index of distinct
 * exponent gaps, and float views of BigInt coefficients of any size (x·2^k, coefficients scaled so the
 * largest is about 1, ln |x|).
 */
import { absBig, bitLength } from "../exact.js";

/** The float64 unit roundoff 2^-52 (machine epsilon). */
export const EPS = 2 ** -52;

/**
 * A zero-filled array of n numbers. Plain arrays: typed arrays of this size (tens to hundreds of
 * elements) get a separate backing store, several times slower to make and collect.
 */
export function filled(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * Indices of distinct integers in the order first seen: `indexOf(v)` gives v's index in `values`,
 * adding it when new. Dated flows have a handful of distinct gaps (28 to 31 days a month, 365 or 366 a
 * year): a slot per low three bits remembers the last index found there, so a lookup is one
 * predictable comparison, where a scan of the list mispredicts its exit on almost every flow. Beyond 16
 * values a Map answers instead of the scan.
 */
export class DistinctIndex {
  readonly values: number[] = [];
  private readonly slots = [-1, -1, -1, -1, -1, -1, -1, -1];
  private map: Map<number, number> | undefined;

  indexOf(v: number): number {
    const slot = v & 7;
    const hint = this.slots[slot]!;
    if (hint >= 0 && this.values[hint] === v) return hint;
    const values = this.values;
    let j: number;
    if (this.map === undefined) {
      j = 0;
      while (j < values.length && values[j] !== v) j++;
    } else j = this.map.get(v) ?? values.length;
    if (j === values.length) {
      values.push(v);
      if (this.map !== undefined) this.map.set(v, j);
      else if (values.length > 16) this.map = new Map(values.map((x, k) => [x, k]));
    }
    this.slots[slot] = j;
    return j;
  }
}

/** x · 2^k as a float, for any size of x. */
export function bigToFloat(x: bigint, k: number): number {
  if (x === 0n) return 0;
  const direct = Number(x);
  if (Number.isFinite(direct)) return direct * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2));
  const negative = x < 0n;
  const abs = negative ? -x : x;
  const s = Math.max(0, bitLength(abs) - 64);
  const head = Number(abs >> BigInt(s));
  const e = s + k;
  const value = head * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
  return negative ? -value : value;
}

/** The coefficients as floats scaled by 2^-bits (so the largest is about 1), converted once each. */
export function scaledFloats(c: readonly bigint[], bits: number): number[] {
  const out = filled(c.length);
  if (bits < 1000) {
    const scale = 2 ** -bits;
    for (let i = 0; i < c.length; i++) out[i] = Number(c[i]!) * scale;
  } else {
    for (let i = 0; i < c.length; i++) out[i] = bigToFloat(c[i]!, -bits);
  }
  return out;
}

/** The largest bit length in a list. */
export function maxBits(c: readonly bigint[]): number {
  let bits = 0;
  for (const x of c) bits = Math.max(bits, bitLength(x));
  return bits;
}

/** ln |x| for a BigInt of any size. */
export function lnAbs(x: bigint): number {
  const abs = absBig(x);
  const s = Math.max(0, bitLength(abs) - 64);
  return Math.log(Number(abs >> BigInt(s))) + s * Math.LN2;
}
