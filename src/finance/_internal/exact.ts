/**
 * Exact integer arithmetic behind the finance functions: every Numeric is a finite decimal c·10^e, so
 * sums of discounted flows at a decimal rate are ratios of integers that BigInt computes exactly, and
 * {@link ratioToDec} rounds such a ratio once, correctly, to the Decimal precision.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../numeric/decimal.js";

/** value = c · 10^e, exactly. */
export interface ExactDecimal {
  readonly c: bigint;
  readonly e: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const POW10_FLOAT = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** The exact decimal a validated Numeric stands for (a number stands for its shortest round-trip text). */
export function exactOf(value: Numeric): ExactDecimal {
  if (typeof value === "bigint") return { c: value, e: 0 };
  if (typeof value === "number") {
    const k = fewDecimals(value);
    return k < 0 ? fromText(String(value)) : { c: BigInt(k === 0 ? value : Math.round(value * POW10_FLOAT[k]!)), e: -k };
  }
  return fromText(typeof value === "string" ? value.trim() : value.toString());
}

/**
 * A k ≤ 9 with value = c · 10^-k, c = round(value·10^k) a safe integer, for a number of a few decimals
 * (most money), else -1: c·10^-k is the shortest text of the value when it round-trips and |c| < 2^51
 * (then no other k-decimal number lies within half an ulp of it). Without `hint` k is the smallest.
 */
export function fewDecimals(value: number, hint = 0): number {
  if (Number.isSafeInteger(value)) return 0;
  // Any k that round-trips gives the same c·10^-k, so a series' usual k may be tried first.
  if (hint > 0 && fitsDecimals(value, hint)) return hint;
  for (let k = 1; k < POW10_FLOAT.length; k++) if (fitsDecimals(value, k)) return k;
  return -1;
}

function fitsDecimals(value: number, k: number): boolean {
  const scale = POW10_FLOAT[k]!;
  const m = Math.round(value * scale);
  return Math.abs(m) < 2 ** 51 && m / scale === value;
}

/**
 * Numbers of a few decimals as float64 integers on one common scale (the exact series of
 * {@link scaleSeries}, up to a power of ten), or `undefined` when a value is not a number, has more
 * decimals, or a scaled value would reach 2^53.
 */
export function floatSeries(values: readonly unknown[]): number[] | undefined {
  const n = values.length;
  // A filled array of known length: far faster here than growing it.
  const c = new Array<number>(n).fill(0);
  let places = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (typeof value !== "number") return undefined;
    // Most values fit the decimals seen so far: scaled by them at once (fitsDecimals' test, inline).
    const scale = POW10_FLOAT[places]!;
    let scaled = Math.round(value * scale);
    if (!(Math.abs(scaled) < 2 ** 51 && scaled / scale === value)) {
      const p = fewDecimals(value);
      if (p < 0) return undefined;
      if (p > places) {
        // More decimals than so far: the earlier values move to the new scale.
        const up = POW10_FLOAT[p - places]!;
        for (let j = 0; j < i; j++) {
          const x = c[j]! * up;
          if (!(Math.abs(x) < 2 ** 53)) return undefined;
          c[j] = x;
        }
        places = p;
        scaled = Math.round(value * POW10_FLOAT[p]!);
      } else {
        scaled = (p === 0 ? value : Math.round(value * POW10_FLOAT[p]!)) * POW10_FLOAT[places - p]!;
        if (!(Math.abs(scaled) < 2 ** 53)) return undefined;
      }
    }
    c[i] = scaled;
  }
  return c;
}

function fromText(text: string): ExactDecimal {
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) throw new TypeError(`valueframe: not a decimal number: ${text}`);
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, "") || "0";
  return { c: BigInt(`${sign}${digits}`), e: Number(exponent) - fraction.length };
}

/** Integer coefficients on one common scale: value_i = c_i · 10^-scale. */
export interface ScaledSeries {
  readonly c: readonly bigint[];
  readonly scale: number;
}

/** The largest spread of decimal exponents accepted in one series (keeps integers a sane size). */
export const MAX_EXPONENT_SPREAD = 400;

/** Puts exact decimals on a common scale, or returns `undefined` when their exponents spread too far. */
export function scaleSeries(parts: readonly ExactDecimal[]): ScaledSeries | undefined {
  let minE = 0;
  let maxE = 0;
  for (const p of parts) {
    if (p.c === 0n) continue;
    if (p.e < minE) minE = p.e;
    if (p.e > maxE) maxE = p.e;
  }
  if (maxE - minE > MAX_EXPONENT_SPREAD) return undefined;
  const c = parts.map((p) => (p.e === minE ? p.c : p.c * pow10(p.e - minE)));
  return { c, scale: -minE };
}

/** 10^k as a BigInt (k ≥ 0). */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

const TWO_32 = 2 ** 32;

/** |x| of a BigInt. */
export function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** Number of bits of |x| rounded up to a multiple of 4 above 2^53 (0 for 0); exact below. */
export function bitLength(x: bigint): number {
  if (x === 0n) return 0;
  const abs = absBig(x);
  if (abs <= 9007199254740991n) {
    // Exact for safe integers: count the bits of the high and low 32-bit words.
    const v = Number(abs);
    const hi = Math.floor(v / TWO_32);
    return hi > 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(v);
  }
  return abs.toString(16).length * 4;
}

/** n / d (d > 0) correctly rounded to the Decimal precision, half away from zero. */
export function ratioToDec(n: bigint, d: bigint): Decimal {
  if (n === 0n) return new Dec(0);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  // Aim for ≥ 45 significant digits, then let Dec round once: truncating first cannot change a half-up
  // rounding. 0.30103 > log10(2), so k never falls short however far apart the sizes are.
  const k = Math.max(0, Math.ceil((bitLength(d) - bitLength(abs)) * 0.30103) + 48);
  const q = (abs * pow10(k)) / d;
  return new Dec(`${negative ? "-" : ""}${q.toString()}e-${k}`).toSignificantDigits(Dec.precision);
}

/** An exact decimal as a Decimal (rounded to the Decimal precision only if it has more digits). */
export function exactToDec(x: ExactDecimal): Decimal {
  return new Dec(`${x.c.toString()}e${x.e}`).toSignificantDigits(Dec.precision);
}
