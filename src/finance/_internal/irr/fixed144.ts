/**
 * Fixed144: fixed-point numbers with 144 fractional bits held in seven float64 limbs of 24 bits, for the
 * exact evaluation step of the conventional IRR solver. Every limb product (< 2^49) and every column sum
 * of them (< 2^53) is an integer a float64 holds exactly, so the only error is the truncation done on
 * purpose below 2^-144, which is always downwards and bounded: no BigInt (and no allocation) per step.
 *
 * A value is Σ a[k]·2^(-24k): a[0] is a signed integer part, a[1..6] are fractional limbs, normalised to
 * [0, 2^24) except between an addition and the next multiplication, where they lie in (-2^24, 2^25).
 */

/** Limbs per number. */
export const FIXED144_LIMBS = 7;
/** The weight of the last limb, 2^-144. */
export const FIXED144_ULP = 2 ** -144;

const BASE = 16777216; // 2^24
const INV_BASE = 1 / BASE;

/** A new Fixed144 number (zero). Plain arrays: they allocate faster than typed arrays this size. */
export function fixed144(): number[] {
  return [0, 0, 0, 0, 0, 0, 0];
}

/** Writes `x` (|x| < 2^50) into `out` at `at`, within one ULP (exactly when x has no bits below 2^-144). */
export function fixed144FromNumber(x: number, out: number[], at = 0): void {
  const abs = Math.abs(x);
  let limb = Math.floor(abs);
  out[at] = limb;
  // abs − floor(abs) and the scalings by 2^24 are exact.
  let rest = abs - limb;
  for (let k = 1; k < FIXED144_LIMBS; k++) {
    rest *= BASE;
    limb = Math.floor(rest);
    out[at + k] = limb;
    rest -= limb;
  }
  if (x < 0) negate(out, at);
}

/** a = −a for a normalised a (two's complement on the limbs), exactly. */
function negate(a: number[], at: number): void {
  a[at] = -a[at]! - 1;
  for (let k = 1; k < FIXED144_LIMBS; k++) a[at + k] = BASE - 1 - a[at + k]!;
  a[at + FIXED144_LIMBS - 1] = a[at + FIXED144_LIMBS - 1]! + 1;
  for (let k = FIXED144_LIMBS - 1; k > 0 && a[at + k]! >= BASE; k--) {
    a[at + k] = a[at + k]! - BASE;
    a[at + k - 1] = a[at + k - 1]! + 1;
  }
}

/** Copies limbs `from[at..]` into `out`. */
function fixed144Copy(from: number[], out: number[], at = 0): void {
  for (let k = 0; k < FIXED144_LIMBS; k++) out[k] = from[at + k]!;
}

/**
 * a = a + x for a normalised a and |x| < 1, limb by limb without carrying (fractional limbs end in
 * (-2^24, 2^25), as fixed144Mul accepts); exact when x has no bits below 2^-144, else x is cut towards 0.
 */
export function fixed144AddNumber(a: number[], x: number): void {
  const sign = x < 0 ? -1 : 1;
  let rest = Math.abs(x);
  for (let k = 1; k < FIXED144_LIMBS && rest > 0; k++) {
    rest *= BASE;
    const limb = Math.floor(rest);
    a[k] = a[k]! + sign * limb;
    rest -= limb;
  }
}

/** Carries so that limbs 1..6 lie in [0, 2^24). Exact. */
export function fixed144Normalize(a: number[]): void {
  for (let k = FIXED144_LIMBS - 1; k > 0; k--) {
    const carry = Math.floor(a[k]! * INV_BASE);
    a[k] = a[k]! - carry * BASE;
    a[k - 1] = a[k - 1]! + carry;
  }
}

/**
 * out = a · b[bAt..], truncated below 2^-144 (out may be a or b). Needs |a[0]|, |b[0]| ≤ 2^24, a[1..6] in
 * (-2^24, 2^25) and b normalised. Columns 0..8 of limb products (each below 2^49, each column below
 * 2^53) are summed exactly and carried; the floor remainders of columns 7 and 8 are dropped (in
 * [0, 1.0001 ULP)) and the products beyond (below 2^-19 ULP), so the error is below 1.001 ULP, and
 * downwards when every limb is non-negative.
 */
