/**
 * Every real root above -1 of a discounted-flow equation Σ c_i (1+r)^(-E_i/m) = 0.
 *
 * IRR (E_i = i, m = 1) and XIRR (E_i = day counts, m = days per year) share this solver. It works in
 * ρ = ln(1+r), where each half-line is bounded: for ρ ≥ 0 the flows are Σ f_i e^(-ρτ_i) ("A form"), for
 * ρ < 0 they are multiplied by e^(ρτ_max) ("B form"), so no term exceeds |f_i| and float64 never
 * overflows. Roots are isolated in float64 (Descartes' rule of signs for the count, then cells that are
 * either excluded by a derivative bound, or proved monotone with a sign change), located by safeguarded
 * Newton, then polished by Newton steps in which the equation is evaluated exactly in BigInt fixed point
 * (2^-256) at the float root, and the rate is formed in Decimal.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { polishRoot, solveConventional } from "./conventional.js";
import { bitLength, ratioToDec } from "./exact.js";

/** Σ c_i x^(E_i) with exact integer coefficients: E ascending from 0, no zero c, no repeated E. */
export interface FlowPoly {
  readonly c: readonly bigint[];
  readonly E: readonly number[];
  /** τ_i = E_i / m is the time of flow i in periods (years for dated flows). */
  readonly m: number;
  /** The same coefficients as float64, when the caller has them exactly (then `c` may be built lazily). */
  readonly floats?: readonly number[];
}

/** Merges equal exponents, drops zeros and shifts exponents to start at 0. */
export function flowPoly(c: readonly bigint[], E: readonly number[], m: number): FlowPoly {
  const order = c.map((_, i) => i).sort((a, b) => E[a]! - E[b]! || a - b);
  const cc: bigint[] = [];
  const ee: number[] = [];
  for (const i of order) {
    const e = E[i]!;
    if (ee.length > 0 && ee[ee.length - 1] === e) cc[cc.length - 1]! += c[i]!;
    else {
      cc.push(c[i]!);
      ee.push(e);
    }
  }
  const keepC: bigint[] = [];
  const keepE: number[] = [];
  for (let i = 0; i < cc.length; i++) {
    if (cc[i] !== 0n) {
      keepC.push(cc[i]!);
      keepE.push(ee[i]!);
    }
  }
  const first = keepE[0] ?? 0;
  return { c: keepC, E: keepE.map((e) => e - first), m };
}

/** Sign changes in the coefficient sequence (Descartes: an upper bound on positive roots, same parity). */
export function signChanges(c: readonly (bigint | number)[]): number {
  let changes = 0;
  let last = 0;
  for (const x of c) {
    const sign = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (sign === 0) continue;
    if (last !== 0 && sign !== last) changes++;
    last = sign;
  }
  return changes;
}

/** One root: the rate in Decimal and float, and how it was found. */
export interface FoundRoot {
  readonly rate: Decimal;
  readonly approx: number;
  /** 1 for a simple root, 2 for a double root (tangent), … */
  readonly multiplicity: number;
}

export interface RootSearch {
  readonly roots: readonly FoundRoot[];
  /** Float iterations plus exact polishing steps. */
  readonly iterations: number;
  readonly method: "newton-single-sign-change" | "isolation-newton";
}

const EPS = 2 ** -52;
const P = 256;
const PN = BigInt(P);
const ONE_FIXED = 1n << PN;
const TWO_P = 2 ** P;
const MAX_CELLS = 5000;

