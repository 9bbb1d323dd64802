/**
 * The flows of a FlowPoly in float64 as a function of ρ = ln(1+r), where each half-line is bounded: for
 * ρ ≥ 0 they are Σ f_i e^(-ρτ_i) ("A form"), for ρ < 0 they are multiplied by e^(ρτ_max) ("B form"), so
 * no term exceeds |f_i| and float64 never overflows. Evaluations fill the value, its derivative and
 * the sums that bound their rounding errors.
 */
import { DistinctIndex, EPS, filled, maxBits, scaledFloats } from "./floats.js";
import type { FlowPoly } from "./polynomial.js";

/** Float view of a FlowPoly, normalised so the largest |f_i| is about 1. */
export class FloatFlows {
  readonly n: number;
  readonly f: number[];
  readonly tau: number[];
  /** Index of each gap τ_{i+1} - τ_i in `gaps`. */
  readonly gapOf: number[];
  readonly gaps: number[];
  readonly bits: number;
  private readonly pow: number[];
  private split: { pos: number[]; neg: number[] } | undefined;
  // Horner accumulators of the last evaluation: value, derivative in ρ, and bounds. NaN until the first
  // one, and a double from the start: a field that starts as a small integer and later holds doubles
  // changes the object's shape, and the evaluations compiled for the old shape are thrown away.
  v = Number.NaN;
  d1 = Number.NaN;
  a0 = Number.NaN;
  a1 = Number.NaN;
  a2 = Number.NaN;

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
    const gaps = new DistinctIndex();
    // Its own allocation site (not `filled`), so V8 keeps the gap indices small integers.
    const gapOf = new Array<number>(Math.max(0, n - 1)).fill(0);
    for (let i = 0; i + 1 < n; i++) gapOf[i] = gaps.indexOf(poly.E[i + 1]! - poly.E[i]!);
    this.gapOf = gapOf;
    // Filled, not mapped: a mapped array of whole gaps (irr's) would hold small integers and a dated
    // one doubles, two shapes for one field.
    this.gaps = filled(gaps.values.length);
    for (let k = 0; k < gaps.values.length; k++) this.gaps[k] = gaps.values[k]! / poly.m;
    this.pow = filled(this.gaps.length);
  }

  /**
   * Evaluates at ρ (A form for ρ ≥ 0, B form below), filling the accumulators. The two forms are
   * written out apart: this is isolation's inner loop, and one loop choosing the form at every step
   * (as logRatioAt does) or reordered copies of the flows made per search cost irr about 4 % on
   * series with several sign changes.
   */
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
   * The ratio is the same in both forms; A form for ρ ≥ 0, B form below, so no term overflows. Like
   * evalAt, the two forms are written out apart, and the parts are summed from their own arrays
   * rather than by the sign of each flow (mixed signs made that branch a guess at every step).
   */
  logRatioAt(rho: number): void {
    const { n, tau, gapOf, gaps, pow } = this;
    const { pos, neg } = this.parts();
    let p0: number;
    let p1: number;
    let n0: number;
    let n1: number;
    if (rho >= 0) {
      // From the last flow down, weighted by τ_i.
      for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp(-rho * gaps[k]!);
      const t = tau[n - 1]!;
      p0 = pos[n - 1]!;
      n0 = neg[n - 1]!;
      p1 = p0 * t;
      n1 = n0 * t;
      for (let i = n - 2; i >= 0; i--) {
        const u = pow[gapOf[i]!]!;
        const fp = pos[i]!;
        const fn = neg[i]!;
        const ti = tau[i]!;
        p0 = p0 * u + fp;
        p1 = p1 * u + fp * ti;
        n0 = n0 * u + fn;
        n1 = n1 * u + fn * ti;
      }
    } else {
      // From the first flow up, weighted by τ_max − τ_i.
      for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp(rho * gaps[k]!);
      const top = tau[n - 1]!;
      p0 = pos[0]!;
      n0 = neg[0]!;
      p1 = p0 * top;
      n1 = n0 * top;
      for (let i = 1; i < n; i++) {
        const u = pow[gapOf[i - 1]!]!;
        const fp = pos[i]!;
        const fn = neg[i]!;
        const si = top - tau[i]!;
        p0 = p0 * u + fp;
        p1 = p1 * u + fp * si;
        n0 = n0 * u + fn;
        n1 = n1 * u + fn * si;
      }
    }
    this.v = Math.log(p0 / n0);
    // d ln P/dρ is −P1/P in the A form (terms e^(−ρτ)) and +P1/P in the B form (e^(ρ(τ_max − τ))).
    const d = p1 / p0 - n1 / n0;
    this.d1 = rho >= 0 ? -d : d;
  }

  /** The positive flows and the negated negative ones, zero elsewhere (made on the first Newton step). */
  private parts(): { pos: number[]; neg: number[] } {
    if (this.split === undefined) {
      const pos = filled(this.n);
      const neg = filled(this.n);
      for (let i = 0; i < this.n; i++) {
        const fi = this.f[i]!;
        if (fi > 0) pos[i] = fi;
        else neg[i] = -fi;
      }
      this.split = { pos, neg };
    }
    return this.split;
  }

  /** Rounding-error bound of the last evaluated value, scaled by `k` for its derivatives. */
  err(abs: number): number {
    return (2 * this.n + 16) * EPS * abs;
  }
}
