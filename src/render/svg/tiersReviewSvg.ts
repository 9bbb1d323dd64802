/** tiersReviewSvg: the tiers' monthly review — expected against actual — as a standalone SVG picture. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "../vegaLite/territoryChartData.js";
import { groupedBarSvg } from "./_internal/barSvg.js";

/** Options of {@link tiersReviewSvg}: those of the Vega-Lite spec. */
export type TiersReviewSvgOptions = TerritoryChartOptions;

/**
 * Draws the monthly review across the tiers (see `territoryChartData`) as SVG: each reviewed month's
 * expected business (every account with a row) beside the actual (the accounts that reported; no bar
 * before any has), how many rows are pending under the month, each `<rect>`'s `<title>` holding its exact
 * amount, a value axis from zero, a legend, `<title>` and `<desc>`.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const svg = tiersReviewSvg(review);
 * svg.match(/<rect class="bar reviewActual"/g).length; //=> 1 (February is pending)
 * svg.includes("1 pending"); //=> true
 * ```
 */
export function tiersReviewSvg(review: TerritoryReview, options?: TiersReviewSvgOptions): string {
  const locale = territoryChartLocale("tiersReviewSvg", review, options);
  return groupedBarSvg(territoryDataOf(review, locale).review, locale, options);
}
