/**
 * Exact discounting at a decimal rate: Σ v_i / (1+r)^(i+k) is a ratio of integers, computed by Horner's
 * rule in BigInt and rounded once to the Decimal precision.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { pow10, ratioToDec } from "./exact.js";
import type { ExactDecimal, ScaledSeries } from "./exact.js";

/** Rates with at most 7 decimals (1 + rate = q / A with q, A below 2^26) take the paired loop. */
const SMALL = 1n << 26n;
const FLOAT_EXACT = 1n << 53n;

/** Σ_i v_i / (1+rate)^(i + offset), correctly rounded. `rate` must be > -1. */
export function discountExact(rate: ExactDecimal, series: ScaledSeries, offset: 0 | 1): Decimal {
  // 1 + rate = q / A with integers q > 0 and A = 10^k.
  const k = Math.max(0, -rate.e);
  const A = pow10(k);
  const q = A + (rate.e >= 0 ? rate.c * pow10(rate.e) : rate.c);
  const { c } = series;
  const n = c.length;
  // H = Σ c_i A^i q^(n-1-i)
  let h = 0n;
  if (k === 0) {
    for (let i = 0; i < n; i++) h = h * q + c[i]!;
  } else if (q < SMALL && A < SMALL) {
    // Two terms per step: h·q² + A^i·(c_i·q + c_{i+1}·A), the bracket in float64 when it is exact.
    const qf = Number(q);
    const af = Number(A);
    // |x|·q + |y|·A < 2^53 when |x|, |y| < lim: then the bracket is exact in float64.
    const lim = FLOAT_EXACT / (q + A);
    const q2 = q * q;
    const a2 = A * A;
    let ap = 1n;
    let i = 0;
    if (n % 2 === 1) {
      h = c[0]!;
      ap = A;
      i = 1;
    }
    for (; i < n; i += 2) {
      const x = c[i]!;
      const y = c[i + 1]!;
      const pair = x > -lim && x < lim && y > -lim && y < lim ? BigInt(Number(x) * qf + Number(y) * af) : x * q + y * A;
      h = h * q2 + pair * ap;
      ap *= a2;
    }
  } else {
    let ap = 1n;
    for (let i = 0; i < n; i++) {
      h = h * q + c[i]! * ap;
      ap *= A;
    }
  }
  const numerator = offset === 1 ? h * A : h;
  const denominator = q ** BigInt(n - 1 + offset) * pow10(series.scale);
  return ratioToDec(numerator, denominator);
}
