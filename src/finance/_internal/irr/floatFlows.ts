/**
 * The flows of a FlowPoly in float64 as a function of ρ = ln(1+r), where each half-line is bounded: for
 * ρ ≥ 0 they are Σ f_i e^(-ρτ_i) ("A form"), for ρ < 0 they are multiplied by e^(ρτ_max) ("B form"), so
 * no term exceeds |f_i| and float64 never overflows. Evaluations fill the value, its derivative and
 * the sums that bound their rounding errors.
 */
import { EPS, filled, maxBits, scaledFloats } from "./floats.js";
import type { FlowPoly } from "./polynomial.js";

/** The flows in the order one form's Horner rule takes them. */
interface HornerOrder {
  /** Scaled flows: from the last to the first (A form) or from the first to the last (B form). */
  readonly f: number[];
  /** The weight of each, its exponent in ρ: τ_i (A form) or τ_max − τ_i (B form). */
  readonly w: number[];
  /** Index in `gaps` of the gap between flow j − 1 and flow j of this order (j ≥ 1). */
  readonly gap: number[];
}

/** Float view of a FlowPoly, normalised so the largest |f_i| is about 1. */
export class FloatFlows {
  readonly n: number;
  /** The scaled flows in time order. */
  readonly f: number[];
  private readonly gaps: number[];
  private readonly aOrder: HornerOrder;
  private readonly bOrder: HornerOrder;
  private readonly pow: number[];
  // Horner accumulators of the last evaluation: value, derivative in ρ, and bounds.
  v = 0;
  d1 = 0;
  a0 = 0;
  a1 = 0;
  a2 = 0;

  constructor(poly: FlowPoly) {
    const floats = poly.floats;
    const n = floats === undefined ? poly.c.length : floats.length;
    this.n = n;
    if (floats === undefined) {
      this.f = scaledFloats(poly.c, maxBits(poly.c));
    } else {
      let max = 0;
      for (const x of floats) max = Math.max(max, Math.abs(x));
      // Bit length of the largest |c|: exact in float64 below 2^53.
      let bits = max === 0 ? 0 : Math.floor(Math.log2(max)) + 1;
      if (2 ** bits <= max) bits++;
      const f = filled(n);
      const scale = 2 ** -bits;
      for (let i = 0; i < n; i++) f[i] = floats[i]! * scale;
      this.f = f;
    }
    const tau = filled(n);
    for (let i = 0; i < n; i++) tau[i] = poly.E[i]! / poly.m;
    // Few distinct gaps (dated flows: 28 to 31 days) are found by a scan; a Map takes over beyond 16.
    const days: number[] = [];
    let index: Map<number, number> | undefined;
    const gaps: number[] = [];
    // The index in `gaps` of each gap τ_{i+1} − τ_i.
    const gapOf = filled(Math.max(0, n - 1));
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
      gapOf[i] = k;
    }
    this.gaps = gaps;
    this.pow = filled(gaps.length);
    const top = tau[n - 1]!;
    this.aOrder = { f: filled(n), w: filled(n), gap: filled(n) };
    this.bOrder = { f: filled(n), w: filled(n), gap: filled(n) };
    for (let j = 0; j < n; j++) {
      const i = n - 1 - j;
      this.aOrder.f[j] = this.f[i]!;
      this.aOrder.w[j] = tau[i]!;
      this.bOrder.f[j] = this.f[j]!;
      this.bOrder.w[j] = top - tau[j]!;
      if (j > 0) {
        this.aOrder.gap[j] = gapOf[i]!;
        this.bOrder.gap[j] = gapOf[j - 1]!;
      }
    }
  }

  /** The Horner order of the form for ρ (A for ρ ≥ 0, B below), with `pow` set to e^(∓ρ·gap) per gap. */
  private orderAt(rho: number): HornerOrder {
    const aForm = rho >= 0;
    const { gaps, pow } = this;
    for (let k = 0; k < gaps.length; k++) pow[k] = Math.exp((aForm ? -rho : rho) * gaps[k]!);
    return aForm ? this.aOrder : this.bOrder;
  }

  /** Evaluates at ρ (A form for ρ ≥ 0, B form below), filling the accumulators. */
  evalAt(rho: number): void {
    const { f, w, gap } = this.orderAt(rho);
    const { n, pow } = this;
    let s0 = f[0]!;
    const w0 = w[0]!;
    let s1 = s0 * w0;
    let b0 = Math.abs(s0);
    let b1 = b0 * w0;
    let b2 = b1 * w0;
    for (let j = 1; j < n; j++) {
      const u = pow[gap[j]!]!;
      const fj = f[j]!;
      const wj = w[j]!;
      const aj = Math.abs(fj);
      s0 = s0 * u + fj;
      s1 = s1 * u + fj * wj;
      b0 = b0 * u + aj;
      b1 = b1 * u + aj * wj;
      b2 = b2 * u + aj * wj * wj;
    }
    this.v = s0;
    // The A form's terms are e^(−ρτ), the B form's e^(ρ(τ_max − τ)).
    this.d1 = rho >= 0 ? -s1 : s1;
    this.a0 = b0;
    this.a1 = b1;
    this.a2 = b2;
  }

  /**
   * For Newton steps: ln(P/N) of the positive and negative parts of the flows, which has the sign of the
   * flows but is nearly straight in ρ (so Newton settles in a few steps from afar), and its derivative.
   * The ratio is the same in both forms; A form for ρ ≥ 0, B form below, so no term overflows.
   */
  logRatioAt(rho: number): void {
    const { f, w, gap } = this.orderAt(rho);
    const { n, pow } = this;
    let p0 = 0;
    let p1 = 0;
    let n0 = 0;
    let n1 = 0;
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        const u = pow[gap[j]!]!;
        p0 *= u;
        p1 *= u;
        n0 *= u;
        n1 *= u;
      }
      const fj = f[j]!;
      if (fj > 0) {
        p0 += fj;
        p1 += fj * w[j]!;
      } else {
        n0 -= fj;
        n1 -= fj * w[j]!;
      }
    }
    this.v = Math.log(p0 / n0);
    // d ln P/dρ is −P1/P in the A form (terms e^(−ρτ)) and +P1/P in the B form (e^(ρ(τ_max − τ))).
    const d = p1 / p0 - n1 / n0;
    this.d1 = rho >= 0 ? -d : d;
  }

  /** Rounding-error bound of the last evaluated value, scaled by `k` for its derivatives. */
  err(abs: number): number {
    return (2 * this.n + 16) * EPS * abs;
  }
}
