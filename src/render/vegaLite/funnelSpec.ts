/** funnelSpec: the seller's funnel by stage — expected and stage-weighted revenue side by side — as a Vega-Lite v5 spec. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { groupedBarSpec } from "./_internal/barSpec.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "./territoryChartData.js";
import type { VegaLiteSpec } from "./types.js";

/**
 * The seller's funnel by stage P, I, B, won, lost (see `territoryChartData`) as a Vega-Lite v5 spec: for
 * each stage the expected revenue and the stage-weighted revenue (expected × stage rate) as two bars side
 * by side, labelled as the seller's revenue — not the customer's value. Data is inline; numbers in it
 * are for plotting only, the tooltips carry the exact amounts.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const spec = funnelSpec(review);
 * spec.title; //=> "The seller's funnel by stage: expected and stage-weighted revenue"
 * spec.data.values.length; //=> 10 (five stages, two bars each)
 * ```
 */
export function funnelSpec(review: TerritoryReview, options?: TerritoryChartOptions): VegaLiteSpec {
  return groupedBarSpec(territoryDataOf(review, territoryChartLocale("funnelSpec", review, options)).funnel, options);
}
