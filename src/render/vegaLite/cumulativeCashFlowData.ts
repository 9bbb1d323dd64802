/** cumulativeCashFlowData: the cumulative net cash flow by period and the payback point. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Evaluation } from "../../quantify/types.js";
import { chartOptions, sharedRules } from "../_internal/chartOptions.js";
import type { ChartOptions } from "./types.js";

/** Options of {@link cumulativeCashFlowData}. */
export interface CumulativeCashFlowOptions extends ChartOptions {
  /** Cumulative present values and the discounted payback instead of nominal flows (default false). */
  readonly discounted?: boolean;
}

/** One point of the curve: the cumulative flow at the end of a period (period 0 is now). */
export interface CumulativePoint {
  readonly period: number;
  readonly cumulative: Decimal;
  /** The period's own net flow. */
  readonly net: Decimal;
  readonly text: string;
}

/** Everything a cumulative cash-flow chart shows, exact. */
export interface CumulativeCashFlowData {
  readonly title: string;
  readonly description: string;
  readonly currency: string;
  readonly period: "month" | "quarter" | "year";
  readonly measure: "weighted" | "unadjusted";
  readonly discounted: boolean;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly points: readonly CumulativePoint[];
  /** Where the curve crosses zero: `at` periods (the evaluation's payback, interpolated), or null if never. */
  readonly payback: { readonly at: Decimal; readonly text: string } | null;
  /** "Payback: 0.09 years" or "No payback within the horizon". */
  readonly paybackText: string;
}

/**
 * The cumulative net cash flow at the end of each period (period 0 holds the up-front flows) and the
 * payback point where it turns non-negative — exactly the evaluation's `payback` (or
 * `discountedPayback` when `discounted`), of the chosen measure.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure` (`"weighted"` default, or `"unadjusted"`), `discounted`, `locale`
 * @returns the points, the payback point and the texts, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const data = cumulativeCashFlowData(evaluate(distributor), { measure: "unadjusted" });
 * data.points.map((point) => point.cumulative.toString()); //=> ["-2000000", "26960000", "28340000", "29720000"]
 * data.payback?.at.toFixed(4); //=> "0.0691"
 * data.paybackText; //=> "Payback: 0.07 years"
 * ```
 */
export function cumulativeCashFlowData(evaluation: Evaluation, options?: CumulativeCashFlowOptions): CumulativeCashFlowData {
  const locale = chartOptions("cumulativeCashFlowData", options, { measure: sharedRules.measure, discounted: { kind: "oneOf", values: [true, false] } });
  const t = locale.text.charts;
  const measure = options?.measure ?? "weighted";
  const weighted = measure === "weighted";
  const discounted = options?.discounted ?? false;
  const measures = weighted ? evaluation.weighted : evaluation.unadjusted;
  const points = evaluation.periods.map((row): CumulativePoint => {
    const figures = weighted ? row.weighted : row;
    const cumulative = discounted ? figures.cumulativePresentValue : figures.cumulative;
    return { period: row.period, cumulative, net: discounted ? figures.presentValue : figures.net, text: locale.money(cumulative, evaluation.currency) };
  });
  const at = discounted ? measures.discountedPayback : measures.payback;
  const payback = at === null ? null : { at, text: t.paybackPeriods(locale.number(at, 2), evaluation.period) };
  const paybackText = payback === null ? t.noPayback : t.payback(payback.text);
  const title = discounted ? (weighted ? t.cumulativeDiscountedWeighted : t.cumulativeDiscounted) : weighted ? t.cumulativeWeighted : t.cumulative;
  return deepFreeze({
    title,
    description: t.describe.cumulative(paybackText),
    currency: evaluation.currency,
    period: evaluation.period,
    measure,
    discounted,
    xTitle: t.period(evaluation.period),
    yTitle: t.cumulativeAxis(evaluation.currency),
    points,
    payback,
    paybackText,
  });
}
