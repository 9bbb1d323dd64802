/** portfolioBundle: the notebook display of a portfolio's pipeline — the seller's view across many value cases, with the monthly net flows drawn. */
import { markdownToHtml } from "../render/markdown/markdownToHtml.js";
import { type PortfolioPipeline, portfolioToMarkdown } from "../render/markdown/portfolioToMarkdown.js";
import type { Audience } from "../render/options.js";
import { portfolioFlowsSvg } from "../render/svg/portfolioFlowsSvg.js";
import { bundleOf, chartFigure, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link portfolioBundle}: the notebook's, whom it is for, and the title. */
export interface PortfolioBundleOptions extends JupyterBundleOptions {
  /** `"internal"` (default); for `"customer"` the bundle holds the title alone and no chart: a portfolio is the seller's. */
  readonly audience?: Audience;
  /** The document's title (default: "Portfolio pipeline"), e.g. the folder or team it covers. */
  readonly title?: string;
}

/**
 * The MIME bundle a notebook shows for a portfolio's pipeline: its document (`portfolioToMarkdown`: the
 * cases, currency and rates, the customers' weighted NPV by decision month with the seller's
 * stage-weighted revenue beside it, never added, by tier, stage, solution and perspective, the flows,
 * the simulated risk, the ranking and the failures) as Markdown; HTML with the customers' weighted net
 * flow by calendar month drawn after it as bars (the chart of `portfolioToHtml`); and as plain text the
 * headline alone (cases, currency, both totals, the rates used). `show(pipeline)` displays it.
 * Seller-only.
 *
 * @param pipeline - from `aggregatePortfolio` or an aggregator's `result()` (valueframe/portfolio)
 * @param options - locale, heading level (default 2), `audience`, `title`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a portfolio pipeline or bad options
 *
 * @example
 * ```ts
 * import { portfolioBundle } from "valueframe/notebook";
 * const bundle = portfolioBundle(aggregatePortfolio(definePortfolio({ currency: "CNY" }), summaries), { title: "East team" });
 * Object.keys(bundle); //=> ["text/markdown", "text/html", "text/plain"]
 * bundle["text/markdown"].split("\n")[0]; //=> "## East team"
 * ```
 */
export function portfolioBundle(pipeline: PortfolioPipeline, options?: PortfolioBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = portfolioToMarkdown(pipeline, { ...options, ...resolved });
  // All of a portfolio is the seller's: a customer's view of it draws no chart either.
  if (options?.audience === "customer") return bundleOf(markdown);
  const summary = portfolioToMarkdown(pipeline, { ...options, ...resolved, sections: ["overview"] });
  const charts = portfolioFlowsSvg("portfolioBundle", pipeline, resolved.locale === undefined ? {} : { locale: resolved.locale });
  return bundleOf(markdown, undefined, [markdownToHtml(markdown), ...charts.map(chartFigure)].join("\n"), summary);
}
