/** evaluationBundle: the notebook display of an evaluated value case. */
import type { Evaluation } from "../quantify/types.js";
import { evaluationToMarkdown } from "../render/markdown/evaluationToMarkdown.js";
import { cumulativeCashFlowSpec } from "../render/vegaLite/cumulativeCashFlowSpec.js";
import { bundleOf, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/**
 * The MIME bundle a notebook shows for an evaluation: the documented calculation as Markdown, HTML and
 * plain text, and the cumulative cash flow with its payback point as a Vega-Lite v5 chart
 * (`application/vnd.vegalite.v5+json`, probability-weighted).
 *
 * @param evaluation - the result of `evaluate`
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for bad options
 *
 * @example
 * ```ts
 * import { evaluationBundle } from "valueframe/notebook";
 * const bundle = evaluationBundle(evaluate(distributor));
 * bundle["text/markdown"].includes("DSO reduction × daily revenue"); //=> true
 * bundle["application/vnd.vegalite.v5+json"].$schema; //=> "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export function evaluationBundle(evaluation: Evaluation, options?: JupyterBundleOptions): JupyterBundle {
  const markdown = evaluationToMarkdown(evaluation, markdownOptions(options));
  const chart = cumulativeCashFlowSpec(evaluation, options?.locale === undefined ? {} : { locale: options.locale });
  return bundleOf(markdown, chart);
}
