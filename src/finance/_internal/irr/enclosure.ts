/**
 * Stages 2 and 3 of the conventional solver: from a float root x0, one Newton step with the value in
 * double-double, then one with the value in Fixed144 whose rounding error has a proved bound. With
 * bounds on P' and P'' near the point (Kantorovich's argument) this proves a root within a radius of
 * about 1e-40 of the result.
 */
import { ddGapPowers, SPLIT } from "./doubleDouble.js";
import { fixed144, fixed144AddNumber, fixed144FromNumber, fixed144GapPowers, fixed144Horner, fixed144Normalize, fixed144ToNumber, FIXED144_ULP } from "./fixed144.js";
import { EPS } from "./floats.js";
import type { HornerForm } from "./hornerForm.js";

/** A point x and a proved radius around it holding the root. */
export interface Enclosure {
  readonly x: number[];
  readonly radius: number;
}

/**
 * Stages 2 and 3: a double-double Newton step from x0, then a Fixed144 one whose error is bounded,
 * giving a proved enclosure of the root; `undefined` when the bounds do not close.
 */
export function enclose(form: HornerForm, x0: number): Enclosure | undefined {
  const { n, coef, ex, gapOf, gaps, sumAbs } = form;
  // Stage 2: P(x0) in double-double; x0·P'(x0), Σ|f e| x0^e and Σ|f| e(e-1) x0^e in float64. Gaps in
  // ascending order: a gap a few days above the last is that power times x0 a few times.
  const byGap = gaps.map((_, j) => j).sort((a, b) => gaps[a]! - gaps[b]!);
  const gapMax = gaps[byGap[byGap.length - 1]!]!;
  const ddPowers = ddGapPowers(x0, gaps, byGap);
  const { hi: uh, lo: ul, hiHigh: uhh, hiLow: uhl } = ddPowers;
  // One Horner pass for all four. The double-double step is written out here rather than called from
  // doubleDouble.ts: a call per step, or a second pass for the float sums, costs about 3 % of an xirr.
  let hh = coef[0]!;
  let hl = 0;
  let d1 = hh * ex[0]!;
  let s1 = Math.abs(d1);
  let s2 = s1 * (ex[0]! - 1);
  for (let k = 1; k < n; k++) {
    const j = gapOf[k]!;
    const bh = uh[j]!;
    // (hh + hl)·(bh + bl): Dekker's product of the heads (bh split beforehand), then the cross terms.
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
    const ce = c * ex[k]!;
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

  // Stage 3: P(x1) in Fixed144, the powers of x1 low by < 1.001·(gap − 1) ULP each.
  const h = fixed144Horner(coef, gapOf, fixed144GapPowers(x1, gaps, byGap));
  const value = fixed144ToNumber(h, fixed144());
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
