/** The risk-adjustment scenario preset used by independent ROI studies. */
import type { Numeric } from "../numeric/decimal.js";
import type { ScenarioInput } from "./schema.js";

/** Options of {@link riskAdjustment}. */
export interface RiskAdjustmentOptions {
  /** Scenario id (default `"risk-adjusted"`). */
  readonly id?: string;
  readonly label?: string;
  /** Why these factors: stated in the scenario so the reader sees the assumption. */
  readonly reason?: string;
}

/**
 * A scenario that scales every benefit by (1 − `benefits`) and every cost by (1 + `costs`), the way
 * analysts risk-adjust a vendor's figures. The factors are validated when the scenario is evaluated.
 *
 * @param benefits - share taken off benefits, 0…1 (0.1 = −10 %)
 * @param costs - share added to costs, ≥ 0 (0.1 = +10 %)
 * @param options - id, label and the reason for the factors
 * @returns a scenario to pass to {@link evaluate} or {@link evaluateScenarios}
 *
 * @example
 * ```ts
 * const adjusted = evaluate(distributor, { scenario: riskAdjustment("0.1", "0.1", { reason: "first roll-out" }) });
 * adjusted.lines[0].amount.toString(); //=> "25200000"
 * ```
 */
export function riskAdjustment(benefits: Numeric, costs: Numeric, options?: RiskAdjustmentOptions): ScenarioInput {
  const reason = options?.reason;
  return {
    id: options?.id ?? "risk-adjusted",
    label: options?.label ?? `Risk-adjusted (benefits −${String(benefits)}, costs +${String(costs)})`,
    riskAdjustment: reason === undefined ? { benefits, costs } : { benefits, costs, reason },
  };
}
