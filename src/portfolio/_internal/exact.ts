/**
 * Exact decimal sums for the aggregator: a decimal held as an integer and a scale (n × 10^−s), added and
 * multiplied without rounding, so a sum is the same whatever order its terms came in. Figures enter as
 * decimal strings (Dec's own `toString()`, exponent or not) and leave as `Dec`; the one rounding is
 * Dec's 40 significant digits on the way out. Division is not here: where a figure is divided (a period
 * spread over its months) the caller divides in Dec.
 */
import { Dec, type Decimal } from "../../numeric/decimal.js";

/** n × 10^−s, s ≥ 0. */
export interface Exact {
  readonly n: bigint;
  readonly s: number;
}

export const EXACT_ZERO: Exact = Object.freeze({ n: 0n, s: 0 });

/** The most digits a decimal written in a summary may have. */
const MAX_DIGITS = 200;
/** The largest power of ten a decimal written in a summary may reach either way (Dec's figures stay far inside). */
const MAX_EXPONENT = 200;

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

const powers: bigint[] = [1n];
/** 10^k as a bigint, cached. */
function pow10(k: number): bigint {
  for (let i = powers.length; i <= k; i++) powers.push(powers[i - 1]! * 10n);
  return powers[k]!;
}

/** A decimal written as text (`"-12.5"`, `"1.25e-8"`), or undefined when it is not one or is out of bounds. */
export function parseExact(text: string): Exact | undefined {
  if (text.length > MAX_DIGITS + 16) return undefined;
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) return undefined;
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  const digits = whole! + fraction;
  if (digits.length > MAX_DIGITS || Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const magnitude = BigInt(digits);
  const n = sign === "-" ? -magnitude : magnitude;
  const s = fraction.length - exponent;
  return s >= 0 ? { n, s } : { n: n * pow10(-s), s: 0 };
}

/** A Dec as an exact decimal. */
export const exactOfDec = (value: Decimal): Exact => parseExact(value.toString())!;

/** a and b at the larger of their scales. */
function aligned(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.s === b.s) return [a.n, b.n, a.s];
  return a.s > b.s ? [a.n, b.n * pow10(a.s - b.s), a.s] : [a.n * pow10(b.s - a.s), b.n, b.s];
}

export function addExact(a: Exact, b: Exact): Exact {
  const [x, y, s] = aligned(a, b);
  return { n: x + y, s };
}

export function subtractExact(a: Exact, b: Exact): Exact {
  const [x, y, s] = aligned(a, b);
  return { n: x - y, s };
}

export const multiplyExact = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, s: a.s + b.s });

/** −1, 0 or 1 as a is below, at or above b. */
export function compareExact(a: Exact, b: Exact): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The exact decimal as a Dec (rounded to Dec's 40 significant digits, the only rounding). */
export const decOfExact = (value: Exact): Decimal => new Dec(value.s === 0 ? value.n.toString() : `${value.n.toString()}e-${value.s}`);

/** A running exact sum: the aggregator keeps one per figure and group instead of the figures. */
export class ExactSum {
  private n = 0n;
  private s = 0;

  add(value: Exact): void {
    if (value.n === 0n) return;
    if (value.s === this.s) this.n += value.n;
    else if (value.s < this.s) this.n += value.n * pow10(this.s - value.s);
    else {
      this.n = this.n * pow10(value.s - this.s) + value.n;
      this.s = value.s;
    }
  }

  get value(): Exact {
    return { n: this.n, s: this.s };
  }
}

/** The exact sum of a list. */
export function sumExact(values: Iterable<Exact>): Exact {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum.value;
}