export function fixed144Mul(a: number[], b: number[], out: number[], bAt = 0): void {
  const a0 = a[0]!, a1 = a[1]!, a2 = a[2]!, a3 = a[3]!, a4 = a[4]!, a5 = a[5]!, a6 = a[6]!;
  const b0 = b[bAt]!, b1 = b[bAt + 1]!, b2 = b[bAt + 2]!, b3 = b[bAt + 3]!, b4 = b[bAt + 4]!, b5 = b[bAt + 5]!, b6 = b[bAt + 6]!;
  const c8 = a2 * b6 + a3 * b5 + a4 * b4 + a5 * b3 + a6 * b2;
  let c7 = a1 * b6 + a2 * b5 + a3 * b4 + a4 * b3 + a5 * b2 + a6 * b1;
  let c6 = a0 * b6 + a1 * b5 + a2 * b4 + a3 * b3 + a4 * b2 + a5 * b1 + a6 * b0;
  let c5 = a0 * b5 + a1 * b4 + a2 * b3 + a3 * b2 + a4 * b1 + a5 * b0;
  let c4 = a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0;
  let c3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
  let c2 = a0 * b2 + a1 * b1 + a2 * b0;
  let c1 = a0 * b1 + a1 * b0;
  let c0 = a0 * b0;
  c7 += Math.floor(c8 * INV_BASE);
  c6 += Math.floor(c7 * INV_BASE);
  let q = Math.floor(c6 * INV_BASE);
  out[6] = c6 - q * BASE;
  c5 += q;
  q = Math.floor(c5 * INV_BASE);
  out[5] = c5 - q * BASE;
  c4 += q;
  q = Math.floor(c4 * INV_BASE);
  out[4] = c4 - q * BASE;
  c3 += q;
  q = Math.floor(c3 * INV_BASE);
  out[3] = c3 - q * BASE;
  c2 += q;
  q = Math.floor(c2 * INV_BASE);
  out[2] = c2 - q * BASE;
  c1 += q;
  q = Math.floor(c1 * INV_BASE);
  out[1] = c1 - q * BASE;
  c0 += q;
  out[0] = c0;
}

/**
 * out = x^k (k ≥ 1, out not x) by binary powering. For a normalised 0 ≤ x ≤ 1 the result is low by less
 * than 1.001·(k − 1) ULP: each product of two powers, both at most 1, adds the errors of its factors
 * plus one truncation.
 */
export function fixed144Pow(x: number[], k: number, out: number[]): void {
  fixed144Copy(x, out);
  let bit = 1;
  while (bit * 2 <= k) bit *= 2;
  for (bit /= 2; bit >= 1; bit /= 2) {
    fixed144Mul(out, out, out);
    if (Math.floor(k / bit) % 2 === 1) fixed144Mul(out, x, out);
  }
}

/** The value of a normalised number as a float64 (relative error below 2^-50); `scratch` is overwritten. */
export function fixed144ToNumber(a: number[], scratch: number[]): number {
  if (a[0]! >= 0) return positiveToNumber(a);
  fixed144Copy(a, scratch);
  negate(scratch, 0);
  return -positiveToNumber(scratch);
}

function positiveToNumber(a: number[]): number {
  let s = a[FIXED144_LIMBS - 1]!;
  for (let k = FIXED144_LIMBS - 2; k >= 0; k--) s = s * INV_BASE + a[k]!;
  return s;
}

/** A normalised non-negative number times 2^144, exactly, as a BigInt. */
export function fixed144ToBigInt(a: number[]): bigint {
  const high = a[0]! * BASE + a[1]!;
  const middle = a[2]! * BASE + a[3]!;
  const low = a[4]! * BASE + a[5]!;
  return (BigInt(high) << 120n) + (BigInt(middle) << 72n) + (BigInt(low) << 24n) + BigInt(a[6]!);
}

