/**
 * Exact decimal sums for the aggregator, so that a sum is the same whatever order its terms came in:
 * nothing is rounded while adding. Figures arrive as decimal text (Dec's own `toString()`, exponent or
 * not). `TextSum` adds them as they come without allocating — base-10⁹ limbs held as float64 integers,
 * exact far below 2^53 — and `Exact` (n × 10^−s, a bigint and a scale) carries sums through conversion
 * (rate × amount) and ranking. A figure leaves as a `Dec` built from the exact digits. Division is not
 * here: where a figure is divided (a period spread over its months) the caller divides in Dec.
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
/** The largest power of ten a decimal written in a summary may name in its exponent (Dec's figures stay far inside). */
const MAX_EXPONENT = 200;

const powers: bigint[] = [1n];
/** 10^k as a bigint, cached. */
function pow10(k: number): bigint {
  for (let i = powers.length; i <= k; i++) powers.push(powers[i - 1]! * 10n);
  return powers[k]!;
}

/** Where the parts of a decimal written as text are. */
interface DecimalText {
  readonly negative: boolean;
  /** The digits before the point: text[wholeStart, wholeEnd). */
  readonly wholeStart: number;
  readonly wholeEnd: number;
  /** The digits after it: text[fractionStart, fractionEnd), empty without a point. */
  readonly fractionStart: number;
  readonly fractionEnd: number;
  readonly exponent: number;
}

/** The index of the first character at or after `from` that is not a digit. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/**
 * The parts of `-?digits(.digits)?([eE][+-]?digits)?`, or undefined when `text` is not written so or is
 * out of bounds. Read by hand rather than by a regular expression: the aggregator reads every figure of
 * every summary.
 */
function scan(text: string): DecimalText | undefined {
  if (text.length === 0 || text.length > MAX_DIGITS + 8) return undefined;
  const negative = text.charCodeAt(0) === 45; // "-"
  const wholeStart = negative ? 1 : 0;
  const wholeEnd = digitsEnd(text, wholeStart);
  if (wholeEnd === wholeStart) return undefined;
  let fractionStart = wholeEnd;
  let fractionEnd = wholeEnd;
  if (text.charCodeAt(wholeEnd) === 46) {
    // "."
    fractionStart = wholeEnd + 1;
    fractionEnd = digitsEnd(text, fractionStart);
    if (fractionEnd === fractionStart) return undefined;
  }
  let exponent = 0;
  if (fractionEnd < text.length) {
    const e = text.charCodeAt(fractionEnd);
    if (e !== 101 && e !== 69) return undefined; // "e", "E"
    let at = fractionEnd + 1;
    const sign = text.charCodeAt(at);
    if (sign === 43 || sign === 45) at++; // "+", "-"
    const end = digitsEnd(text, at);
    if (end === at || end !== text.length || end - at > 3) return undefined;
    exponent = Number(text.slice(at, end)) * (sign === 45 ? -1 : 1);
    if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  }
  return { negative, wholeStart, wholeEnd, fractionStart, fractionEnd, exponent };
}

/** Whether `text` is a decimal a summary may hold: `-?digits(.digits)?(e[+-]?digits)?`, within bounds. */
export const isDecimalText = (text: string): boolean => scan(text) !== undefined;

