/** funnelSvg: the seller's funnel by stage — expected and stage-weighted revenue side by side — as a standalone SVG picture. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "../vegaLite/territoryChartData.js";
import { groupedBarSvg } from "./_internal/barSvg.js";

/** Options of {@link funnelSvg}: those of the Vega-Lite spec. */
export type FunnelSvgOptions = TerritoryChartOptions;

/**
 * Draws the seller's funnel by stage P, I, B, won, lost (see `territoryChartData`) as SVG: for each stage
 * the expected revenue and the stage-weighted revenue (expected × stage rate) as two bars side by side,
 * each `<rect>`'s `<title>` holding its exact amount, a short amount over it, a value axis from zero, a
 * legend that names them as the seller's, `<title>` and `<desc>`. The seller's revenue, not the customer's
 * value.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const svg = funnelSvg(review);
 * svg.match(/<rect class="bar /g).length; //=> 10 (five stages, two bars each)
 * svg.includes("I (interest): CN¥960,000.00"); //=> true (in the weighted bar's tooltip)
 * ```
 */
export function funnelSvg(review: TerritoryReview, options?: FunnelSvgOptions): string {
  const locale = territoryChartLocale("funnelSvg", review, options);
  return groupedBarSvg(territoryDataOf(review, locale).funnel, locale, options);
}