/**
 * Scales a normalised 0 < a ≤ 1 by 2^j (exactly: whole limbs moved up, then limbs times 2^bits with a
 * carry) so that a lies in [1/2, 1); returns j (-1 for a = 1), or NaN when a is 0.
 */
function scaleUp(a: number[]): number {
  if (a[0] !== 0) {
    // a = 1 exactly.
    a.fill(0);
    a[1] = BASE / 2;
    return -1;
  }
  let j = 0;
  while (a[1] === 0) {
    if (a.every((limb) => limb === 0)) return Number.NaN;
    for (let k = 1; k < FIXED144_LIMBS - 1; k++) a[k] = a[k + 1]!;
    a[FIXED144_LIMBS - 1] = 0;
    j += 24;
  }
  const bits = Math.clz32(a[1]!) - 8;
  if (bits > 0) {
    const factor = 2 ** bits;
    for (let k = 1; k < FIXED144_LIMBS; k++) a[k] = a[k]! * factor;
    fixed144Normalize(a);
  }
  return j + bits;
}

/**
 * out · 2^-shift = x^k (k ≥ 1, 0 < x ≤ 1 normalised, out not x), returning shift, with out kept in
 * [1/2, 1) after every product. Each product of two such numbers is at least 1/4, so its truncation is
 * below 4.004·2^-144 relative, and the result is low by less than 1.001·(k − 1)·2^-142 relative.
 * Returns NaN if x is 0.
 */
export function fixed144PowScaled(x: number[], k: number, out: number[]): number {
  // Powers that stay above 1/2 need no rescaling: plain binary powering is low by under
  // 1.001·(k − 1) ULP, within the bound above relative to a result above 1/2.
  const xv = positiveToNumber(x);
  if (xv < 1 && Math.pow(xv, k) > 0.5000001) {
    fixed144Pow(x, k, out);
    return 0;
  }
  const base = x.slice();
  const baseShift = scaleUp(base);
  if (Number.isNaN(baseShift)) return baseShift;
  fixed144Copy(base, out);
  let shift = baseShift;
  let bit = 1;
  while (bit * 2 <= k) bit *= 2;
  for (bit /= 2; bit >= 1; bit /= 2) {
    fixed144Mul(out, out, out);
    shift = 2 * shift + scaleUp(out);
    if (Math.floor(k / bit) % 2 === 1) {
      fixed144Mul(out, base, out);
      shift += baseShift + scaleUp(out);
    }
  }
  return shift;
}

/**
 * x^g for every gap g, the gaps taken in ascending order (`byGap`, indices into `gaps`), as one array of
 * FIXED144_LIMBS limbs per gap. For a normalised 0 ≤ x ≤ 1 each is low by less than 1.001·(g − 1) ULP.
 */
export function fixed144GapPowers(x: number[], gaps: readonly number[], byGap: readonly number[]): number[] {
  const powers = new Array<number>(gaps.length * FIXED144_LIMBS).fill(0);
  const power = fixed144();
  let last = 0;
  for (const j of byGap) {
    const gap = gaps[j]!;
    // A gap a few days above the last is that power times x a few times.
    if (last > 0 && gap - last <= 4) for (let k = last; k < gap; k++) fixed144Mul(power, x, power);
    else fixed144Pow(x, gap, power);
    last = gap;
    for (let k = 0; k < FIXED144_LIMBS; k++) powers[j * FIXED144_LIMBS + k] = power[k]!;
  }
  return powers;
}

/**
 * Σ coef_k x^(e_k) (|coef_k| < 1) by Horner's rule, exponents descending to 0: before coefficient k
 * (k ≥ 1) the sum is multiplied by the power of the gap `gapOf[k]` (from fixed144GapPowers); normalised.
 */
export function fixed144Horner(coef: readonly number[], gapOf: readonly number[], powers: number[]): number[] {
  const h = fixed144();
  fixed144AddNumber(h, coef[0]!);
  fixed144Normalize(h);
  for (let k = 1; k < coef.length; k++) {
    fixed144Mul(h, powers, h, gapOf[k]! * FIXED144_LIMBS);
    fixed144AddNumber(h, coef[k]!);
  }
  fixed144Normalize(h);
  return h;
}
