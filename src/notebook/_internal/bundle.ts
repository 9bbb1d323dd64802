/** Builds a MIME bundle from rendered Markdown. */
import { markdownToHtml } from "../../render/markdown/markdownToHtml.js";
import type { VegaLiteSpec } from "../../render/vegaLite/types.js";
import type { JupyterBundle, JupyterBundleOptions } from "../types.js";

/** The bundle of a Markdown document; HTML is wrapped in one element a notebook can style. */
export function bundleOf(markdown: string, chart?: VegaLiteSpec): JupyterBundle {
  const bundle: JupyterBundle = {
    "text/markdown": markdown,
    "text/html": `<div class="valueframe">\n${markdownToHtml(markdown)}\n</div>`,
    "text/plain": markdown,
    ...(chart === undefined ? {} : { "application/vnd.vegalite.v5+json": chart }),
  };
  return Object.freeze(bundle);
}

/** The renderer options of a notebook display: title one level down by default. */
export function markdownOptions(options: JupyterBundleOptions | undefined): JupyterBundleOptions {
  return { ...options, headingLevel: options?.headingLevel ?? 2 };
}
