/** The MIME bundle notebooks display, and the options of the notebook display functions. */
import type { DocumentOptions } from "../render/options.js";
import type { VegaLiteSpec } from "../render/vegaLite/types.js";

/** `Symbol.for("Jupyter.display")`: Deno's Jupyter kernel calls an object's method under this key to display it. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as typeof JUPYTER_DISPLAY;

/** A MIME bundle: the same content as Markdown, HTML and plain text, plus a Vega-Lite chart where one fits. */
export interface JupyterBundle {
  readonly "text/markdown": string;
  readonly "text/html": string;
  readonly "text/plain": string;
  readonly "application/vnd.vegalite.v5+json"?: VegaLiteSpec;
}

/**
 * Options of the notebook display functions: the locale, and the level of the title heading, 1–5 —
 * default 2 here, so the display sits under a notebook's own headings.
 */
export type JupyterBundleOptions = DocumentOptions;
