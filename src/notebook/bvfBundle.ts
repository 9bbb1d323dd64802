/** bvfBundle: the notebook display of a BVF. Imports only BVF rendering (never the builder or defineBvf). */
import type { Bvf } from "../bvf/types.js";
import { bvfToMarkdown } from "../render/markdown/bvfToMarkdown.js";
import { bundleOf, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/**
 * The MIME bundle a notebook shows for a Business Value Framework: its document (levels, links, checks,
 * roll-up) as Markdown, HTML and plain text. `show(graph)` displays it in Deno's Jupyter kernel.
 *
 * @param graph - a built BVF
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for bad options
 *
 * @example
 * ```ts
 * import { bvfBundle } from "valueframe/notebook";
 * bvfBundle(graph)["text/html"].includes("<h3>1. Executive KPIs</h3>"); //=> true
 * ```
 */
export function bvfBundle(graph: Bvf, options?: JupyterBundleOptions): JupyterBundle {
  return bundleOf(bvfToMarkdown(graph, markdownOptions(options)));
}
