/** The options every chart takes, and the plain-JSON type of a Vega-Lite spec. */
import type { RenderOptions } from "../options.js";

/** Options shared by every chart's data, Vega-Lite spec and SVG. */
export interface ChartOptions extends RenderOptions {
  /** Probability-weighted figures (default) or unadjusted ones. */
  readonly measure?: "weighted" | "unadjusted";
}

/** Options of a Vega-Lite spec or an SVG chart: the chart options plus its size in pixels. */
export interface ChartSizeOptions extends ChartOptions {
  /** Width of the plot in pixels (default 640). */
  readonly width?: number;
  /** Height of the plot in pixels (default 360). */
  readonly height?: number;
}

/** A JSON value: what a Vega-Lite spec is made of. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A Vega-Lite v5 spec as plain JSON: `$schema` set, data inline. */
export interface VegaLiteSpec {
  readonly $schema: "https://vega.github.io/schema/vega-lite/v5.json";
  readonly [key: string]: JsonValue;
}
