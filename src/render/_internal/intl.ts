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
type StringFormat = ((value: string) => string) & { readonly parts: (value: string) => Intl.NumberFormatPart[]; readonly locale: string };

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
    fn = Object.assign(nf.format as unknown as (value: string) => string, {
      parts: (nf.formatToParts as unknown as (value: string) => Intl.NumberFormatPart[]).bind(nf),
      locale: nf.resolvedOptions().locale,
    });
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
  const fn = numberFormat(format, min, max);
  return rounded.abs().gte(HUGE) ? formatHuge(text, fn, format.grouping ?? true) : fn(text);
}

/** From here on V8's Intl reads a decimal string as a float and prints ∞ for what passes 1.8e308. */
const HUGE = new Dec("1e300");

/**
 * A value too large for Intl, written exactly: Intl formats a stand-in with the same sign and fraction
 * (for the currency sign, separators and digit glyphs of the locale), and the integer digits are put in
 * its place, grouped as the locale groups a million (3-3 in most locales, 2-2-3 in en-IN).
 */
function formatHuge(text: string, fn: StringFormat, grouping: boolean): string {
  const negative = text.startsWith("-");
  const [integer = "", fraction] = (negative ? text.slice(1) : text).split(".");
  const standIn = `${negative ? "-" : ""}1000000${fraction === undefined ? "" : `.${fraction}`}`;
  const parts = fn.parts(standIn);
  const first = parts.findIndex((part) => part.type === "integer");
  let last = first;
  while (last + 1 < parts.length && (parts[last + 1]!.type === "integer" || parts[last + 1]!.type === "group")) last++;
  const groups = parts.slice(first, last + 1).filter((part) => part.type === "integer").map((part) => part.value.length);
  const separator = parts.slice(first, last + 1).find((part) => part.type === "group")?.value ?? "";
  const glyphs = digitGlyphs(fn.locale);
  const digits = [...integer].map((digit) => glyphs[Number(digit)]!).join("");
  const written = grouping && separator !== "" ? group(digits, groups.at(-1) ?? 3, groups.length > 2 ? groups.at(-2)! : (groups.at(-1) ?? 3), separator) : digits;
  return [...parts.slice(0, first).map((part) => part.value), written, ...parts.slice(last + 1).map((part) => part.value)].join("");
}

/** The locale's glyphs for 0–9 (Latin digits in most locales; Arabic-Indic in some). */
function digitGlyphs(locale: string): readonly string[] {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => plain.format(digit));
}

/** Digits grouped from the right: the last group `primary` long, the others `secondary` long. */
function group(digits: string, primary: number, secondary: number, separator: string): string {
  const chars = [...digits];
  if (chars.length <= primary) return digits;
  const out = [chars.slice(-primary).join("")];
  let end = chars.length - primary;
  while (end > 0) {
    out.unshift(chars.slice(Math.max(0, end - secondary), end).join(""));
    end -= secondary;
  }
  return out.join(separator);
}

const compactCache = new Map<string, (value: string) => string>();

/**
 * A figure in the short form an executive reads: three significant digits and the locale's compact
 * scale ("CN¥21.1M", "¥2110万", "$930K"). Rounded half up in Decimal first, then handed to Intl as that
 * exact string; beyond 1e15 the scale runs out and the figure is written in full.
 */
export function formatCompact(value: Decimal, locale: string, currency?: string): string {
  const rounded = value.toSignificantDigits(3, Dec.ROUND_HALF_UP);
  if (rounded.abs().gte("1e15")) return formatExact(rounded, { locale, style: currency === undefined ? "decimal" : "currency", ...(currency === undefined ? {} : { currency }), maxFractionDigits: 0 });
  const key = `${locale}\u0000${currency ?? ""}`;
  let fn = compactCache.get(key);
  if (fn === undefined) {
    const nf = new Intl.NumberFormat(locale, {
      notation: "compact",
      // Three digits always (CN¥18.0M, not CN¥18M): the reader sees the precision.
      minimumSignificantDigits: 3,
      maximumSignificantDigits: 3,
      ...(currency === undefined ? {} : { style: "currency", currency }),
    });
    fn = nf.format as unknown as (value: string) => string;
    compactCache.set(key, fn);
  }
  return fn(rounded.isZero() ? "0" : rounded.toFixed());
}
