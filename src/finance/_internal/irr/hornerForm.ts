/**
 * The equation of the conventional solver in Horner order: Σ f_k x^(e_k) with x = (1 + r)^(-1/m)
 * (A form, root at r ≥ 0) or x = (1 + r)^(1/m) with reversed exponents (B form), so 0 < x ≤ 1 at the
 * root and no power exceeds 1; coefficients scaled by a power of two below 1, gaps listed once.
 */
import { DistinctIndex, EPS } from "./floats.js";
import type { FloatPoly } from "./polynomial.js";

/** Series longer than this are left to the general solver. */
const MAX_FLOWS = 10000;

/** The equation in Horner order: exponents descending to 0. */
export interface HornerForm {
  readonly n: number;
  /** Coefficients scaled by a power of two so that |coef| < 1, exactly. */
  readonly coef: readonly number[];
  /** Exponent of each coefficient. */
  readonly ex: readonly number[];
  /** Index in `gaps` of the gap before coefficient k (k ≥ 1). */
  readonly gapOf: readonly number[];
  /** The distinct exponent gaps. */
  readonly gaps: readonly number[];
  /** True for x = (1 + r)^(-1/m) (root at r ≥ 0). */
  readonly aForm: boolean;
  /** Σ |coef|. */
  readonly sumAbs: number;
}

/**
 * The equation in x in Horner order, A form (root at r ≥ 0) or B form (below), with the sign of Σ c
 * (the value at r = 0, exact), or `undefined` for fewer than 2 or more than 10,000 flows. With one sign
 * change the form is the side of the root, unless `side` is given.
 */
export function hornerForm(poly: FloatPoly, side?: boolean): { form: HornerForm; sign: number } | undefined {
  const { c, E } = poly;
  const n = c.length;
  if (n < 2 || n > MAX_FLOWS) return undefined;
  let maxAbs = 0;
  let sum = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) {
    const abs = Math.abs(c[i]!);
    if (abs > maxAbs) maxAbs = abs;
    sum += c[i]!;
    sumAbs += abs;
  }
  // Scale by a power of two (exact) so every |coefficient| < 1.
  let bits = 1 + Math.floor(Math.log2(maxAbs));
  if (2 ** bits <= maxAbs) bits++;
  const scale = 2 ** -bits;
  // Σ c at r = 0 tells on which side the root lies; decide its sign exactly when rounding could hide it.
  let sign = Math.sign(sum);
  if (side === undefined && Math.abs(sum) <= n * EPS * sumAbs) {
    let exact = 0n;
    for (const x of c) exact += BigInt(x);
    sign = exact === 0n ? 0 : exact > 0n ? 1 : -1;
  }
  const aForm = side ?? sign !== Math.sign(c[0]!);
  const top = E[n - 1]!;
  // Filled arrays of known length: far faster here than growing them. Each made at its own site (not by
  // `filled`), so V8 keeps `gapOf` an array of small integers: shared with the float arrays, the gap
  // indices would become doubles and the Horner loops that read them slow down by a few percent.
  const coef = new Array<number>(n).fill(0);
  const ex = new Array<number>(n).fill(0);
  const gapOf = new Array<number>(n).fill(0);
  const gaps = new DistinctIndex();
  for (let k = 0; k < n; k++) {
    const i = aForm ? n - 1 - k : k;
    coef[k] = c[i]! * scale;
    ex[k] = aForm ? E[i]! : top - E[i]!;
    if (k > 0) gapOf[k] = gaps.indexOf(ex[k - 1]! - ex[k]!);
  }
  return { form: { n, coef, ex, gapOf, gaps: gaps.values, aForm, sumAbs: sumAbs * scale }, sign };
}
