/**
 * Polishing a float root to 32 digits: Newton steps in t = (1+r)^(-1/m) (A form) or y = (1+r)^(1/m)
 * (B form) in which the equation is evaluated exactly in Fixed256 at each point; a multiple root is
 * polished as a simple root of the derivative, then checked. The rate is formed in Decimal.
 */
import type { Decimal } from "../../../numeric/decimal.js";
import { bitLength, ratioToDec } from "../exact.js";
import { FIXED256_BITS, FIXED256_ONE, FIXED256_SHIFT, fixed256Eval, fixed256Pow } from "../fixed256.js";
import { bigToFloat, EPS, maxBits, scaledFloats } from "./floats.js";
import { rateFromGrowth } from "./foundRoot.js";
import type { FoundRoot } from "./foundRoot.js";
import type { FlowPoly } from "./polynomial.js";

/** Polishes the roots of one FlowPoly, building its A and B forms on first use. */
export class Fixed256Polisher {
  private aForm: TPoly | undefined;
  private bForm: TPoly | undefined;

  constructor(private readonly poly: FlowPoly) {}

  /**
   * The root next to the float ρ = ln(1 + r), a simple one or (`multiple`, a cluster cell) a multiple
   * one, and the exact steps taken; `undefined` when the Newton steps do not settle.
   */
  polish(rho: number, multiple: boolean): { root: FoundRoot; steps: number } | undefined {
    const aForm = rho >= 0;
    const t0 = Math.exp((aForm ? -rho : rho) / this.poly.m);
    const p = aForm ? (this.aForm ??= tPoly(this.poly, true)) : (this.bForm ??= tPoly(this.poly, false));
    const result = multiple ? (polishT(p, t0, 0) ?? polishMultiple(p, t0)) : polishT(p, t0, 0);
    if (result === undefined) return undefined;
    return { root: { rate: rateOf(result.T, aForm, this.poly.m), approx: Math.expm1(rho), multiplicity: result.multiplicity }, steps: result.steps };
  }
}

/** 2^256: a float t is T = t · 2^256 in Fixed256. */
const TWO_P = 2 ** FIXED256_BITS;

/** Polynomial in t = e^(-ρ/m) (A form) or y = e^(ρ/m) (B form), exponents descending, for Horner. */
interface TPoly {
  readonly c: readonly bigint[];
  /** c_k · 2^256, the Fixed256 form Horner adds. */
  readonly cP: readonly bigint[];
  readonly e: readonly number[];
  readonly f: readonly number[];
  readonly bits: number;
}

/** The A form (exponents of t, descending) or the B form (exponents of y, descending) of a FlowPoly. */
function tPoly(poly: FlowPoly, aForm: boolean): TPoly {
  const n = poly.c.length;
  const top = poly.E[n - 1]!;
  const c: bigint[] = [];
  const e: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = aForm ? n - 1 - k : k;
    c.push(poly.c[i]!);
    e.push(aForm ? poly.E[i]! : top - poly.E[i]!);
  }
  return withFloats(c, e);
}

/** A TPoly of these coefficients and exponents, with their Fixed256 and scaled float forms. */
function withFloats(c: bigint[], e: number[]): TPoly {
  const bits = maxBits(c);
  return { c, cP: c.map((x) => x << FIXED256_SHIFT), e, f: scaledFloats(c, bits), bits };
}

/** The t-derivative, or `undefined` for a constant. */
function derivative(p: TPoly): TPoly | undefined {
  const c: bigint[] = [];
  const e: number[] = [];
  for (let k = 0; k < p.c.length; k++) {
    if (p.e[k]! === 0) continue;
    c.push(p.c[k]! * BigInt(p.e[k]!));
    e.push(p.e[k]! - 1);
  }
  return c.length === 0 ? undefined : withFloats(c, e);
}

