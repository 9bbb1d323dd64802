/** formatMoney: an amount in a currency, in a locale's currency pattern, exactly. */
import type { Numeric } from "../../numeric/decimal.js";
import { renderArgumentError } from "../errors.js";
import { decimalArgument, digitsOptions } from "../_internal/formatArgs.js";
import { currencyDigits, formatExact } from "../_internal/intl.js";
import type { RenderOptions } from "../options.js";

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions extends RenderOptions {
  /** Default: the currency's minor digits (2 for CNY). */
  readonly minimumFractionDigits?: number;
  /** Default: the currency's minor digits; the value is rounded half up. */
  readonly maximumFractionDigits?: number;
  /** Show "+" on positive amounts. */
  readonly signed?: boolean;
}

/**
 * Formats money in a locale: the currency symbol and grouping come from Intl, the digits from the exact
 * decimal value, rounded half up to the currency's minor unit unless told otherwise.
 *
 * @param value - the amount
 * @param currency - an ISO 4217 code, e.g. `"CNY"`
 * @param options - locale and fraction digits
 * @returns the formatted amount
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the value is not numeric or the currency is not a code, or for an unknown locale or bad digits
 *
 * @example
 * ```ts
 * import { formatMoney } from "valueframe/render";
 * formatMoney("14000000", "CNY"); //=> "CN¥14,000,000.00"
 * formatMoney("14000000", "CNY", { locale: "zh-CN" }); //=> "¥14,000,000.00"
 * formatMoney("-2000000.005", "USD", { maximumFractionDigits: 0 }); //=> "-$2,000,000"
 * ```
 */
export function formatMoney(value: Numeric, currency: string, options?: FormatMoneyOptions): string {
  const decimal = decimalArgument("formatMoney", value);
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) {
    throw renderArgumentError("formatMoney", "currency", `${JSON.stringify(currency)} is not an ISO 4217 currency code (three capital letters, e.g. "CNY")`);
  }
  const { locale, min, max } = digitsOptions("formatMoney", options);
  const digits = currencyDigits(locale.id, currency);
  const maxDigits = max ?? Math.max(digits, min ?? 0);
  return formatExact(decimal, {
    locale: locale.id,
    style: "currency",
    currency,
    minFractionDigits: Math.min(min ?? digits, maxDigits),
    maxFractionDigits: maxDigits,
    signed: options?.signed === true,
  });
}
