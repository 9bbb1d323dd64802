/** Simple payback period: how many periods until the cumulative cash flow has recovered the investment. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { toDec } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { paybackFractional, paybackOf } from "./_internal/payback.js";

/** Options of {@link paybackPeriod} and {@link discountedPaybackPeriod}. */
export interface PaybackOptions {
  /**
   * `true` (default): interpolate linearly inside the period where the cumulative flow turns
   * non-negative (flows accrue evenly), e.g. `2.4`; `false`: the whole number of periods, e.g. `3`.
   */
  readonly fractional?: boolean;
}

/**
 * @summary Payback period: periods until the cumulative cash flow is no longer negative.
 *
 * @description
 * `flows[0]` is at t = 0 (the investment, usually negative), `flows[i]` at the end of period i. The
 * result is the first time the running total reaches 0, interpolated linearly inside the period where
 * it turns (cash assumed to arrive evenly through the period). It is `0` when the running total is never
 * negative and `null` when it is still negative after the last flow. If the total dips below 0 again
 * later (a second investment), the first recovery is reported: inspect the flows for such series.
 *
 * @param flows - Net cash flow per period, `flows[0]` at t = 0 (at least one).
 * @param options - `fractional`: interpolate inside the period (default `true`) or count whole periods.
 * @returns The payback period in periods, or `null` when the flows never pay back.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when `flows` is empty or an entry is not a number.
 *
 * @example
 * ```ts
 * // Invest 1,000, get 300, 400, 500 back: recovered 300/500 = 0.6 into year 3
 * paybackPeriod([-1000, 300, 400, 500]).toString(); //=> "2.6"
 * paybackPeriod([-1000, 300, 400, 500], { fractional: false })?.toString(); //=> "3"
 * paybackPeriod([-1000, 300, 400]); //=> null
 * ```
 */
export function paybackPeriod(flows: readonly Numeric[], options?: PaybackOptions): Decimal | null {
  const args = new Args("paybackPeriod");
  const list = args.list("flows", flows, 1);
  const fractional = paybackFractional(args, options);
  args.done();
  return paybackOf(list.map(toDec), fractional);
}

