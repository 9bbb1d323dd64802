/** formatPercent: a fraction as a percentage in a locale, exactly. */
import { Dec, type Numeric } from "../../numeric/decimal.js";
import { decimalArgument, digitsOptions } from "../_internal/formatArgs.js";
import { formatExact } from "../_internal/intl.js";
import type { RenderOptions } from "../options.js";

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions extends RenderOptions {
  /** Fewest fraction digits of the percentage; default 0. */
  readonly minimumFractionDigits?: number;
  /** Most fraction digits of the percentage; default 2. */
  readonly maximumFractionDigits?: number;
  /** Show "+" on positive values (for changes). */
  readonly signed?: boolean;
}

const HUNDRED = new Dec(100);

/**
 * Formats a fraction as a percentage (0.08 → "8%"), multiplying exactly in decimal arithmetic.
 *
 * @param fraction - the fraction, e.g. a rate of 0.08 or an ROI of 10.248
 * @param options - locale and fraction digits of the percentage
 * @returns the formatted percentage
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the value is not numeric, or for an unknown locale or bad digits
 *
 * @example
 * ```ts
 * import { formatPercent } from "valueframe/render";
 * formatPercent("10.2482758620689655"); //=> "1,024.83%"
 * formatPercent("0.2", { locale: "zh-CN", signed: true }); //=> "+20%"
 * ```
 */
export function formatPercent(fraction: Numeric, options?: FormatPercentOptions): string {
  const decimal = decimalArgument("formatPercent", fraction);
  const { locale, min, max } = digitsOptions("formatPercent", options);
  const maxDigits = max ?? Math.max(2, min ?? 0);
  return formatExact(decimal.times(HUNDRED), {
    locale: locale.id,
    style: "percent",
    minFractionDigits: Math.min(min ?? 0, maxDigits),
    maxFractionDigits: maxDigits,
    signed: options?.signed === true,
  });
}
