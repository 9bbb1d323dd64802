/**
 * The fast root of a series with one sign change (a conventional series: one root, by Descartes' rule),
 * used by irr and xirr before the general solver in roots.ts.
 *
 * The equation Σ f_k x^(e_k) = 0 is taken in x = (1 + r)^(-1/m) when the root lies at r ≥ 0 and in
 * x = (1 + r)^(1/m) with reversed exponents below, so 0 < x ≤ 1 and no power exceeds 1. Three stages:
 * 1. safeguarded Newton in float64 on s = -m·ln x, on ln(Σ positive terms) − ln(Σ negative terms),
 *    which is monotone in s and nearly straight (a bracket [0, S] is known);
 * 2. one Newton step with the value in double-double (about 106 bits) at the float root x0;
 * 3. one Newton step with the value in Fixed144 (irr/fixed144.ts) at the resulting x1, whose
 *    rounding error has a proved bound. With bounds on P' and P'' near x1 (Kantorovich's argument) this
 *    proves a root within a radius of about 1e-40 of the new point x2.
 * The rate 1 + r = x2^(∓m) and its radius then give the rate rounded to 32 significant digits of 1 + r
 * (the solver's precision) only when every point of the interval rounds to the same digits; otherwise,
 * and for any series outside the ranges this path handles, the caller uses the general solver.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { fixed144, fixed144AddNumber, fixed144FromNumber, fixed144Mul, fixed144Normalize, fixed144Pow, fixed144PowScaled, fixed144ToBigInt, fixed144ToNumber, FIXED144_LIMBS, FIXED144_ULP } from "./irr/fixed144.js";
import type { FoundRoot } from "./roots.js";

const EPS = 2 ** -52;
const SPLIT = 134217729; // 2^27 + 1, Dekker's splitter
const MAX_FLOWS = 10000;
const POW10 = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));

/** The root found by the fast path, and the iterations it took (float steps plus the two refinements). */
export interface ConventionalRoot {
  readonly root: FoundRoot;
  readonly iterations: number;
}

/** The equation in Horner order: exponents descending to 0. */
interface HornerForm {
  readonly n: number;
  /** Coefficients scaled by a power of two so that |coef| < 1, exactly. */
  readonly coef: readonly number[];
  /** Exponent of each coefficient. */
  readonly ex: readonly number[];
  /** coef · ex. */
  readonly cex: readonly number[];
  /** Index in `gaps` of the gap before coefficient k (k ≥ 1). */
  readonly gapOf: readonly number[];
  /** The distinct exponent gaps. */
  readonly gaps: readonly number[];
  /** True for x = (1 + r)^(-1/m) (root at r ≥ 0). */
  readonly aForm: boolean;
  /** Σ |coef|. */
  readonly sumAbs: number;
}

/** Σ c_i x^(E_i) with exact integer coefficients held as float64 (|c_i| < 2^53): E ascending from 0, no zero c. */
export interface FloatPoly {
  readonly c: readonly number[];
  readonly E: readonly number[];
  /** τ_i = E_i / m is the time of flow i in periods (years for dated flows). */
  readonly m: number;
}

/**
 * The FloatPoly of float64 integer coefficients at integer times (any order), zeros dropped, or
 * `undefined` when two flows share a time (the general path merges them exactly).
 */
export function floatPoly(c: readonly number[], E: readonly number[], m: number): FloatPoly | undefined {
  let order: number[] | undefined;
  let zeros = c[0] === 0;
  for (let i = 1; i < E.length; i++) {
    if (c[i] === 0) zeros = true;
    if (E[i]! <= E[i - 1]!) {
      order = c.map((_, j) => j).sort((a, b) => E[a]! - E[b]!);
      break;
    }
  }
  // Already in the form (dates in order, no zero flow): use as is.
  if (order === undefined && !zeros && E[0] === 0) return { c, E, m };
  const cc: number[] = [];
  const ee: number[] = [];
  for (let k = 0; k < c.length; k++) {
    const i = order === undefined ? k : order[k]!;
    if (c[i] === 0) continue;
    if (ee.length > 0 && ee[ee.length - 1] === E[i]) return undefined;
    cc.push(c[i]!);
    ee.push(E[i]!);
  }
  const first = ee[0] ?? 0;
  if (first !== 0) for (let k = 0; k < ee.length; k++) ee[k] = ee[k]! - first;
  return { c: cc, E: ee, m };
}

