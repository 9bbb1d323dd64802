/** pipelineByMonthSvg: the seller's stage-weighted revenue by expected month as a standalone SVG picture. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { territoryChartLocale, territoryDataOf, type TerritoryChartOptions } from "../vegaLite/territoryChartData.js";
import { groupedBarSvg } from "./_internal/barSvg.js";

/** Options of {@link pipelineByMonthSvg}: those of the Vega-Lite spec. */
export type PipelineByMonthSvgOptions = TerritoryChartOptions;

/**
 * Draws the seller's stage-weighted revenue (expected revenue × stage rate) by expected month (see
 * `territoryChartData`) as SVG: one bar a month with a deal, its `<title>` holding the exact amount, a
 * short amount over it, a value axis from zero, `<title>` and `<desc>`. The seller's revenue, not the
 * customer's value.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const svg = pipelineByMonthSvg(review);
 * svg.match(/<rect class="bar weighted"/g).length; //=> 3
 * ```
 */
export function pipelineByMonthSvg(review: TerritoryReview, options?: PipelineByMonthSvgOptions): string {
  const locale = territoryChartLocale("pipelineByMonthSvg", review, options);
  return groupedBarSvg(territoryDataOf(review, locale).months, locale, options);
}
