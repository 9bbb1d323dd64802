/** tiersReviewSpec: the tiers' monthly review — expected against actual — as a Vega-Lite v5 spec. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { groupedBarSpec } from "./_internal/barSpec.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "./territoryChartData.js";
import type { VegaLiteSpec } from "./types.js";

/**
 * The monthly review across the tiers (see `territoryChartData`) as a Vega-Lite v5 spec: each reviewed
 * month's expected business (every account with a row) beside the actual (the accounts that reported),
 * a month with accounts pending noted under its label. Data is inline; the tooltips carry the exact
 * amounts.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const spec = tiersReviewSpec(review);
 * spec.data.values.map((v) => `${v.series}: ${v.text}`);
 * //=> ["Expected: CN¥90,000.00", "Actual (accounts reported): CN¥77,000.50", "Expected: CN¥90,000.00"]
 * ```
 */
export function tiersReviewSpec(review: TerritoryReview, options?: TerritoryChartOptions): VegaLiteSpec {
  return groupedBarSpec(territoryDataOf(review, territoryChartLocale("tiersReviewSpec", review, options)).review, options);
}