/**
 * The single root of a series with one sign change, or `undefined` when this path cannot prove its 32
 * digits (1 + r beyond 10^±30, more than 10,000 flows, a root within reach of a rounding tie).
 */
export function solveConventional(poly: FloatPoly): ConventionalRoot | undefined {
  const form = hornerForm(poly);
  if (form === undefined) return undefined;
  const m = poly.m;
  let s = 0;
  let iterations = 0;
  if (form.sign !== 0) {
    const located = floatRoot(form.form, m, form.sign);
    if (located === undefined) return undefined;
    [s, iterations] = located;
  }
  const root = certify(form.form, m, s);
  return root === undefined ? undefined : { root, iterations: iterations + 2 };
}

/**
 * The simple root next to a float root ρ = ln(1 + r) found by another solver (any number of sign
 * changes), refined and certified like a conventional root, or `undefined` when that cannot be proved.
 */
export function polishRoot(poly: FloatPoly, rho: number): FoundRoot | undefined {
  const form = hornerForm(poly, rho >= 0);
  return form === undefined ? undefined : certify(form.form, poly.m, Math.abs(rho));
}

/** Stages 2 and 3 from x = e^(-s/m), then the rate's digits. */
function certify(form: HornerForm, m: number, s: number): FoundRoot | undefined {
  const x2 = refine(form, Math.exp(-s / m));
  if (x2 === undefined) return undefined;
  const rate = rateOf(x2.x, x2.radius, form.aForm, m);
  return rate === undefined ? undefined : { rate, approx: Math.expm1(form.aForm ? s : -s), multiplicity: 1 };
}

/**
 * The equation in x in Horner order, A form (root at r ≥ 0) or B form (below), with the sign of Σ c
 * (the value at r = 0, exact), or `undefined` for fewer than 2 or more than 10,000 flows. With one sign
 * change the form is the side of the root, unless `side` is given.
 */
function hornerForm(poly: FloatPoly, side?: boolean): { form: HornerForm; sign: number } | undefined {
  const { c, E } = poly;
  const n = c.length;
  if (n < 2 || n > MAX_FLOWS) return undefined;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) if (Math.abs(c[i]!) > maxAbs) maxAbs = Math.abs(c[i]!);
  // Scale by a power of two (exact) so every |coefficient| < 1.
  let bits = 1 + Math.floor(Math.log2(maxAbs));
  if (2 ** bits <= maxAbs) bits++;
  const scale = 2 ** -bits;
  let sum = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) {
    sum += c[i]!;
    sumAbs += Math.abs(c[i]!);
  }
  // Σ c at r = 0 tells on which side the root lies; decide its sign exactly when rounding could hide it.
  let sign = Math.sign(sum);
  if (side === undefined && Math.abs(sum) <= n * EPS * sumAbs) {
    let exact = 0n;
    for (const x of c) exact += BigInt(x);
    sign = exact === 0n ? 0 : exact > 0n ? 1 : -1;
  }
  const aForm = side ?? sign !== Math.sign(c[0]!);
  const top = E[n - 1]!;
  // Filled arrays of known length: far faster here than growing them.
  const coef = new Array<number>(n).fill(0);
  const ex = new Array<number>(n).fill(0);
  const cex = new Array<number>(n).fill(0);
  const gapOf = new Array<number>(n).fill(0);
  const gaps: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = aForm ? n - 1 - k : k;
    coef[k] = c[i]! * scale;
    ex[k] = aForm ? E[i]! : top - E[i]!;
    cex[k] = coef[k]! * ex[k]!;
    if (k > 0) {
      const gap = ex[k - 1]! - ex[k]!;
      let j = 0;
      while (j < gaps.length && gaps[j] !== gap) j++;
      if (j === gaps.length) gaps.push(gap);
      gapOf[k] = j;
    }
  }
  return { form: { n, coef, ex, cex, gapOf, gaps, aForm, sumAbs: sumAbs * scale }, sign };
}

