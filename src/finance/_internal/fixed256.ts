/**
 * Fixed256: a BigInt x standing for x · 2^-256. The exact evaluations of XNPV (dated.ts) and of the IRR
 * polishing step (irr/polish.ts) run in it: Horner's rule with each product truncated, so every error
 * is a truncation of under one unit of 2^-256 that the callers bound.
 */

/** Fractional bits of Fixed256, as a number. */
export const FIXED256_BITS = 256;
/** Fractional bits of Fixed256, as the BigInt shift. */
export const FIXED256_SHIFT = BigInt(FIXED256_BITS);
/** 1 in Fixed256. */
export const FIXED256_ONE = 1n << FIXED256_SHIFT;

/** A polynomial for {@link fixed256Eval}: exponents descending, `cP` = c_k · 2^256. */
export interface Fixed256Poly {
  readonly cP: readonly bigint[];
  readonly e: readonly number[];
}

/** Power x^k of a Fixed256 x, each product truncated. */
export function fixed256Pow(x: bigint, k: number): bigint {
  let result = FIXED256_ONE;
  let base = x;
  let rest = k;
  while (rest > 0) {
    if (rest & 1) result = (result * base) >> FIXED256_SHIFT;
    rest = Math.floor(rest / 2);
    if (rest > 0) base = (base * base) >> FIXED256_SHIFT;
  }
  return result;
}

/**
 * Σ c_k t^(e_k) in Fixed256 for a Fixed256 t = T, by Horner's rule with one power per distinct gap, each
 * product truncated.
 */
export function fixed256Eval(p: Fixed256Poly, T: bigint): bigint {
  const { cP, e } = p;
  const n = cP.length;
  let h = cP[0]!;
  let lastGap = -1;
  let tg = FIXED256_ONE;
  // Dated flows repeat a few gaps (28 to 31 days): compute each power once per evaluation.
  const powers = new Map<number, bigint>();
  for (let k = 1; k < n; k++) {
    const gap = e[k - 1]! - e[k]!;
    if (gap !== lastGap) {
      let power = powers.get(gap);
      if (power === undefined) {
        power = gap === 1 ? T : fixed256Pow(T, gap);
        powers.set(gap, power);
      }
      tg = power;
      lastGap = gap;
    }
    h = ((h * tg) >> FIXED256_SHIFT) + cP[k]!;
  }
  const tail = e[n - 1]!;
  return tail === 0 ? h : (h * fixed256Pow(T, tail)) >> FIXED256_SHIFT;
}
