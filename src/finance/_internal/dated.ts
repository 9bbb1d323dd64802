/**
 * Discounting dated flows: Σ v_i · w^(E_i) with w = (1 + r)^(-1/m). First in Fixed256 (fixed256.ts: w by
 * Newton's method on q·w^m = A, then Horner's rule with one power per distinct gap), with a proved error
 * below 1e-60 of Σ|v_i|·w^(E_i), then rounded once to the Decimal precision; for inputs beyond its reach
 * (rates or values outside float64 range, values spread over 400 orders of magnitude) in 80-digit
 * Decimal (one fractional power, then integer powers).
 */
import { Dec, toDec } from "../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../numeric/decimal.js";
import { absBig, exactOf, pow10, ratioToDec, scaleSeries } from "./exact.js";
import { FIXED256_ONE, FIXED256_SHIFT, fixed256Eval, fixed256Pow } from "./fixed256.js";

/** Newton stops at a step of at most SETTLE units of 2^-256. */
const SETTLE = 8n;

/** Σ values[i] / (1 + rate)^(E[i] / m). */
export function discountDated(rate: Decimal, values: readonly Numeric[], E: readonly number[], m: number): Decimal {
  return discountFixed256(rate, values, E, m) ?? discountDecimal(rate, values, E, m);
}

/** Exponents in descending order (ties keep input order) and the indices they came from. */
function descending(E: readonly number[]): number[] {
  return E.map((_, i) => i).sort((a, b) => E[b]! - E[a]! || a - b);
}

/** 80 digits inside the Decimal path (a clone of Dec): powers of w up to millions amplify its rounding error. */
const Wide = Dec.clone({ precision: 80 });

/** In Decimal (80 digits, then rounded once), by Horner's rule over the sorted exponents. */
function discountDecimal(rate: Decimal, values: readonly Numeric[], E: readonly number[], m: number): Decimal {
  const w = new Wide(rate.toString()).plus(1).pow(new Wide(-1).div(m));
  const order = descending(E);
  const powers = new Map<number, InstanceType<typeof Wide>>();
  let h = new Wide(0);
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
    h = h.plus(toDec(values[i]!).toString());
    last = E[i]!;
  }
  return new Dec((last === 0 ? h : h.times(w.pow(last))).toString()).toSignificantDigits(Dec.precision);
}

/** Bound on the truncation of a power x^k by binary powering, in units (relative units above 1): k per product. */
const powerSlack = (k: number): number => 2 * Math.ceil(Math.log2(k + 1)) * k;

/**
 * In Fixed256, or `undefined` when it cannot vouch for the result (a rate or values outside float64
 * range, w not settling, powers of w too far from 1): the Decimal path then answers.
 */
function discountFixed256(rate: Decimal, values: readonly Numeric[], E: readonly number[], m: number): Decimal | undefined {
  const series = scaleSeries(values.map(exactOf));
  if (series === undefined) return undefined;
  const r = exactOf(rate);
  // A rate beyond float64 range (or with hundreds of decimals) is the Decimal path's: 10^e as a BigInt
  // would be huge.
  if (Math.abs(r.e) > 400) return undefined;
  // 1 + rate = q / A.
  const k = Math.max(0, -r.e);
  const A = pow10(k);
  const q = A + (r.e >= 0 ? r.c * pow10(r.e) : r.c);
  const seed = Math.pow(Number(q) / Number(A), -1 / m);
  if (!(seed > 1e-30 && seed < 1e30)) return undefined;

  // Newton on q·W^m = A·2^256 (W = w·2^256): W ← W − W·(q·W^m − A·2^256) / (m·q·W^m). From a float seed
  // (1e-16) three steps reach the Fixed256 resolution, where W^m's truncation moves a step by a few
  // units.
  let W = BigInt(Math.round(seed * 2 ** 64)) << (FIXED256_SHIFT - 64n);
  let Wm = 0n;
  let settled = false;
  for (let step = 0; step < 8 && !settled; step++) {
    Wm = fixed256Pow(W, m);
    if (Wm === 0n) return undefined;
    const residual = q * Wm - A * FIXED256_ONE;
    const delta = (W * residual) / (BigInt(m) * q * Wm);
    W -= delta;
    settled = absBig(delta) <= SETTLE;
  }
  if (!settled || W <= 0n) return undefined;
  // Proof that w lies within D units of W: q·x^m − A rises with x, so it is enough that it is negative
  // at W − D and positive at W + D. A computed power x^k is never above the true one and at most
  // `powerSlack(k)` units below it (each of its products truncates by under one unit, or one unit
  // relative above 1, and squaring doubles the relative error of what it squares, so a truncation
  // made at x^j weighs k/j ≤ k times in x^k).
  const wm = Number(Wm) / 2 ** 256;
  const slack = Math.ceil(powerSlack(m) * Math.max(1, wm) * 1.01) + 1;
  const D = Math.ceil(16 + (4 * slack * seed) / (m * wm));
  if (!Number.isFinite(D)) return undefined;
  const d = BigInt(D);
  if (!(q * fixed256Pow(W + d, m) > A * FIXED256_ONE)) return undefined;
  if (!(q * (fixed256Pow(W - d, m) + BigInt(slack)) < A * FIXED256_ONE)) return undefined;

  // Zero flows add nothing (and a late one would only stretch the powers).
  const c = series.c;
  const order = descending(E).filter((i) => c[i] !== 0n);
  const n = order.length;
  if (n === 0) return new Dec(0);
  const top = E[order[0]!]!;
  // Σ|c_i| and Σ|c_i|·w^(E_i) in float (relative error about n·1e-16): the size the error is judged on.
  let sumAbs = 0;
  let size = 0;
  for (const i of order) {
    const magnitude = Math.abs(Number(c[i]!));
    sumAbs += magnitude;
    size += magnitude * Math.pow(seed, E[i]!);
  }

  // Error bound in units of 2^-256 of the scaled values. With L = max(1, w^top) / min(1, w): a power
  // W^j is off by at most j·(D + powerSlack(top)/top)·L units (W's error j times over, and its own
  // truncations); each Horner step adds one unit of truncation plus |h| ≤ Σ|c|·L times its power's
  // error, and the exponents of the powers add up to the largest exponent.
  const L = (Math.max(1, Math.pow(seed, top)) / Math.min(1, seed)) * 1.01;
  const bound = 1.01 * L * (n + 1 + sumAbs * L * (top * D + powerSlack(top) + 2 * n + 2));
  // Accept when that is below 1e-60 of Σ|c_i|·w^(E_i): then the result is good to 40 digits unless the
  // flows cancel to within 1e-18 of their size (near an IRR), and even then its error is far below the
  // 1e-40 of that size which 40-digit arithmetic would leave.
  if (!(bound < size * 0.99 * 2 ** 256 * 1e-60)) return undefined;
  const h = fixed256Eval({ cP: order.map((i) => c[i]! << FIXED256_SHIFT), e: order.map((i) => E[i]!) }, W);
  return ratioToDec(h, FIXED256_ONE * pow10(series.scale));
}
