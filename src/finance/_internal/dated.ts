/** Discounting dated flows in Decimal: Σ v_i · w^(E_i) with w = (1 + r)^(-1/m), one fractional power only. */
import { Dec, toDec } from "../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../numeric/decimal.js";

/** Σ values[i] / (1 + rate)^(E[i] / m), by Horner's rule over the sorted exponents. */
export function discountDated(rate: Decimal, values: readonly Numeric[], E: readonly number[], m: number): Decimal {
  const w = rate.plus(1).pow(new Dec(-1).div(m));
  const order = E.map((_, i) => i).sort((a, b) => E[b]! - E[a]!);
  const powers = new Map<number, Decimal>();
  let h = new Dec(0);
  let last = E[order[0]!]!;
  for (const i of order) {
    const gap = last - E[i]!;
    if (gap > 0) {
      let wg = powers.get(gap);
      if (wg === undefined) {
        wg = w.pow(gap);
        powers.set(gap, wg);
      }
      h = h.times(wg);
    }
    h = h.plus(toDec(values[i]!));
    last = E[i]!;
  }
  return last === 0 ? h : h.times(w.pow(last));
}