/**
 * Newton in s = -m·ln x on g(s) = ln(Σ positive terms) − ln(Σ negative terms), which is monotone with
 * its one zero in [0, S], from s = 0 (where g > 0 when `lowSign` is 1), falling back to bisection when
 * a step leaves the bracket. It stops once a Newton step is below 1e-6·s: the next error, about the
 * square of that, is far below what the double-double step needs. Returns s and the iterations, or
 * `undefined` if it does not settle.
 */
function floatRoot(form: HornerForm, m: number, lowSign: number): [number, number] | undefined {
  const { n, coef, cex, ex, gapOf, gaps } = form;
  // Horner order holds one sign, then the other from `split` on (one sign change).
  const first = Math.sign(coef[0]!);
  let split = 1;
  while (split < n && Math.sign(coef[split]!) === first) split++;
  // Beyond S the last coefficient (exponent 0) outweighs all others together.
  let others = 0;
  for (let k = 0; k < n - 1; k++) others += Math.abs(coef[k]!);
  let a = 0;
  let b = ((Math.log(others / Math.abs(coef[n - 1]!)) * m) / ex[n - 2]!) * 1.001 + 1e-9;
  if (!(b > 0 && b < Infinity)) return undefined;
  const pw: number[] = gaps.map(() => 1);
  let s = 0;
  for (let it = 1; it <= 100; it++) {
    if (it > 1) for (let j = 0; j < gaps.length; j++) pw[j] = Math.exp((-s * gaps[j]!) / m);
    // The part of each sign, and its sum weighted by the exponent.
    let early = coef[0]!;
    let earlyEx = cex[0]!;
    for (let k = 1; k < split; k++) {
      const u = pw[gapOf[k]!]!;
      early = early * u + coef[k]!;
      earlyEx = earlyEx * u + cex[k]!;
    }
    let late = 0;
    let lateEx = 0;
    for (let k = split; k < n; k++) {
      const u = pw[gapOf[k]!]!;
      early *= u;
      earlyEx *= u;
      late = late * u + coef[k]!;
      lateEx = lateEx * u + cex[k]!;
    }
    const [pos, posEx, neg, negEx] = first > 0 ? [early, earlyEx, -late, -lateEx] : [late, lateEx, -early, -earlyEx];
    if (pos === neg) return [s, it];
    if (Math.sign(pos - neg) === lowSign) a = s;
    else b = s;
    // g = ln pos − ln neg, dg/ds = (negEx/neg − posEx/pos)/m.
    let next = s + (m * Math.log(pos / neg)) / (posEx / pos - negEx / neg);
    const newton = next > a && next < b;
    if (!newton) next = (a + b) / 2;
    const step = Math.abs(next - s);
    s = next;
    if ((newton && step <= 1e-6 * s) || b - a <= 4 * EPS * b) return [s, it];
  }
  return undefined;
}

