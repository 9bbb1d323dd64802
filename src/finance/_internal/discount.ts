/**
 * Exact discounting at a decimal rate: Σ v_i / (1+r)^(i+k) is a ratio of integers, computed by Horner's
 * rule in BigInt and rounded once to the Decimal precision.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { pow10, ratioToDec } from "./exact.js";
import type { ExactDecimal, ScaledSeries } from "./exact.js";

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
