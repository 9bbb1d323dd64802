/**
 * The fast root of a series with one sign change (a conventional series: one root, by Descartes' rule),
 * used by irr and xirr before the general solver (solveFlows.ts).
 *
 * The equation Σ f_k x^(e_k) = 0 is taken in x = (1 + r)^(-1/m) when the root lies at r ≥ 0 and in
 * x = (1 + r)^(1/m) with reversed exponents below (hornerForm.ts), so 0 < x ≤ 1 and no power exceeds 1.
 * Three stages:
 * 1. safeguarded Newton in float64 on s = -m·ln x, on ln(Σ positive terms) − ln(Σ negative terms),
 *    which is monotone in s and nearly straight (a bracket [0, S] is known): here;
 * 2. one Newton step with the value in double-double (about 106 bits) at the float root x0;
 * 3. one Newton step with the value in Fixed144 at the resulting x1, whose rounding error has a proved
 *    bound: with stage 2, a proved enclosure of the root (enclosure.ts).
 * The enclosure then gives the rate rounded to 32 significant digits of 1 + r only when every point of
 * it rounds to the same digits (certify.ts); otherwise, and for any series outside the ranges this path
 * handles, the caller uses the general solver.
 */
import { certify } from "./certify.js";
import { EPS } from "./floats.js";
import type { FoundRoot } from "./foundRoot.js";
import { hornerForm } from "./hornerForm.js";
import type { HornerForm } from "./hornerForm.js";
import type { FloatPoly } from "./polynomial.js";

/** The root found by the fast path, and the iterations it took (float steps plus the two refinements). */
export interface ConventionalRoot {
  readonly root: FoundRoot;
  readonly iterations: number;
}

/**
 * The single root of a series with one sign change, or `undefined` when this path cannot prove its 32
 * digits (1 + r beyond 10^±30, more than 10,000 flows, a root within reach of a rounding tie).
 */
export function solveConventional(poly: FloatPoly): ConventionalRoot | undefined {
  const form = hornerForm(poly);
  return form === undefined ? undefined : solveForm(form.form, poly.m, form.sign);
}

/**
 * The single root of a series with several sign changes whose one root lies on the side `aForm` (r ≥ 0
 * when true) by Laguerre's rule, the flows summing to a value of sign `sign` at r = 0: found and
 * certified as a conventional root (the Newton steps on ln(P/N) need only one sign change of the
 * function across the bracket, not of the coefficients), or `undefined` as solveConventional.
 */
export function solveSingleRoot(poly: FloatPoly, aForm: boolean, sign: number): ConventionalRoot | undefined {
  const form = hornerForm(poly, aForm);
  return form === undefined ? undefined : solveForm(form.form, poly.m, sign);
}

/** Stage 1 from s = 0, where the flows have the sign `sign` (0: the root is r = 0), then stages 2 and 3. */
function solveForm(form: HornerForm, m: number, sign: number): ConventionalRoot | undefined {
  let s = 0;
  let iterations = 0;
  if (sign !== 0) {
    const located = floatRoot(form, m, sign);
    if (located === undefined) return undefined;
    [s, iterations] = located;
  }
  const root = certify(form, m, s);
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

/**
 * Newton in s = -m·ln x on g(s) = ln(Σ positive terms) − ln(Σ negative terms), which has its one zero
 * in [0, S] (and is monotone there when the coefficients change sign once), from s = 0 (where g > 0
 * when `lowSign` is 1), falling back to bisection when a step leaves the bracket. It stops once a Newton step is below 1e-6·s: the next error, about the
 * square of that, is far below what the double-double step needs. Returns s and the iterations, or
 * `undefined` if it does not settle.
 */
function floatRoot(form: HornerForm, m: number, lowSign: number): [number, number] | undefined {
  const { n, coef, ex, gapOf, gaps } = form;
  // With one sign change Horner order holds one sign, then the other from `split` on; otherwise
  // (`mixed`) each coefficient is added to the part of its sign as it comes.
  const first = Math.sign(coef[0]!);
  let split = 1;
  while (split < n && Math.sign(coef[split]!) === first) split++;
  let mixed = false;
  for (let k = split; k < n && !mixed; k++) mixed = Math.sign(coef[k]!) === first;
  // The part of each sign, and its sum weighted by the exponent. At s = 0 every power is 1, so they are
  // plain sums, taken here with the bound (the values a Horner pass would give, one pass fewer).
  let early = 0;
  let earlyEx = 0;
  let late = 0;
  let lateEx = 0;
  // Beyond S the last coefficient (exponent 0) outweighs all others together.
  let others = 0;
  for (let k = 0; k < n; k++) {
    const f = coef[k]!;
    if (k < n - 1) others += Math.abs(f);
    if (Math.sign(f) === first) {
      early += f;
      earlyEx += f * ex[k]!;
    } else {
      late += f;
      lateEx += f * ex[k]!;
    }
  }
  let a = 0;
  let b = ((Math.log(others / Math.abs(coef[n - 1]!)) * m) / ex[n - 2]!) * 1.001 + 1e-9;
  if (!(b > 0 && b < Infinity)) return undefined;
  const pw: number[] = gaps.map(() => 1);
  let s = 0;
  for (let it = 1; it <= 100; it++) {
    if (it > 1 && mixed) {
      // The sums by sign as at s = 0 above, now at the powers of s (written out again rather than
      // shared: one function for both costs the conventional path a few percent).
      for (let j = 0; j < gaps.length; j++) pw[j] = Math.exp((-s * gaps[j]!) / m);
      early = 0;
      earlyEx = 0;
      late = 0;
      lateEx = 0;
      for (let k = 0; k < n; k++) {
        // k = 0: the parts are still 0, whatever the power.
        const u = pw[gapOf[k]!]!;
        early *= u;
        earlyEx *= u;
        late *= u;
        lateEx *= u;
        const f = coef[k]!;
        if (Math.sign(f) === first) {
          early += f;
          earlyEx += f * ex[k]!;
        } else {
          late += f;
          lateEx += f * ex[k]!;
        }
      }
    } else if (it > 1) {
      for (let j = 0; j < gaps.length; j++) pw[j] = Math.exp((-s * gaps[j]!) / m);
      early = coef[0]!;
      earlyEx = early * ex[0]!;
      for (let k = 1; k < split; k++) {
        const u = pw[gapOf[k]!]!;
        const f = coef[k]!;
        early = early * u + f;
        earlyEx = earlyEx * u + f * ex[k]!;
      }
      late = 0;
      lateEx = 0;
      for (let k = split; k < n; k++) {
        const u = pw[gapOf[k]!]!;
        early *= u;
        earlyEx *= u;
        const f = coef[k]!;
        late = late * u + f;
        lateEx = lateEx * u + f * ex[k]!;
      }
    }
    // The positive part and the negative one (negated), by the sign of the first coefficient (four
    // choices rather than one of two arrays: V8 allocates those on every iteration).
    const up = first > 0;
    const pos = up ? early : late;
    const posEx = up ? earlyEx : lateEx;
    const neg = up ? -late : -early;
    const negEx = up ? -lateEx : -earlyEx;
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