/** Float value, t-derivative, second t-derivative and absolute sums (for error bounds) at t. */
function floatDerivs(p: TPoly, t: number): [d1: number, d2: number, abs0: number, abs1: number] {
  let d1 = 0;
  let d2 = 0;
  let a0 = 0;
  let a1 = 0;
  const { f, e } = p;
  const lt = Math.log(t);
  for (let k = 0; k < f.length; k++) {
    const ek = e[k]!;
    const fk = f[k]!;
    const pw = Math.exp((ek - 2) * lt);
    d2 += fk * ek * (ek - 1) * pw;
    d1 += fk * ek * pw * t;
    a0 += Math.abs(fk) * pw * t * t;
    a1 += Math.abs(fk) * ek * pw * t;
  }
  return [d1, d2, a0, a1];
}

/** Newton in t with exact evaluation; returns T (t · 2^256) and the exact steps taken, or undefined. */
function polishT(p: TPoly, t0: number, depth: number): { T: bigint; steps: number; multiplicity: number } | undefined {
  let T = BigInt(Math.round(t0 * TWO_P));
  let t = t0;
  let [d1, d2, a0, a1] = floatDerivs(p, t);
  // Terms below 2^-120 keep fewer than 136 bits in Fixed256: too few to vouch for 32 digits.
  if (!(a0 > 2 ** -120)) return undefined;
  const errD = (2 * p.f.length + 16) * EPS * a1;
  if (Math.abs(d1) <= 1e3 * errD && depth < 8) {
    // A multiple root: polish the simple root of the derivative, then check the flows vanish there.
    const dp = derivative(p);
    if (dp === undefined) return undefined;
    const inner = polishT(dp, t0, depth + 1);
    if (inner === undefined) return undefined;
    const value = bigToFloat(fixed256Eval(p, inner.T), -FIXED256_BITS - p.bits);
    if (Math.abs(value) > 1e-28 * Math.max(a0, Number.MIN_VALUE)) return undefined;
    return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
  }
  for (let step = 1; step <= 12; step++) {
    const h = fixed256Eval(p, T);
    if (h === 0n) return { T, steps: step, multiplicity: 1 };
    const delta = bigToFloat(h, -FIXED256_BITS - p.bits) / d1;
    T -= BigInt(Math.round(delta * TWO_P));
    const e0 = Math.abs(delta);
    // After one Newton step with a float derivative the error is about e0·(derivative error) + K·e0².
    const bound = e0 * (errD / Math.abs(d1)) + Math.abs(d2 / (2 * d1)) * e0 * e0;
    if (bound <= 1e-34 * t || e0 <= 1e-40 * t) return { T, steps: step, multiplicity: 1 };
    t = bigToFloat(T, -FIXED256_BITS);
    if (!(t > 0)) return undefined;
    [d1, d2, a0, a1] = floatDerivs(p, t);
  }
  return undefined;
}

/** A cluster cell: a double (or higher) root if the flows vanish where their derivative does. */
function polishMultiple(p: TPoly, t0: number): { T: bigint; steps: number; multiplicity: number } | undefined {
  const dp = derivative(p);
  if (dp === undefined) return undefined;
  const inner = polishT(dp, t0, 1);
  if (inner === undefined) return undefined;
  const [, , a0] = floatDerivs(p, bigToFloat(inner.T, -FIXED256_BITS));
  const value = bigToFloat(fixed256Eval(p, inner.T), -FIXED256_BITS - p.bits);
  if (Math.abs(value) > 1e-28 * a0) return undefined;
  return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
}

/** The rate for a polished t (A form: 1 + r = t^-m; B form: 1 + r = y^m). */
function rateOf(T: bigint, aForm: boolean, m: number): Decimal {
  // t^m in Fixed256 (relative error about m·2^-256) then one correctly rounded division, unless t^m
  // is so small that Fixed256 loses digits (rates in the thousands of percent): then in Decimal.
  const Tm = m === 1 ? T : fixed256Pow(T, m);
  let growth: Decimal;
  if (bitLength(Tm) > FIXED256_BITS - 64) growth = aForm ? ratioToDec(FIXED256_ONE, Tm) : ratioToDec(Tm, FIXED256_ONE);
  else {
    const t = ratioToDec(T, FIXED256_ONE);
    growth = aForm ? t.pow(-m) : t.pow(m);
  }
  return rateFromGrowth(growth);
}
