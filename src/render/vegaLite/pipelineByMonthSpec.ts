/** pipelineByMonthSpec: the seller's stage-weighted revenue by expected month as a Vega-Lite v5 spec. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { groupedBarSpec } from "./_internal/barSpec.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "./territoryChartData.js";
import type { VegaLiteSpec } from "./types.js";

/**
 * The seller's stage-weighted revenue (expected revenue × stage rate) by expected month (see
 * `territoryChartData`) as a Vega-Lite v5 spec: one bar a month with a deal, in the pipeline's currency.
 * The seller's revenue, not the customer's value. Data is inline; the tooltips carry the exact amounts.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const spec = pipelineByMonthSpec(review);
 * spec.data.values.map((v) => v.text); //=> ["CN¥800,000.00", "CN¥630,000.30", "CN¥650,000.00"]
 * ```
 */
export function pipelineByMonthSpec(review: TerritoryReview, options?: TerritoryChartOptions): VegaLiteSpec {
  return groupedBarSpec(territoryDataOf(review, territoryChartLocale("pipelineByMonthSpec", review, options)).months, options);
}
