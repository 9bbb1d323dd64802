/**
 * The one place that configures decimal.js for valueframe.
 *
 * Every figure the library reports is an instance of {@link Dec}, a private clone of decimal.js, so a
 * caller's own `Decimal` configuration is never read or changed. Inputs may be any {@link Numeric};
 * instances of other decimal.js clones are accepted too.
 */
import { Decimal as DecimalJs } from "decimal.js";

/**
 * valueframe's Decimal class: 40 significant digits, round half up (the spreadsheet and accounting
 * habit), plain notation between 1e-40 and 1e40.
 *
 * @example
 * ```ts
 * import { Dec } from "valueframe";
 * new Dec("0.1").plus("0.2").toString(); //=> "0.3"
 * ```
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
});

/** An instance of valueframe's Decimal class (any decimal.js instance has this shape). */
export type Decimal = InstanceType<typeof Dec>;

/** What every public function accepts where a number is meant: exact text, a finite number, a bigint or a Decimal. */
export type Numeric = number | string | bigint | Decimal;

/**
 * The most significant digits a number given to valueframe may have. Dec computes with 40, but a figure
 * written exactly (1e399 + 0.25 to print) may need hundreds; decimal.js multiplies every digit it is
 * given, so a thousand digits cost microseconds where a hundred thousand cost seconds.
 */
export const MAX_SIGNIFICANT_DIGITS = 1000;

/**
 * Decimal exponent bound of the figures of a value case: a figure is 0 or 1e-100 ≤ |x| < 1e100. Far
 * beyond any amount, rate or count a case holds, it keeps every figure printable in about a hundred
 * digits and products of three figures inside float64's range (1e308), which Monte Carlo samples in.
 */
export const MAX_FIGURE_EXPONENT = 100;

/**
 * Why a value is not a usable number — not a number, not finite, more than {@link MAX_SIGNIFICANT_DIGITS}
 * significant digits, or an exponent decimal.js cannot hold — or `undefined` when it is one.
 */
export function numericProblem(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : `${String(value)} is not a finite number`;
  }
  if (typeof value === "bigint") return digitsProblem(String(value < 0n ? -value : value), 0, `${value < 0n ? "-" : ""}bigint`);
  if (typeof value === "string") {
    const text = value.trim();
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      return `"${value}" is not a decimal number (write it like "1234.56" or "-1.5e6")`;
    }
    const exponentAt = text.search(/[eE]/);
    const mantissa = (exponentAt < 0 ? text : text.slice(0, exponentAt)).replace(/^[+-]/, "");
    return digitsProblem(mantissa, exponentAt < 0 ? 0 : Number(text.slice(exponentAt + 1)), `"${value}"`);
  }
  if (DecimalJs.isDecimal(value)) {
    const decimal = value as Decimal;
    if (!decimal.isFinite()) return `${String(value)} is not a finite number`;
    const digits = decimal.sd();
    return digits > MAX_SIGNIFICANT_DIGITS ? tooManyDigits("a Decimal", digits) : undefined;
  }
  return `expected a number, a decimal string, a bigint or a Decimal, got ${describe(value)}`;
}

/**
 * Significant digits and exponent of a plain mantissa ("0012.3400") times 10^exponent, counted in one
 * pass without regular expressions (a backtracking pattern would take quadratic time on a long run of
 * zeros). Beyond Dec's exponent range decimal.js would silently give ±Infinity or 0.
 */
function digitsProblem(mantissa: string, exponent: number, shown: string): string | undefined {
  let first = -1;
  let last = -1;
  let point = mantissa.length;
  let digits = 0;
  for (let i = 0; i < mantissa.length; i++) {
    const ch = mantissa.charCodeAt(i);
    if (ch === 46) {
      point = i;
      continue;
    }
    if (ch !== 48) {
      if (first < 0) first = digits;
      last = digits;
    }
    digits++;
  }
  if (first < 0) return undefined;
  const significant = last - first + 1;
  if (significant > MAX_SIGNIFICANT_DIGITS) return tooManyDigits(shown, significant);
  const integerDigits = point === mantissa.length ? digits : point;
  const leading = exponent + integerDigits - first - 1;
  if (!(Math.abs(leading) <= Dec.maxE)) return `${shown} is beyond the range of decimal numbers (its exponent must stay within ±${Dec.maxE})`;
  return undefined;
}

const tooManyDigits = (shown: string, digits: number): string =>
  `${shown} has ${digits} significant digits; at most ${MAX_SIGNIFICANT_DIGITS} are accepted (valueframe computes with 40)`;

/**
 * True when `value` is 0 or 1e-100 ≤ |value| < 1e100 (see {@link MAX_FIGURE_EXPONENT}). It reads only
 * the exponent, so it costs nothing beside an operation. NaN and ±Infinity pass: callers report them as
 * not finite.
 */
export function isFigureSized(value: Decimal): boolean {
  const e = value.e;
  return !(e >= MAX_FIGURE_EXPONENT || e < -MAX_FIGURE_EXPONENT);
}

/**
 * Why a figure of a value case is out of range, or `undefined` when it is 0 or 1e-100 ≤ |x| < 1e100.
 *
 * @example
 * ```ts
 * figureRangeProblem(new Dec("1e100000")); //=> "1e+100000 is out of range: a figure must be 0 or between 1e-100 and 1e100 in size"
 * ```
 */
export function figureRangeProblem(value: Decimal): string | undefined {
  return isFigureSized(value) ? undefined : `${shortText(value)} is out of range: ${FIGURE_RANGE_TEXT}`;
}

/** The figure range in words, for messages. */
export const FIGURE_RANGE_TEXT = `a figure must be 0 or between 1e-${MAX_FIGURE_EXPONENT} and 1e${MAX_FIGURE_EXPONENT} in size`;

/** A value in at most 6 significant digits, for messages ("1.23457e+100000"). */
export function shortText(value: Decimal): string {
  return value.isFinite() ? value.toSignificantDigits(6).toString() : value.toString();
}

/**
 * True when {@link toDec} accepts the value.
 *
 * @example
 * ```ts
 * isNumeric("1234.56"); //=> true
 * isNumeric("1,234"); //=> false
 * isNumeric(Number.NaN); //=> false
 * ```
 */
export function isNumeric(value: unknown): value is Numeric {
  return numericProblem(value) === undefined;
}

/**
 * Converts a {@link Numeric} to a {@link Dec}. A number converts through its shortest round-trip text, so
 * `1.1`, `"1.1"` and `new Dec("1.1")` give the same value.
 *
 * @throws {TypeError} when the value is not numeric; public functions validate first and throw their
 *   own typed errors, so this is a guard for internal misuse.
 *
 * @example
 * ```ts
 * toDec(0.1).plus(toDec("0.2")).toString(); //=> "0.3"
 * toDec(10n ** 20n).toString(); //=> "100000000000000000000"
 * ```
 */
export function toDec(value: Numeric): Decimal {
  const problem = numericProblem(value);
  if (problem !== undefined) throw new TypeError(`valueframe: ${problem}`);
  if (typeof value === "bigint") return new Dec(value.toString());
  if (typeof value === "string") return new Dec(value.trim());
  return new Dec(value as DecimalJs.Value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  return `${typeof value} ${String(value)}`;
}
