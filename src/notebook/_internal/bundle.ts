/** Builds a MIME bundle from rendered Markdown. */
import { markdownToHtml } from "../../render/markdown/markdownToHtml.js";
import type { VegaLiteSpec } from "../../render/vegaLite/types.js";
import type { JupyterBundle, JupyterBundleOptions } from "../types.js";

/**
 * The bundle of a Markdown document; HTML is wrapped in one element a notebook can style. `html`, when
 * given, is the HTML view instead of the Markdown's (a document whose diagram is drawn as SVG there);
 * `plain`, when given, the plain text instead of the whole Markdown (a summary of a long document).
 */
export function bundleOf(markdown: string, chart?: VegaLiteSpec, html?: string, plain?: string): JupyterBundle {
  const bundle: JupyterBundle = {
    "text/markdown": markdown,
    "text/html": `<div class="valueframe">\n${html ?? markdownToHtml(markdown)}\n</div>`,
    "text/plain": plain ?? markdown,
    ...(chart === undefined ? {} : { "application/vnd.vegalite.v5+json": chart }),
  };
  return Object.freeze(bundle);
}

/**
 * The HTML view of a document whose Markdown carries its diagram as a Mermaid block (which notebooks show
 * as code): the document without that section, then the diagram drawn as SVG under its heading.
 */
export function withDrawnDiagram(markdownWithout: string, heading: string, level: number, svg: string): string {
  return `${markdownToHtml(markdownWithout)}\n${markdownToHtml(`${"#".repeat(level)} ${heading}`)}\n<figure class="diagram">${svg.replace("<svg ", '<svg style="max-width:100%;height:auto" ')}</figure>`;
}

/** An inline SVG chart as a figure that fits the notebook's width. */
export function chartFigure(svg: string): string {
  return `<figure class="chart">${svg.replace("<svg ", '<svg style="max-width:100%;height:auto" ')}</figure>`;
}

/** The renderer options of a notebook display: title one level down by default. */
export function markdownOptions(options: JupyterBundleOptions | undefined): JupyterBundleOptions {
  return { ...options, headingLevel: options?.headingLevel ?? 2 };
}
