/**
 * Exact locale formatting of Decimals with `Intl.NumberFormat`: the value is rounded in Decimal and
 * handed to Intl as its exact decimal string (Intl's string overload keeps every digit), so money never
 * passes through a float. Intl only contributes grouping, separators and currency patterns.
 */
import { Dec, type Decimal } from "../../numeric/decimal.js";

/** What the internal formatter needs: Intl options plus the fraction digits to show. */
export interface ExactFormat {
  readonly locale: string;
  readonly style: "decimal" | "currency" | "percent";
  readonly currency?: string;
  /** Fewest fraction digits shown (trailing zeros kept up to here). */
  readonly minFractionDigits?: number;
  /** Most fraction digits shown (at most 20, Intl's limit); the value is rounded half up to this. */
  readonly maxFractionDigits?: number;
  /** Show a plus sign on positive values. */
  readonly signed?: boolean;
  /** Digit grouping (default true). */
  readonly grouping?: boolean;
}

/** Intl.NumberFormat accepts exact decimal strings since ES2023; the ES2022 lib types do not say so. */
type StringFormat = (value: string) => string;

/** Intl's limit on fraction digits in Node 20. */
const MAX_DIGITS = 20;

const cache = new Map<string, StringFormat>();

function numberFormat(format: ExactFormat, min: number, max: number): StringFormat {
  const key = JSON.stringify([format.locale, format.style, format.currency, format.signed, format.grouping, min, max]);
  let fn = cache.get(key);
  if (fn === undefined) {
    const options: Intl.NumberFormatOptions = {
      useGrouping: format.grouping ?? true,
      signDisplay: format.signed === true ? "exceptZero" : "auto",
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    };
    if (format.style === "currency") Object.assign(options, { style: "currency", currency: format.currency });
    else if (format.style === "percent") Object.assign(options, { style: "unit", unit: "percent" });
    const nf = new Intl.NumberFormat(format.locale, options);
    fn = nf.format as unknown as StringFormat;
    cache.set(key, fn);
  }
  return fn;
}

/** The minor-unit digits Intl uses for a currency (2 for CNY, 0 for JPY). */
export function currencyDigits(locale: string, currency: string): number {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats a Decimal exactly. With `maxFractionDigits` unset the value's own digits are all shown (up to
 * 20). A value that rounds to zero shows no minus sign.
 */
export function formatExact(value: Decimal, format: ExactFormat): string {
  const wanted = format.maxFractionDigits ?? Math.max(value.decimalPlaces(), format.minFractionDigits ?? 0);
  const max = Math.min(Math.max(wanted, 0), MAX_DIGITS);
  const min = Math.min(Math.max(format.minFractionDigits ?? 0, 0), max);
  const rounded = value.toDecimalPlaces(max, Dec.ROUND_HALF_UP);
  const text = rounded.isZero() ? "0" : rounded.toFixed();
  return numberFormat(format, min, max)(text);
}