/** A decimal written as text as an exact value, or undefined when it is not one. */
export function parseExact(text: string): Exact | undefined {
  if (text === "0") return EXACT_ZERO;
  const parts = scan(text);
  if (parts === undefined) return undefined;
  const magnitude = BigInt(text.slice(parts.wholeStart, parts.wholeEnd) + text.slice(parts.fractionStart, parts.fractionEnd));
  const n = parts.negative ? -magnitude : magnitude;
  const s = parts.fractionEnd - parts.fractionStart - parts.exponent;
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

/** The values as integers at one scale (the largest of theirs): compared as bigints, they order as the values do. */
export function atOneScale(values: readonly Exact[]): bigint[] {
  const scale = values.reduce((max, value) => Math.max(max, value.s), 0);
  return values.map((value) => (value.s === scale ? value.n : value.n * pow10(scale - value.s)));
}

/** The exact decimal as a Dec: Dec keeps every digit of a value it is given as text, so nothing is rounded. */
export const decOfExact = (value: Exact): Decimal => new Dec(value.s === 0 ? value.n.toString() : `${value.n.toString()}e-${value.s}`);

/** A running exact sum of exact values (result-time sums: converted groups, months). */
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

const LIMB = 1e9;
const LIMB_DIGITS = 9;
/** Adds a limb may take before its carries are moved on: each adds less than 10⁹, and 4·10⁶ × 10⁹ stays below 2^53. */
const ADDS_BEFORE_CARRY = 4_000_000;
const TENS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * A running exact sum of decimals written as text — the aggregator keeps one per figure, group and
 * currency instead of the figures. Limb i holds the multiple of 10^(9·(i + low)); each is a float64
 * integer below 2^53, so every addition is exact, and adding a figure allocates nothing.
 */
export class TextSum {
  private limbs: number[] = [];
  private low = 0;
  private adds = 0;

  /** Adds a decimal written as text; `text` must pass {@link isDecimalText}. */
  add(text: string): void {
    if (text === "0") return;
    const parts = scan(text)!;
    const sign = parts.negative ? -1 : 1;
    const wholeDigits = parts.wholeEnd - parts.wholeStart;
    const digits = wholeDigits + parts.fractionEnd - parts.fractionStart;
    // Digit j (0 = leftmost) stands for 10^power(j); walk from the last digit up, one limb's worth at a time.
    let power = parts.exponent - (parts.fractionEnd - parts.fractionStart);
    let j = digits - 1;
    while (j >= 0) {
      const block = Math.floor(power / LIMB_DIGITS);
      const shift = power - block * LIMB_DIGITS;
      const count = Math.min(LIMB_DIGITS - shift, j + 1);
      const chunk = this.digitsValue(text, parts, wholeDigits, j - count + 1, j);
      if (chunk !== 0) this.addToLimb(block, sign * chunk * TENS[shift]!);
      j -= count;
      power += count;
    }
    if (++this.adds >= ADDS_BEFORE_CARRY) this.carry();
  }

  /** The number the digits first … last (indexes into whole then fraction digits) write. */
  private digitsValue(text: string, parts: DecimalText, wholeDigits: number, first: number, last: number): number {
    if (last < wholeDigits) return Number(text.slice(parts.wholeStart + first, parts.wholeStart + last + 1));
    if (first >= wholeDigits) return Number(text.slice(parts.fractionStart + first - wholeDigits, parts.fractionStart + last - wholeDigits + 1));
    const fraction = last - wholeDigits + 1;
    return Number(text.slice(parts.wholeStart + first, parts.wholeEnd)) * TENS[fraction]! + Number(text.slice(parts.fractionStart, parts.fractionStart + fraction));
  }

  private addToLimb(block: number, value: number): void {
    if (this.limbs.length === 0) this.low = block;
    if (block < this.low) {
      this.limbs.unshift(...new Array<number>(this.low - block).fill(0));
      this.low = block;
    }
    const index = block - this.low;
    while (this.limbs.length <= index) this.limbs.push(0);
    this.limbs[index]! += value;
  }

  /** Moves each limb's whole multiples of 10⁹ to the next, so every limb is again below 10⁹ in size. */
  private carry(): void {
    let carry = 0;
    for (let i = 0; i < this.limbs.length; i++) {
      const value = this.limbs[i]! + carry;
      carry = Math.trunc(value / LIMB);
      this.limbs[i] = value - carry * LIMB;
    }
    while (carry !== 0) {
      const next = Math.trunc(carry / LIMB);
      this.limbs.push(carry - next * LIMB);
      carry = next;
    }
    this.adds = 0;
  }

  get value(): Exact {
    let n = 0n;
    for (let i = this.limbs.length - 1; i >= 0; i--) n = n * 1_000_000_000n + BigInt(this.limbs[i]!);
    if (this.low >= 0) return { n: n * pow10(this.low * LIMB_DIGITS), s: 0 };
    return { n, s: -this.low * LIMB_DIGITS };
  }
}
