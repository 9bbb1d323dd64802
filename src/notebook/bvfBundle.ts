/** bvfBundle: the notebook display of a BVF. Imports only BVF rendering (never the builder or defineBvf). */
import type { Bvf } from "../bvf/types.js";
import { bvfSections, bvfToMarkdown } from "../render/markdown/bvfToMarkdown.js";
import { getLocale } from "../render/locales/getLocale.js";
import { bvfDiagramSvg } from "../render/svg/bvfDiagramSvg.js";
import { bundleOf, markdownOptions, withDrawnDiagram } from "./_internal/bundle.js";
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
  const resolved = markdownOptions(options);
  const markdown = bvfToMarkdown(graph, resolved);
  // Notebooks show a Mermaid block as code: the HTML view draws the four levels as SVG instead.
  const without = bvfToMarkdown(graph, { ...resolved, sections: bvfSections.filter((section) => section !== "diagram") });
  const heading = getLocale(resolved.locale ?? "en").text.bvf.diagram;
  return bundleOf(markdown, undefined, withDrawnDiagram(without, heading, (resolved.headingLevel ?? 2) + 1, bvfDiagramSvg(graph, resolved.locale === undefined ? {} : { locale: resolved.locale })));
}
