/**
 * Every real root above -1 of a discounted-flow equation Σ c_i (1+r)^(-E_i/m) = 0.
 *
 * IRR (E_i = i, m = 1) and XIRR (E_i = day counts, m = days per year) share this solver. It works in
 * ρ = ln(1+r), where each half-line is bounded: for ρ ≥ 0 the flows are Σ f_i e^(-ρτ_i) ("A form"), for
 * ρ < 0 they are multiplied by e^(ρτ_max) ("B form"), so no term exceeds |f_i| and float64 never
 * overflows. Roots are isolated in float64 (Descartes' rule of signs for the count, then cells that are
 * either excluded by a derivative bound, or proved monotone with a sign change), located by safeguarded
 * Newton, then polished by Newton steps in which the equation is evaluated exactly in Fixed256
 * (fixed256.ts) at the float root, and the rate is formed in Decimal.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { polishRoot, solveConventional } from "./conventional.js";
import { absBig, bitLength, ratioToDec } from "./exact.js";
import { FIXED256_BITS, FIXED256_ONE, FIXED256_SHIFT, fixed256Eval, fixed256Pow } from "./fixed256.js";

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
  readonly method: "newton-single-sign-change" | "isolation-newton" | "exact-isolation";
  /** True when float64 found places where the flows vanish within rounding (roots it cannot separate). */
  readonly clustered?: boolean;
}

const EPS = 2 ** -52;
const P = FIXED256_BITS;
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
function scaledFloats(c: readonly bigint[], bits: number): number[] {
  const out = filled(c.length);
  if (bits < 1000) {
    const scale = 2 ** -bits;
    for (let i = 0; i < c.length; i++) out[i] = Number(c[i]!) * scale;
  } else {
    for (let i = 0; i < c.length; i++) out[i] = bigToFloat(c[i]!, -bits);
  }
  return out;
}

/**
 * A zero-filled array of n numbers. Plain arrays: typed arrays of this size (tens to hundreds of
 * elements) get a separate backing store, several times slower to make and collect.
 */