/** x · 2^k as a float, for any size of x. */
function bigToFloat(x: bigint, k: number): number {
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
function scaledFloats(c: readonly bigint[], bits: number): Float64Array {
  const out = new Float64Array(c.length);
  if (bits < 1000) {
    const scale = 2 ** -bits;
    for (let i = 0; i < c.length; i++) out[i] = Number(c[i]!) * scale;
  } else {
    for (let i = 0; i < c.length; i++) out[i] = bigToFloat(c[i]!, -bits);
  }
  return out;
}

/** The largest bit length in a list. */
function maxBits(c: readonly bigint[]): number {
  let bits = 0;
  for (const x of c) bits = Math.max(bits, bitLength(x));
  return bits;
}

/** ln |x| for a BigInt of any size. */
function lnAbs(x: bigint): number {
  const abs = x < 0n ? -x : x;
  const s = Math.max(0, bitLength(abs) - 64);
  return Math.log(Number(abs >> BigInt(s))) + s * Math.LN2;
}

/** Float view of a FlowPoly, normalised so the largest |f_i| is about 1. */
class FloatFlows {
  readonly n: number;
  readonly f: Float64Array;
  readonly tau: Float64Array;
  /** Index of each gap τ_{i+1} - τ_i in `gaps`. */
  readonly gapOf: Int32Array;
  readonly gaps: Float64Array;
  readonly unitGaps: boolean;
  readonly bits: number;
  private readonly pow: Float64Array;
  // Horner accumulators of the last evaluation: value, derivative in ρ, and bounds.
  v = 0;
  d1 = 0;
  a0 = 0;
  a1 = 0;
  a2 = 0;

  constructor(readonly poly: FlowPoly) {
    const floats = poly.floats;
    const n = floats === undefined ? poly.c.length : floats.length;
    this.n = n;
    if (floats === undefined) {
      this.bits = maxBits(poly.c);
      this.f = scaledFloats(poly.c, this.bits);
    } else {
      let max = 0;
      for (const x of floats) max = Math.max(max, Math.abs(x));
      // Bit length of the largest |c|: exact in float64 below 2^53.
      this.bits = max === 0 ? 0 : Math.floor(Math.log2(max)) + 1;
      if (2 ** this.bits <= max) this.bits++;
      const f = new Float64Array(n);
      const scale = 2 ** -this.bits;
      for (let i = 0; i < n; i++) f[i] = floats[i]! * scale;
      this.f = f;
    }
    this.tau = new Float64Array(n);
    for (let i = 0; i < n; i++) this.tau[i] = poly.E[i]! / poly.m;
    // Few distinct gaps (dated flows: 28 to 31 days) are found by a scan; a Map takes over beyond 16.
    const days: number[] = [];
    let index: Map<number, number> | undefined;
    const gaps: number[] = [];
    this.gapOf = new Int32Array(Math.max(0, n - 1));
    for (let i = 0; i + 1 < n; i++) {
      const g = poly.E[i + 1]! - poly.E[i]!;
      let k = index === undefined ? days.indexOf(g) : (index.get(g) ?? -1);
      if (k < 0) {
        k = gaps.length;
        days.push(g);
        gaps.push(g / poly.m);
        if (index !== undefined) index.set(g, k);
        else if (days.length > 16) index = new Map(days.map((d, j) => [d, j]));
      }
      this.gapOf[i] = k;
    }
    this.gaps = Float64Array.from(gaps);
    this.unitGaps = gaps.length === 1 && poly.m === 1 && gaps[0] === 1;
    this.pow = new Float64Array(gaps.length);
  }

  /** Evaluates at ρ (A form for ρ ≥ 0, B form below), filling the accumulators. */
  evalAt(rho: number): void {
    const { n, f, tau, gapOf, gaps, pow } = this;
    if (rho >= 0) {
      for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp(-rho * gaps[k]!);
      let s0 = f[n - 1]!;
      let t = tau[n - 1]!;
      let s1 = s0 * t;
      let b0 = Math.abs(s0);
      let b1 = b0 * t;
      let b2 = b1 * t;
      for (let i = n - 2; i >= 0; i--) {
        const u = pow[gapOf[i]!]!;
        const fi = f[i]!;
        const ti = tau[i]!;
        const ai = Math.abs(fi);
        s0 = s0 * u + fi;
        s1 = s1 * u + fi * ti;
        b0 = b0 * u + ai;
        b1 = b1 * u + ai * ti;
        b2 = b2 * u + ai * ti * ti;
      }
      this.v = s0;
      this.d1 = -s1;
      this.a0 = b0;
      this.a1 = b1;
      this.a2 = b2;
    } else {
      for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp(rho * gaps[k]!);
      const top = tau[n - 1]!;
      let s0 = f[0]!;
      let t = top;
      let s1 = s0 * t;
      let b0 = Math.abs(s0);
      let b1 = b0 * t;
      let b2 = b1 * t;
      for (let i = 1; i < n; i++) {
        const u = pow[gapOf[i - 1]!]!;
        const fi = f[i]!;
        const si = top - tau[i]!;
        const ai = Math.abs(fi);
        s0 = s0 * u + fi;
        s1 = s1 * u + fi * si;
        b0 = b0 * u + ai;
        b1 = b1 * u + ai * si;
        b2 = b2 * u + ai * si * si;
      }
      this.v = s0;
      this.d1 = s1;
      this.a0 = b0;
      this.a1 = b1;
      this.a2 = b2;
      void t;
    }
  }

  /** Like evalAt, but only the value and the derivative (for Newton steps, which need no bounds). */
  valueAt(rho: number): void {
    const { n, f, tau, gapOf, gaps, pow } = this;
    const aForm = rho >= 0;
    for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp((aForm ? -rho : rho) * gaps[k]!);
    const top = tau[n - 1]!;
    let s0 = 0;
    let s1 = 0;
    for (let j = 0; j < n; j++) {
      // A form: from the last flow down, times τ_i; B form: from the first up, times τ_max − τ_i.
      const i = aForm ? n - 1 - j : j;
      if (j > 0) {
        const u = pow[gapOf[aForm ? i : i - 1]!]!;
        s0 *= u;
        s1 *= u;
      }
      const fi = f[i]!;
      s0 += fi;
      s1 += fi * (aForm ? tau[i]! : top - tau[i]!);
    }
    this.v = s0;
    this.d1 = aForm ? -s1 : s1;
  }

  /** Rounding-error bound of the last evaluated value, scaled by `k` for its derivatives. */
  err(abs: number): number {
    return (2 * this.n + 16) * EPS * abs;
  }
}

interface Sample {
  readonly rho: number;
  readonly v: number;
  readonly d1: number;
  readonly ev: number;
  readonly ed: number;
  /** Bounds on |φ'| and |φ''| valid on the side of `rho` towards 0 (A form) or away from 0 (B form). */
  readonly a1: number;
  readonly a2: number;
}

function sample(ff: FloatFlows, rho: number): Sample {
  ff.evalAt(rho);
  return { rho, v: ff.v, d1: ff.d1, ev: ff.err(ff.a0), ed: ff.err(ff.a1), a1: ff.a1, a2: ff.a2 };
}

/** A bracket [lo, hi] holding exactly one simple root, or a tiny unresolved cell (a multiple root?). */
interface Cell {
  readonly lo: number;
  readonly hi: number;
  readonly cluster: boolean;
}

/** Bounds of ρ outside which the first (above) or last (below) flow dominates: no root there. */
function rhoBounds(poly: FlowPoly): [number, number] {
  const { E, m, floats } = poly;
  const n = E.length;
  const logs = floats === undefined ? poly.c.map(lnAbs) : floats.map((x) => Math.log(Math.abs(x)));
  const lse = (from: number, to: number): number => {
    let max = -Infinity;
    for (let i = from; i < to; i++) max = Math.max(max, logs[i]!);
    let sum = 0;
    for (let i = from; i < to; i++) sum += Math.exp(logs[i]! - max);
    return max + Math.log(sum);
  };
  const hi = Math.max(0, (lse(1, n) - logs[0]!) / (E[1]! / m));
  const lo = Math.min(0, -(lse(0, n - 1) - logs[n - 1]!) / ((E[n - 1]! - E[n - 2]!) / m));
  return [lo * 1.001 - 1e-9, hi * 1.001 + 1e-9];
}

/** Splits [lo, hi] (on one side of 0) into cells with exactly one simple root, or unresolved clusters. */
function isolate(ff: FloatFlows, lo: number, hi: number, out: Cell[], counter: { n: number }): void {
  if (!(hi > lo)) return;
  const aForm = lo >= 0;
  // A coarse first grid: cells that cannot be decided are split, so the grid only sets the work.
  const start = 8;
  const stack: [Sample, Sample][] = [];
  let prev = sample(ff, lo);
  for (let k = 1; k <= start; k++) {
    const next = sample(ff, k === start ? hi : lo + ((hi - lo) * k) / start);
    stack.push([prev, next]);
    prev = next;
  }
  stack.reverse();
  while (stack.length > 0) {
    if (++counter.n > MAX_CELLS) throw new RangeError("root isolation did not finish");
    const [a, b] = stack.pop()!;
    const h = b.rho - a.rho;
    // Bounds of |φ'| and |φ''| on the cell: the terms shrink away from ρ = 0 in both forms.
    const near = aForm ? a : b;
    const sa = Math.sign(a.v);
    const sb = Math.sign(b.v);
    const aClear = Math.abs(a.v) > a.ev;
    const bClear = Math.abs(b.v) > b.ev;
    if (aClear && bClear && sa === sb && Math.abs(a.v) + Math.abs(b.v) > near.a1 * h + a.ev + b.ev) continue;
    const monotone =
      Math.abs(a.d1) > a.ed && Math.abs(b.d1) > b.ed && Math.sign(a.d1) === Math.sign(b.d1) &&
      Math.abs(a.d1) + Math.abs(b.d1) > near.a2 * h + a.ed + b.ed;
    if (monotone) {
      // At most one root: between clear endpoints of opposite sign, or next to an endpoint that is zero
      // within rounding.
      if (aClear && bClear) {
        if (sa !== sb) out.push({ lo: a.rho, hi: b.rho, cluster: false });
      } else {
        if (!aClear) out.push({ lo: a.rho, hi: a.rho, cluster: true });
        if (!bClear) out.push({ lo: b.rho, hi: b.rho, cluster: true });
      }
      continue;
    }
    const scale = Math.max(1, Math.abs(a.rho));
    if (h <= 1e-7 * scale) {
      // Too narrow to split further in float64. Clear endpoints of one sign: no root is resolvable here
      // (two roots closer than this would be missed); otherwise a possible root, maybe multiple.
      if (!(aClear && bClear && sa === sb)) out.push({ lo: a.rho, hi: b.rho, cluster: true });
      continue;
    }
    const mid = sample(ff, a.rho + h / 2);
    stack.push([mid, b], [a, mid]);
  }
}

/** Safeguarded Newton on φ(ρ) inside a bracket with a sign change; returns ρ and the iterations used. */
function locate(ff: FloatFlows, lo: number, hi: number, start: number): [number, number] {
  ff.valueAt(lo);
  const sLo = Math.sign(ff.v);
  let a = lo;
  let b = hi;
  let x = start > lo && start < hi ? start : (lo + hi) / 2;
  let it = 0;
  for (; it < 200; it++) {
    ff.valueAt(x);
    const v = ff.v;
    if (v === 0) return [x, it + 1];
    if (Math.sign(v) === sLo) a = x;
    else b = x;
    let next = x - v / ff.d1;
    if (!(next > a && next < b)) next = (a + b) / 2;
    const step = Math.abs(next - x);
    x = next;
    if (step <= 4 * EPS * Math.abs(x) + 1e-300 || b - a <= 4 * EPS * Math.max(Math.abs(a), Math.abs(b))) return [x, it + 1];
  }
  return [x, it];
}

/** Polynomial in t = e^(-ρ/m) (A form) or y = e^(ρ/m) (B form), exponents descending, for Horner. */
interface TPoly {
  readonly c: readonly bigint[];
  /** c_k · 2^P, the fixed-point form Horner adds. */
  readonly cP: readonly bigint[];
  readonly e: readonly number[];
  readonly f: Float64Array;
  readonly bits: number;
}

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

function withFloats(c: bigint[], e: number[]): TPoly {
  const bits = maxBits(c);
  return { c, cP: c.map((x) => x << PN), e, f: scaledFloats(c, bits), bits };
}

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

/** Fixed-point power x^k (x scaled by 2^P). */
function fixedPow(x: bigint, k: number): bigint {
  let result = ONE_FIXED;
  let base = x;
  let rest = k;
  while (rest > 0) {
    if (rest & 1) result = (result * base) >> PN;
    rest = Math.floor(rest / 2);
    if (rest > 0) base = (base * base) >> PN;
  }
  return result;
}

/** Σ c_k t^(e_k) · 2^P for t = T / 2^P, exact to a few units of 2^-P per term. */
function fixedEval(p: TPoly, T: bigint): bigint {
  const { cP, e } = p;
  const n = cP.length;
  let h = cP[0]!;
  let lastGap = -1;
  let tg = ONE_FIXED;
  // Dated flows repeat a few gaps (28 to 31 days): compute each power once per evaluation.
  const powers = new Map<number, bigint>();
  for (let k = 1; k < n; k++) {
    const gap = e[k - 1]! - e[k]!;
    if (gap !== lastGap) {
      let power = powers.get(gap);
      if (power === undefined) {
        power = gap === 1 ? T : fixedPow(T, gap);
        powers.set(gap, power);
      }
      tg = power;
      lastGap = gap;
    }
    h = ((h * tg) >> PN) + cP[k]!;
  }
  const tail = e[n - 1]!;
  return tail === 0 ? h : (h * fixedPow(T, tail)) >> PN;
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

/** Newton in t with exact evaluation; returns T (t · 2^P) and the exact steps taken, or undefined. */
function polishT(p: TPoly, t0: number, depth: number): { T: bigint; steps: number; multiplicity: number } | undefined {
  let T = BigInt(Math.round(t0 * TWO_P));
  let t = t0;
  let [d1, d2, a0, a1] = floatDerivs(p, t);
  const errD = (2 * p.f.length + 16) * EPS * a1;
  if (Math.abs(d1) <= 1e3 * errD && depth < 8) {
    // A multiple root: polish the simple root of the derivative, then check the flows vanish there.
    const dp = derivative(p);
    if (dp === undefined) return undefined;
    const inner = polishT(dp, t0, depth + 1);
    if (inner === undefined) return undefined;
    const value = bigToFloat(fixedEval(p, inner.T), -P - p.bits);
    if (Math.abs(value) > 1e-28 * Math.max(a0, Number.MIN_VALUE)) return undefined;
    return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
  }
  for (let step = 1; step <= 12; step++) {
    const h = fixedEval(p, T);
    if (h === 0n) return { T, steps: step, multiplicity: 1 };
    const delta = bigToFloat(h, -P - p.bits) / d1;
    T -= BigInt(Math.round(delta * TWO_P));
    const e0 = Math.abs(delta);
    // After one Newton step with a float derivative the error is about e0·(derivative error) + K·e0².
    const bound = e0 * (errD / Math.abs(d1)) + Math.abs(d2 / (2 * d1)) * e0 * e0;
    if (bound <= 1e-34 * t || e0 <= 1e-40 * t) return { T, steps: step, multiplicity: 1 };
    t = bigToFloat(T, -P);
    if (!(t > 0)) return undefined;
    [d1, d2, a0, a1] = floatDerivs(p, t);
  }
  return undefined;
}

/** The rate for a polished t (A form: 1 + r = t^-m; B form: 1 + r = y^m). */
function rateOf(T: bigint, aForm: boolean, m: number): Decimal {
  // t^m in fixed point (relative error about m·2^-256) then one correctly rounded division, unless t^m
  // is so small that fixed point loses digits (rates in the thousands of percent): then in Decimal.
  const Tm = m === 1 ? T : fixedPow(T, m);
  let growth: Decimal;
  if (bitLength(Tm) > P - 64) growth = aForm ? ratioToDec(ONE_FIXED, Tm) : ratioToDec(Tm, ONE_FIXED);
  else {
    const t = ratioToDec(T, ONE_FIXED);
    growth = aForm ? t.pow(-m) : t.pow(m);
  }
  // The polished growth factor is good to about 1e-34 relative; keep 32 significant digits of 1 + r so
  // exact roots such as 0.1 print as 0.1.
  return growth.minus(1).toDecimalPlaces(Math.max(0, 31 - growth.e));
}

/**
 * Finds the roots of a FlowPoly with at least one sign change. With `nearest`, only the root nearest
 * that rate is polished (all are still isolated); a series with one sign change skips isolation.
 * Throws RangeError when isolation or polishing fails (the caller turns it into a typed error).
 */
export function solveFlows(poly: FlowPoly, guess: number, mode: "all" | "nearest"): RootSearch {
  const conventional = signChanges(poly.floats ?? poly.c) === 1;
  // The fast refinement needs every coefficient exact in float64.
  const floats = poly.floats ?? poly.c.map(Number);
  const floatForm = floats.every((x) => Math.abs(x) < 2 ** 53) ? { c: floats, E: poly.E, m: poly.m } : undefined;
  if (conventional && floatForm !== undefined) {
    // Exactly one root (Descartes): the fast path proves its digits in most cases.
    const fast = solveConventional(floatForm);
    if (fast !== undefined) return { roots: [fast.root], iterations: fast.iterations, method: "newton-single-sign-change" };
  }
  const ff = new FloatFlows(poly);
  const [lo, hi] = rhoBounds(poly);
  const guessRho = Math.log1p(guess);
  const forms = { A: undefined as TPoly | undefined, B: undefined as TPoly | undefined };
  const formOf = (aForm: boolean): TPoly => (aForm ? (forms.A ??= tPoly(poly, true)) : (forms.B ??= tPoly(poly, false)));
  let iterations = 0;

  const finish = (rho: number, multiple: boolean): FoundRoot | undefined => {
    const fast = multiple || floatForm === undefined ? undefined : polishRoot(floatForm, rho);
    if (fast !== undefined) {
      iterations += 2;
      return fast;
    }
    const aForm = rho >= 0;
    const t0 = Math.exp((aForm ? -rho : rho) / poly.m);
    const p = formOf(aForm);
    const result = multiple ? (polishT(p, t0, 0) ?? polishMultiple(p, t0)) : polishT(p, t0, 0);
    if (result === undefined) return undefined;
    iterations += result.steps;
    return { rate: rateOf(result.T, aForm, poly.m), approx: Math.expm1(rho), multiplicity: result.multiplicity };
  };

  if (conventional) {
    // φ(0) = Σ f_i tells on which side of ρ = 0 it lies.
    ff.evalAt(0);
    const v0 = ff.v;
    const first = Math.sign(ff.f[0]!);
    let rho: number;
    if (v0 === 0) rho = 0;
    else {
      const [a, b] = Math.sign(v0) !== first ? [0, hi] : [lo, 0];
      const [x, it] = locate(ff, a, b, guessRho);
      iterations += it;
      rho = x;
    }
    const root = finish(rho, false);
    if (root === undefined) throw new RangeError("polishing did not converge");
    return { roots: [root], iterations, method: "newton-single-sign-change" };
  }

  const cells: Cell[] = [];
  const counter = { n: 0 };
  isolate(ff, lo, Math.min(0, hi), cells, counter);
  isolate(ff, Math.max(0, lo), hi, cells, counter);
  iterations += counter.n;
  // Locate each simple root in float first, so the choice of the nearest uses located roots. Cells
  // where the flows are zero within rounding are merged into groups, each tried as one root.
  const candidates: { rho: number; cluster: boolean }[] = [];
  const clusters = cells.filter((cell) => cell.cluster).sort((x, y) => x.lo - y.lo);
  for (const cell of cells) {
    if (cell.cluster) continue;
    const [x, it] = locate(ff, cell.lo, cell.hi, (cell.lo + cell.hi) / 2);
    iterations += it;
    candidates.push({ rho: x, cluster: false });
  }
  for (let i = 0; i < clusters.length; ) {
    let j = i;
    let hiEnd = clusters[i]!.hi;
    while (j + 1 < clusters.length && clusters[j + 1]!.lo <= hiEnd + 1e-9 * Math.max(1, Math.abs(hiEnd))) hiEnd = Math.max(hiEnd, clusters[++j]!.hi);
    candidates.push({ rho: (clusters[i]!.lo + hiEnd) / 2, cluster: true });
    i = j + 1;
  }
  let chosen = candidates;
  if (mode === "nearest" && candidates.length > 1) {
    const distance = (c: { rho: number }): number => Math.abs(Math.expm1(c.rho) - guess);
    chosen = [candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best))];
  }
  const roots: FoundRoot[] = [];
  for (const c of chosen) {
    const root = finish(c.rho, c.cluster);
    if (root !== undefined) roots.push(root);
    else if (!c.cluster) throw new RangeError("polishing did not converge");
  }
  roots.sort((x, y) => x.rate.comparedTo(y.rate));
  const unique = roots.filter((r, i) => i === 0 || !r.rate.minus(roots[i - 1]!.rate).abs().lte(r.rate.abs().plus(1).times("1e-25")));
  if (mode === "nearest" && unique.length === 0 && candidates.length > 1) {
    // The nearest candidate was a near miss, not a root: fall back to every root.
    return solveFlows(poly, guess, "all");
  }
  return { roots: unique, iterations, method: "isolation-newton" };
}

/** A cluster cell: a double (or higher) root if the flows vanish where their derivative does. */
function polishMultiple(p: TPoly, t0: number): { T: bigint; steps: number; multiplicity: number } | undefined {
  const dp = derivative(p);
  if (dp === undefined) return undefined;
  const inner = polishT(dp, t0, 1);
  if (inner === undefined) return undefined;
  const [, , a0] = floatDerivs(p, bigToFloat(inner.T, -P));
  const value = bigToFloat(fixedEval(p, inner.T), -P - p.bits);
  if (Math.abs(value) > 1e-28 * a0) return undefined;
  return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
}
