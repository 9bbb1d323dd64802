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

/** Why a value is not a usable number, or `undefined` when it is one. */
export function numericProblem(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : `${String(value)} is not a finite number`;
  }
  if (typeof value === "bigint") return undefined;
  if (typeof value === "string") {
    const text = value.trim();
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      return `"${value}" is not a decimal number (write it like "1234.56" or "-1.5e6")`;
    }
    return undefined;
  }
  if (DecimalJs.isDecimal(value)) {
    return (value as Decimal).isFinite() ? undefined : `${String(value)} is not a finite number`;
  }
  return `expected a number, a decimal string, a bigint or a Decimal, got ${describe(value)}`;
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