function filled(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** The largest bit length in a list. */
function maxBits(c: readonly bigint[]): number {
  let bits = 0;
  for (const x of c) bits = Math.max(bits, bitLength(x));
  return bits;
}

/** ln |x| for a BigInt of any size. */
function lnAbs(x: bigint): number {
  const abs = absBig(x);
  const s = Math.max(0, bitLength(abs) - 64);
  return Math.log(Number(abs >> BigInt(s))) + s * Math.LN2;
}

/** Float view of a FlowPoly, normalised so the largest |f_i| is about 1. */
class FloatFlows {
  readonly n: number;
  readonly f: number[];
  readonly tau: number[];
  /** Index of each gap τ_{i+1} - τ_i in `gaps`. */
  readonly gapOf: number[];
  readonly gaps: number[];
  readonly unitGaps: boolean;
  readonly bits: number;
  private readonly pow: number[];
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
      const f = filled(n);
      const scale = 2 ** -this.bits;
      for (let i = 0; i < n; i++) f[i] = floats[i]! * scale;
      this.f = f;
    }
    this.tau = filled(n);
    for (let i = 0; i < n; i++) this.tau[i] = poly.E[i]! / poly.m;
    // Few distinct gaps (dated flows: 28 to 31 days) are found by a scan; a Map takes over beyond 16.
    const days: number[] = [];
    let index: Map<number, number> | undefined;
    const gaps: number[] = [];
    this.gapOf = filled(Math.max(0, n - 1));
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
    this.gaps = gaps;
    this.unitGaps = gaps.length === 1 && poly.m === 1 && gaps[0] === 1;
    this.pow = filled(gaps.length);
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

  /**
   * For Newton steps: ln(P/N) of the positive and negative parts of the flows, which has the sign of the
   * flows but is nearly straight in ρ (so Newton settles in a few steps from afar), and its derivative.
   * The ratio is the same in both forms; A form for ρ ≥ 0, B form below, so no term overflows.
   */
  logRatioAt(rho: number): void {
    const { n, f, tau, gapOf, gaps, pow } = this;
    const aForm = rho >= 0;
    for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp((aForm ? -rho : rho) * gaps[k]!);
    const top = tau[n - 1]!;
    let p0 = 0;
    let p1 = 0;
    let n0 = 0;
    let n1 = 0;
    for (let j = 0; j < n; j++) {
      // A form: from the last flow down, weighted by τ_i; B form: from the first up, by τ_max − τ_i.
      const i = aForm ? n - 1 - j : j;
      if (j > 0) {
        const u = pow[gapOf[aForm ? i : i - 1]!]!;
        p0 *= u;
        p1 *= u;
        n0 *= u;
        n1 *= u;
      }
      const fi = f[i]!;
      const w = aForm ? tau[i]! : top - tau[i]!;
      if (fi > 0) {
        p0 += fi;
        p1 += fi * w;
      } else {
        n0 -= fi;
        n1 -= fi * w;
      }
    }
    this.v = Math.log(p0 / n0);
    // d ln P/dρ is −P1/P in the A form (terms e^(−ρτ)) and +P1/P in the B form (e^(ρ(τ_max − τ))).
    const d = p1 / p0 - n1 / n0;
    this.d1 = aForm ? -d : d;
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
  // ln |c_i| and ln Σ|c_i| over a range: float64 integers need no logarithm per flow, BigInts of any
  // size go by the log-sum-exp of their logarithms.
  let lnAt: (i: number) => number;
  let lse: (from: number, to: number) => number;
  if (floats !== undefined) {
    lnAt = (i) => Math.log(Math.abs(floats[i]!));
    lse = (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.abs(floats[i]!);
      return Math.log(sum);
    };
  } else {
    const logs = poly.c.map(lnAbs);
    lnAt = (i) => logs[i]!;
    lse = (from, to) => {
      let max = -Infinity;
      for (let i = from; i < to; i++) max = Math.max(max, logs[i]!);
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.exp(logs[i]! - max);
      return max + Math.log(sum);
    };
  }
  const hi = Math.max(0, (lse(1, n) - lnAt(0)) / (E[1]! / m));
  const lo = Math.min(0, -(lse(0, n - 1) - lnAt(n - 1)) / ((E[n - 1]! - E[n - 2]!) / m));
  return [lo * 1.001 - 1e-9, hi * 1.001 + 1e-9];
}

/**
 * Laguerre's rule of signs: the roots with r > 0 (t = (1 + r)^(-1/m) in (0, 1)), counted with
 * multiplicity, are at most the sign changes of the partial sums c_0, c_0 + c_1, … in ascending time,
 * and have their parity; those with r < 0 likewise with the sums from the last flow back. `undefined`
 * when Σ c = 0 (a root at r = 0) or float sums could be inexact.
 */
export function laguerreBounds(poly: FlowPoly): { above: number; below: number; sign: number } | undefined {
  const floats = poly.floats;
  let exact = floats !== undefined;
  if (floats !== undefined) {
    // Sums of integers below 2^53 in total are exact in float64.
    let total = 0;
    for (const x of floats) total += Math.abs(x);
    exact = total < 2 ** 53;
  }
  const c = exact ? floats! : poly.c;
  // Running sums from the first flow and from the last (all numbers or all BigInts: `+` keeps to one kind).
  const n = c.length;
  const fromFirst = new Array<number>(n);
  const fromLast = new Array<number>(n);
  let first = (typeof c[0] === "bigint" ? 0n : 0) as number;
  let last = first;
  for (let k = 0; k < n; k++) {
    first += c[k] as number;
    last += c[n - 1 - k] as number;
    fromFirst[k] = first;
    fromLast[k] = last;
  }
  // Σ c = 0: r = 0 is itself a root.
  const sign = first > 0 ? 1 : first < 0 ? -1 : 0;
  if (sign === 0) return undefined;
  return { above: signChanges(fromFirst), below: signChanges(fromLast), sign };
}

/** Splits [lo, hi] (on one side of 0) into cells with exactly one simple root, or unresolved clusters. */
function isolate(ff: FloatFlows, lo: number, hi: number, out: Cell[], counter: { n: number; unresolved: boolean }): void {
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
      // Too narrow to split further in float64. Clear endpoints of one sign: no root float64 can resolve
      // (a double root, or two roots closer than this, would hide here: the caller is told); otherwise a
      // possible root, maybe multiple.
      if (!(aClear && bClear && sa === sb)) out.push({ lo: a.rho, hi: b.rho, cluster: true });
      else counter.unresolved = true;
      continue;
    }
    const mid = sample(ff, a.rho + h / 2);
    stack.push([mid, b], [a, mid]);
  }
}

/**
 * Safeguarded Newton on ln(P/N) (the sign of φ(ρ)) inside a bracket with a sign change (`signLo` at `lo`, when known), from
 * `start` if it lies in the bracket; returns ρ and the iterations used. It stops once a Newton step is
 * below 1e-6·|ρ|: the error left, about the square of that, is far below what polishing needs.
 */
function locate(ff: FloatFlows, lo: number, hi: number, start: number, signLo?: number): [number, number] {
  let sLo = signLo;
  if (sLo === undefined) {
    ff.logRatioAt(lo);
    sLo = Math.sign(ff.v);
  }
  let a = lo;
  let b = hi;
  let x = start >= lo && start <= hi ? start : (lo + hi) / 2;
  let it = 0;
  for (; it < 200; it++) {
    ff.logRatioAt(x);
    const v = ff.v;
    if (v === 0) return [x, it + 1];
    if (Math.sign(v) === sLo) a = x;
    else b = x;
    let next = x - v / ff.d1;
    const newton = next > a && next < b;
    if (!newton) next = (a + b) / 2;
    const step = Math.abs(next - x);
    x = next;
    if ((newton && step <= 1e-6 * Math.abs(x)) || step <= 4 * EPS * Math.abs(x) + 1e-300) return [x, it + 1];
    if (b - a <= 4 * EPS * Math.max(Math.abs(a), Math.abs(b))) return [x, it + 1];
  }
  return [x, it];
}

