/** formatNumber: a number in a locale's digits and grouping, exactly, without passing through a float. */
import type { Numeric } from "../../numeric/decimal.js";
import { decimalArgument, digitsOptions } from "../_internal/formatArgs.js";
import { formatExact } from "../_internal/intl.js";
import type { RenderOptions } from "../options.js";

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions extends RenderOptions {
  /** Fewest fraction digits (trailing zeros kept up to here); default 0. */
  readonly minimumFractionDigits?: number;
  /** Most fraction digits, 0–20; the value is rounded half up. Default: all of its own digits (up to 20). */
  readonly maximumFractionDigits?: number;
  /** Show "+" on positive values. */
  readonly signed?: boolean;
}

/**
 * Formats a number for people in a locale, exactly: the value is rounded in decimal arithmetic and Intl
 * only places separators, so 40-digit values keep every digit.
 *
 * @param value - a number, decimal string, bigint or Decimal
 * @param options - locale and fraction digits
 * @returns the formatted text
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the value is not numeric, or for an unknown locale or bad digits, listing each at its path
 *
 * @example
 * ```ts
 * import { formatNumber } from "valueframe/render";
 * formatNumber("12345678901234567890.125", { maximumFractionDigits: 2 }); //=> "12,345,678,901,234,567,890.13"
 * formatNumber(1380000, { locale: "zh-CN", signed: true }); //=> "+1,380,000"
 * ```
 */
export function formatNumber(value: Numeric, options?: FormatNumberOptions): string {
  const decimal = decimalArgument("formatNumber", value);
  const { locale, min, max } = digitsOptions("formatNumber", options);
  return formatExact(decimal, {
    locale: locale.id,
    style: "decimal",
    ...(min === undefined ? {} : { minFractionDigits: min }),
    ...(max === undefined ? {} : { maxFractionDigits: max }),
    signed: options?.signed === true,
  });
}
