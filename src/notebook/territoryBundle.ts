/** territoryBundle: the notebook display of a territory review — the funnel, the seller's pipeline and the tiers, with their charts drawn. */
import { markdownToHtml } from "../render/markdown/markdownToHtml.js";
import { type TerritoryReview, territoryToMarkdown } from "../render/markdown/territoryToMarkdown.js";
import type { Audience } from "../render/options.js";
import { funnelSvg } from "../render/svg/funnelSvg.js";
import { pipelineByMonthSvg } from "../render/svg/pipelineByMonthSvg.js";
import { tiersReviewSvg } from "../render/svg/tiersReviewSvg.js";
import { pipelineByMonthSpec } from "../render/vegaLite/pipelineByMonthSpec.js";
import { bundleOf, chartFigure, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link territoryBundle}: the notebook's and whom it is for. */
export interface TerritoryBundleOptions extends JupyterBundleOptions {
  /** `"internal"` (default); for `"customer"` the bundle holds the title alone and no chart: a territory is the seller's. */
  readonly audience?: Audience;
}

/**
 * The MIME bundle a notebook shows for a territory review: its document (`territoryToMarkdown`: the
 * funnel, the seller's stage-weighted revenue by month and stage, the opportunities, top accounts, the
 * tiers and their monthly review) as Markdown; HTML with the funnel by stage, the weighted revenue by
 * expected month and, when the tiers have a review, expected against actual drawn after it; plain text;
 * and the pipeline by month as a Vega-Lite spec. `show(review)` displays it. Seller-only.
 *
 * @param review - from `reviewTerritory` (valueframe/qualify)
 * @param options - locale, heading level (default 2), `audience`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a territory review or bad options
 *
 * @example
 * ```ts
 * import { territoryBundle } from "valueframe/notebook";
 * const bundle = territoryBundle(reviewTerritory(territory, { opportunities }));
 * Object.keys(bundle); //=> ["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]
 * ```
 */
export function territoryBundle(review: TerritoryReview, options?: TerritoryBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = territoryToMarkdown(review, { ...options, ...resolved });
  // All of a territory is the seller's: a customer's view of it draws no chart either.
  if (options?.audience === "customer") return bundleOf(markdown);
  const locale = resolved.locale === undefined ? {} : { locale: resolved.locale };
  const charts = [funnelSvg(review, locale), pipelineByMonthSvg(review, locale), ...((review.tiers?.months.length ?? 0) > 0 ? [tiersReviewSvg(review, locale)] : [])];
  return bundleOf(markdown, pipelineByMonthSpec(review, locale), `${markdownToHtml(markdown)}\n${charts.map(chartFigure).join("\n")}`);
}