/** The double-double x^k (k ≥ 1) of a double x, as [high, low]. */
function ddPow(x: number, k: number): [number, number] {
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

/** (ah + al)(bh + bl) in double-double: Dekker's exact product of the heads plus the cross terms. */
function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
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

/** A point x and a proved radius around it holding the root. */
interface Enclosure {
  readonly x: number[];
  readonly radius: number;
}

/**
 * Stages 2 and 3: a double-double Newton step from x0, then a Fixed144 one whose error is bounded,
 * giving a proved enclosure of the root; `undefined` when the bounds do not close.
 */
function refine(form: HornerForm, x0: number): Enclosure | undefined {
  const { n, coef, ex, cex, gapOf, gaps, sumAbs } = form;
  const g = gaps.length;
  // Stage 2: P(x0) in double-double; x0·P'(x0), Σ|f e| x0^e and Σ|f| e(e-1) x0^e in float64.
  const uh = new Array<number>(g).fill(0);
  const ul = new Array<number>(g).fill(0);
  const uhh = new Array<number>(g).fill(0);
  const uhl = new Array<number>(g).fill(0);
  let gapMax = 0;
  // Gaps in ascending order: a gap a few days above the last is that power times x0 a few times.
  const byGap = gaps.map((_, j) => j).sort((a, b) => gaps[a]! - gaps[b]!);
  let [hi, lo] = [1, 0];
  for (const j of byGap) {
    const gap = gaps[j]!;
    if (gapMax > 0 && gap - gapMax <= 4) for (let k = gapMax; k < gap; k++) [hi, lo] = ddMul(hi, lo, x0, 0);
    else [hi, lo] = ddPow(x0, gap);
    gapMax = gap;
    const t = SPLIT * hi;
    uh[j] = hi;
    ul[j] = lo;
    uhh[j] = t - (t - hi);
    uhl[j] = hi - uhh[j]!;
  }
  let hh = coef[0]!;
  let hl = 0;
  let d1 = cex[0]!;
  let s1 = Math.abs(d1);
  let s2 = s1 * (ex[0]! - 1);
  for (let k = 1; k < n; k++) {
    const j = gapOf[k]!;
    const bh = uh[j]!;
    // (hh + hl)·(bh + bl): Dekker's product of the heads, then the cross terms.
    const p = hh * bh;
    const t = SPLIT * hh;
    const ahh = t - (t - hh);
    const ahl = hh - ahh;
    const bhh = uhh[j]!;
    const bhl = uhl[j]!;
    let e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (hh * ul[j]! + hl * bh);
    // + coef[k], by Knuth's two-sum.
    const c = coef[k]!;
    const sum = p + c;
    const bb = sum - p;
    e += p - (sum - bb) + (c - bb);
    hh = sum + e;
    hl = e - (hh - sum);
    const ce = cex[k]!;
    d1 = d1 * bh + ce;
    s1 = s1 * bh + Math.abs(ce);
    s2 = s2 * bh + Math.abs(ce) * (ex[k]! - 1);
  }
  if (!(Math.abs(d1) > 0) || !(x0 > 0)) return undefined;
  const delta1 = ((hh + hl) * x0) / d1;
  if (!(Math.abs(delta1) < 1e-6)) return undefined;

  // x1 = x0 − delta1 in Fixed144: the exact point of the stage 3 evaluation.
  const x1 = fixed144();
  fixed144FromNumber(x0, x1);
  fixed144AddNumber(x1, -delta1);
  fixed144Normalize(x1);
  if (!inUnitInterval(x1)) return undefined;

  // Stage 3: P(x1) in Fixed144, the powers of x1 low by < 1.001·(gap − 1) ULP each. Gaps in
  // ascending order: a gap a few days above the last is that power times x1 a few times.
  const powers = new Array<number>(g * FIXED144_LIMBS).fill(0);
  const tmp = fixed144();
  let last = 0;
  for (const j of byGap) {
    const gap = gaps[j]!;
    if (last > 0 && gap - last <= 4) for (let k = last; k < gap; k++) fixed144Mul(tmp, x1, tmp);
    else fixed144Pow(x1, gap, tmp);
    last = gap;
    for (let k = 0; k < FIXED144_LIMBS; k++) powers[j * FIXED144_LIMBS + k] = tmp[k]!;
  }
  const h = fixed144();
  fixed144AddNumber(h, coef[0]!);
  fixed144Normalize(h);
  for (let k = 1; k < n; k++) {
    fixed144Mul(h, powers, h, gapOf[k]! * FIXED144_LIMBS);
    fixed144AddNumber(h, coef[k]!);
  }
  fixed144Normalize(h);
  const value = fixed144ToNumber(h, tmp);
  // Each step: one truncation, and |partial sum| ≤ Σ|f| times the error of the power it multiplies.
  const errValue = 1.01 * (n - 1) * (1 + sumAbs * gapMax) * FIXED144_ULP + Math.abs(value) * 2 ** -49;

  // Newton from x1 with proved bounds: P' from stage 2 (float error ≪ 1e-10 of Σ|f e x^e|, moved by at
  // most M·|x1 − x0|), M ≥ |P''| wherever exMax·|x − x0|/x0 ≤ 1e-3.
  const exMax = ex[0]!;
  const derivative = d1 / x0;
  const M = (1.01 * s2) / (x0 * x0);
  const errDerivative = (1e-10 * s1) / x0 + M * (Math.abs(delta1) + 2 * FIXED144_ULP);
  const dLow = Math.abs(derivative) - errDerivative;
  if (!(dLow > 0)) return undefined;
  const valueHigh = Math.abs(value) + errValue;
  if (!(4 * M * valueHigh < dLow * dLow)) return undefined;
  const reach = (2 * valueHigh) / dLow;
  if (!((exMax * (Math.abs(delta1) + reach)) / x0 <= 1e-3)) return undefined;
  // P is monotone within `reach` of x1 and changes sign there: its root is at most `e1` from x1.
  const e1 = valueHigh / (dLow - M * reach);
  const delta2 = value / derivative;
  const radius =
    1.01 * ((M * e1 * e1) / (2 * dLow) + errValue / dLow + (Math.abs(value) * errDerivative) / (Math.abs(derivative) * dLow) + Math.abs(delta2) * EPS) + 2 * FIXED144_ULP;
  const x2 = x1.slice();
  fixed144AddNumber(x2, -delta2);
  fixed144Normalize(x2);
  if (!inUnitInterval(x2) || !(radius < 1e-30)) return undefined;
  return { x: x2, radius };
}

/** 0 < x ≤ 1 for a normalised Fixed144 x. */
function inUnitInterval(x: readonly number[]): boolean {
  if (x[0] === 0) return x.some((limb) => limb !== 0);
  return x[0] === 1 && x.every((limb, k) => k === 0 || limb === 0);
}

/**
 * 1 + r = x^(-m) (A form) or x^m (B form) for the root x within `radius` of `x2`, as the rate with 32
 * significant digits of 1 + r rounded half up, when every point of the interval rounds alike (and
 * rounding to 40 digits first would not change that); otherwise `undefined`.
 */
function rateOf(x2: number[], radius: number, aForm: boolean, m: number): Decimal | undefined {
  const tmp = fixed144();
  // q · 2^-shift = x2^m with q in [1/2, 1) and a relative error below 1.001·(m − 1)·2^-142.
  const q = fixed144();
  const shift = fixed144PowScaled(x2, m, q);
  if (Number.isNaN(shift)) return undefined;
  // Relative width of x*^m: powering error + m·radius/x (x^(m−1) over x^m, times 1.01 for x ≠ x2).
  const relative = (m - 1) * 1.001 * 2 ** -142 + (1.01 * m * radius) / fixed144ToNumber(x2, tmp);
  const qv = fixed144ToNumber(q, tmp);
  const growth = aForm ? 2 ** shift / qv : qv * 2 ** -shift;
  if (!(growth > 1e-30 && growth < 1e30 && relative < 1e-30)) return undefined;
  // The exponent of 1 + r decides how many decimals the rate keeps; stay clear of powers of ten.
  const e10 = Math.floor(Math.log10(growth));
  const power = 10 ** e10;
  if (!(growth > power * (1 + 1e-12) && growth < 10 * power * (1 - 1e-12))) return undefined;
  const d = Math.max(0, 31 - e10);
  const scale = POW10[d]!;
  const qb = fixed144ToBigInt(q);
  const bits = BigInt(144 + shift);
  let whole: bigint;
  let frac: number;
  if (aForm) {
    const numerator = scale << bits;
    whole = numerator / qb;
    frac = Number(numerator - whole * qb) / Number(qb);
  } else {
    const product = scale * qb;
    whole = product >> bits;
    frac = Number(product - (whole << bits)) * 2 ** -(144 + shift);
  }
  // A tie lies where frac = 1/2; 1e-8 more keeps clear of a tie after a first rounding to 40 digits.
  const spread = Number(whole) * relative * 1.000001;
  if (!(Math.abs(frac - 0.5) > spread + 1e-8)) return undefined;
  const digits = frac > 0.5 ? whole + 1n : whole;
  const rate = new Dec(`${(digits - scale).toString()}e-${d}`);
  // Within 1e-9 of -100 % the rate has more decimals than the Decimal precision keeps.
  return d > Dec.precision ? rate.toSignificantDigits(Dec.precision) : rate;
}
