/**
 * Exact present values of several cash-flow series at one rate, sharing their work: finance's `npv` (first
 * flow at t = 0) to the last digit, several times faster over a long horizon.
 *
 * With 1 + rate = q / A (A = 10^places), Σ f_t / (1 + rate)^t = Σ f_t A^t q^(n−1−t) / q^(n−1): a ratio of
 * integers, rounded once to 40 digits as `npv` rounds it. `npv` builds the numerator by Horner's rule,
 * one step per period on an integer that grows to tens of thousands of digits (a 40-digit monthly rate
 * over 1200 months: about 0.1 s a series, six series an evaluation). Here it is split in halves, each
 * half's sum scaled by a power of q or A and added: the large multiplications are few and balanced, and
 * the powers (O(log n) of them) are computed once for all the series.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { npvAtZero } from "./finance.js";

/** `npv`'s own limit: beyond this many digits in (1 + rate)^periods it sums another way, so these are left to it. */
const MAX_EXACT_DIGITS = 100_000;
/** Flows beyond this many digits on their common scale (hundreds of orders of magnitude apart) are left to `npv`, which refuses some. */
const MAX_FLOW_DIGITS = 1000;
/** Below this many periods a plain Horner loop is as fast. */
const LEAF = 32;
/** Present values of 1e308 or more are left to `npv`, which throws FINANCE_OUT_OF_RANGE for them. */
const SPREADSHEET_LIMIT = new Dec("1e308");

/** A Decimal as an integer over 10^places, exactly. */
function scaledInteger(value: Decimal, places: number): bigint {
  const [whole = "0", fraction = ""] = value.toFixed().split(".");
  return BigInt(whole + fraction.padEnd(places, "0"));
}

/** NPVs of each series (all of one length) at `rate`, first flow at t = 0: each equals `npvAtZero(rate, series)`. */
export function presentValues(rate: Decimal, series: readonly (readonly Decimal[])[]): Decimal[] {
  const n = series[0]?.length ?? 0;
  const places = rate.decimalPlaces();
  const c = scaledInteger(rate, places);
  const digits = (c < 0n ? -c : c).toString().length;
  if (n === 0 || (n - 1) * (places > 0 ? Math.max(places, digits) + 1 : digits) > MAX_EXACT_DIGITS) return series.map((flows) => npvAtZero(rate, flows));
  const A = 10n ** BigInt(places);
  const q = A + c;
  const powers = new Map<string, bigint>();
  const power = (base: bigint, name: string, e: number): bigint => {
    const key = `${name}${e}`;
    let value = powers.get(key);
    if (value === undefined) {
      value = base ** BigInt(e);
      powers.set(key, value);
    }
    return value;
  };
  const denominator = power(q, "q", n - 1);
  return series.map((flows) => {
    const scale = Math.max(0, ...flows.map((flow) => flow.decimalPlaces()));
    const ints = flows.map((flow) => scaledInteger(flow, scale));
    if (ints.some((x) => x.toString().length > MAX_FLOW_DIGITS)) return npvAtZero(rate, flows);
    // Σ ints[t] A^(t−lo) q^(hi−1−t) over lo ≤ t < hi.
    const sum = (lo: number, hi: number): bigint => {
      if (hi - lo <= LEAF) {
        let h = 0n;
        let a = 1n;
        for (let t = lo; t < hi; t++) {
          h = h * q + (ints[t] as bigint) * a;
          a *= A;
        }
        return h;
      }
      const mid = (lo + hi) >> 1;
      return sum(lo, mid) * power(q, "q", hi - mid) + power(A, "A", mid - lo) * sum(mid, hi);
    };
    const value = roundedRatio(sum(0, n), denominator * 10n ** BigInt(scale));
    return value.abs().gte(SPREADSHEET_LIMIT) ? npvAtZero(rate, flows) : value;
  });
}

/**
 * n / d rounded half-up to the Decimal precision: the quotient is truncated at 48 or more significant
 * digits first, which cannot change a half-up rounding to 40 (so it agrees with `npv`'s rounding).
 */
function roundedRatio(n: bigint, d: bigint): Decimal {
  if (n === 0n) return new Dec(0);
  const abs = n < 0n ? -n : n;
  const bits = (x: bigint): number => x.toString(16).length * 4;
  const k = Math.max(0, Math.ceil((bits(d) - bits(abs) + 4) * 0.30103) + 48);
  return new Dec(`${n < 0n ? "-" : ""}${(abs * 10n ** BigInt(k)) / d}e-${k}`).toSignificantDigits(Dec.precision, Dec.ROUND_HALF_UP);
}
