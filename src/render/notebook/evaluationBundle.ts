/** evaluationBundle: the notebook display of an evaluated value case. */
import type { Evaluation } from "../../quantify/types.js";
import { evaluationToMarkdown } from "../markdown/evaluationToMarkdown.js";
import { bundleOf, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/**
 * The MIME bundle a notebook shows for an evaluation: the documented calculation as Markdown, HTML and
 * plain text.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderOptionsError} (code `RENDER_INVALID_OPTIONS`) for bad options
 *
 * @example
 * ```ts
 * import { evaluationBundle } from "valueframe/render";
 * evaluationBundle(evaluate(distributor))["text/markdown"].includes("DSO reduction × daily revenue"); //=> true
 * ```
 */
export function evaluationBundle(evaluation: Evaluation, options?: JupyterBundleOptions): JupyterBundle {
  return bundleOf(evaluationToMarkdown(evaluation, markdownOptions(options)));
}
