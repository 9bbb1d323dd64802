/** Discounted payback period: payback on cash flows discounted to t = 0. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Dec, toDec } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { paybackFractional, paybackOf } from "./_internal/payback.js";
import type { PaybackOptions } from "./paybackPeriod.js";

/**
 * @summary Discounted payback period: periods until the cumulative present value is no longer negative.
 *
 * @description
 * Like {@link paybackPeriod}, on the present values `flows[t] / (1 + rate)^t` (`flows[0]` at t = 0,
 * undiscounted; the same timing as `npv(rate, flows, { firstFlowAt: 0 })`). The cumulative present
 * value at the last flow equals that NPV, so the flows pay back exactly when their NPV is ≥ 0. Linear
 * interpolation inside the period where the running total turns; `0` when it is never negative; `null`
 * when it never reaches 0.
 *
 * @param rate - Discount rate per period, greater than -1 (0.08 = 8 %).
 * @param flows - Net cash flow per period, `flows[0]` at t = 0 (at least one).
 * @param options - `fractional`: interpolate inside the period (default `true`) or count whole periods.
 * @returns The discounted payback period in periods, or `null` when the flows never pay back.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when the rate is ≤ -1, `flows` is empty or an
 *   entry is not a number.
 *
 * @example
 * ```ts
 * // Invest 1,000, get 600 a year for 2 years, at 10 %: present values 545.45…, 495.86…
 * discountedPaybackPeriod(0.1, [-1000, 600, 600])?.toFixed(4); //=> "1.9167"
 * discountedPaybackPeriod(0.1, [-1000, 600, 600], { fractional: false })?.toString(); //=> "2"
 * discountedPaybackPeriod(0.25, [-1000, 600, 600]); //=> null
 * ```
 */
export function discountedPaybackPeriod(rate: Numeric, flows: readonly Numeric[], options?: PaybackOptions): Decimal | null {
  const args = new Args("discountedPaybackPeriod");
  const r = args.dec("rate", rate, "rateAboveMinusOne");
  const list = args.list("flows", flows, 1);
  const fractional = paybackFractional(args, options);
  args.done();
  const growth = r.plus(1);
  let factor = new Dec(1);
  const present: Decimal[] = [];
  for (const flow of list) {
    present.push(toDec(flow).div(factor));
    factor = factor.times(growth);
  }
  return paybackOf(present, fractional);
}