/** Polynomial in t = e^(-ρ/m) (A form) or y = e^(ρ/m) (B form), exponents descending, for Horner. */
interface TPoly {
  readonly c: readonly bigint[];
  /** c_k · 2^256, the Fixed256 form Horner adds. */
  readonly cP: readonly bigint[];
  readonly e: readonly number[];
  readonly f: readonly number[];
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
  return { c, cP: c.map((x) => x << FIXED256_SHIFT), e, f: scaledFloats(c, bits), bits };
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
  // Terms below 2^-120 keep fewer than 136 bits in Fixed256: too few to vouch for 32 digits.
  if (!(a0 > 2 ** -120)) return undefined;
  const errD = (2 * p.f.length + 16) * EPS * a1;
  if (Math.abs(d1) <= 1e3 * errD && depth < 8) {
    // A multiple root: polish the simple root of the derivative, then check the flows vanish there.
    const dp = derivative(p);
    if (dp === undefined) return undefined;
    const inner = polishT(dp, t0, depth + 1);
    if (inner === undefined) return undefined;
    const value = bigToFloat(fixed256Eval(p, inner.T), -P - p.bits);
    if (Math.abs(value) > 1e-28 * Math.max(a0, Number.MIN_VALUE)) return undefined;
    return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
  }
  for (let step = 1; step <= 12; step++) {
    const h = fixed256Eval(p, T);
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
  // t^m in Fixed256 (relative error about m·2^-256) then one correctly rounded division, unless t^m
  // is so small that Fixed256 loses digits (rates in the thousands of percent): then in Decimal.
  const Tm = m === 1 ? T : fixed256Pow(T, m);
  let growth: Decimal;
  if (bitLength(Tm) > P - 64) growth = aForm ? ratioToDec(FIXED256_ONE, Tm) : ratioToDec(Tm, FIXED256_ONE);
  else {
    const t = ratioToDec(T, FIXED256_ONE);
    growth = aForm ? t.pow(-m) : t.pow(m);
  }
  return rateFromGrowth(growth);
}

/**
 * The rate for a growth factor 1 + r good to about 1e-34 relative: 32 significant digits of 1 + r, so
 * exact roots such as 0.1 print as 0.1 (and a rate in the 1e40s keeps no noise in its last digits).
 */
export function rateFromGrowth(growth: Decimal): Decimal {
  return growth.e > 31 ? growth.toSignificantDigits(32).minus(1) : growth.minus(1).toDecimalPlaces(31 - growth.e);
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
  const counter = { n: 0, unresolved: false };
  // A side whose Laguerre bound is 0 holds no root and one whose bound is 1 exactly one simple root,
  // bracketed by r = 0 and the dominance bound: only sides with a larger bound need isolating.
  // The bracket's end at ρ = 0 must have a sign float64 can see (flows beyond 2^53, or flows that
  // nearly cancel, may not): otherwise the side is isolated like any other.
  ff.evalAt(0);
  const bound = Math.abs(ff.v) > ff.err(ff.a0) ? laguerreBounds(poly) : undefined;
  const bracketed: Cell[] = [];
  if (bound === undefined || bound.below > 1) isolate(ff, lo, Math.min(0, hi), cells, counter);
  else if (bound.below === 1) bracketed.push({ lo, hi: 0, cluster: false });
  if (bound === undefined || bound.above > 1) isolate(ff, Math.max(0, lo), hi, cells, counter);
  else if (bound.above === 1) bracketed.push({ lo: 0, hi, cluster: false });
  // φ(0) = Σ c has the sign `bound.sign`; a bracket with one root has the other sign at its far end.
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
  for (const cell of bracketed) {
    // A bracket as wide as a half-line: start from the guess when it lies inside, else from ρ = 0.
    const below = cell.hi === 0;
    const start = guessRho >= cell.lo && guessRho <= cell.hi ? guessRho : 0;
    const [x, it] = locate(ff, cell.lo, cell.hi, start, below ? -bound!.sign : bound!.sign);
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
    // Float roots can misjudge a near tie: every candidate about as near as the nearest is polished, and
    // the caller chooses among their exact rates.
    const distance = (c: { rho: number }): number => Math.abs(Math.expm1(c.rho) - guess);
    const nearest = Math.min(...candidates.map(distance));
    chosen = candidates.filter((c) => distance(c) <= nearest + 1e-9 * (1 + nearest));
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
  return { roots: unique, iterations, method: "isolation-newton", clustered: clusters.length > 0 || counter.unresolved };
}

/** A cluster cell: a double (or higher) root if the flows vanish where their derivative does. */
function polishMultiple(p: TPoly, t0: number): { T: bigint; steps: number; multiplicity: number } | undefined {
  const dp = derivative(p);
  if (dp === undefined) return undefined;
  const inner = polishT(dp, t0, 1);
  if (inner === undefined) return undefined;
  const [, , a0] = floatDerivs(p, bigToFloat(inner.T, -P));
  const value = bigToFloat(fixed256Eval(p, inner.T), -P - p.bits);
  if (Math.abs(value) > 1e-28 * a0) return undefined;
  return { T: inner.T, steps: inner.steps + 1, multiplicity: inner.multiplicity + 1 };
}
