/**
 * What the Vega-Lite specs and SVG charts share: the colours (so both draw alike), the `$schema`, and
 * the one place where an exact Decimal becomes a JSON number — for plotting positions only; every
 * figure a reader sees is the exact formatted text carried next to it.
 */
import type { Decimal } from "../../../numeric/decimal.js";
import type { ChartSizeOptions, JsonValue, VegaLiteSpec } from "../types.js";

/** Colours: print well in colour and stay distinct in grey. */
export const palette = {
  benefit: "#2e7d32",
  cost: "#c62828",
  net: "#1565c0",
  line: "#1565c0",
  low: "#ef6c00",
  high: "#1565c0",
  bin: "#90a4ae",
  rule: "#37474f",
  grid: "#e0e0e0",
  text: "#212121",
  muted: "#616161",
} as const;

/** The default plot size in pixels. */
export const defaultSize = { width: 640, height: 360 } as const;

/** A Decimal as a JSON number, for plotting positions only. */
export function toPlot(value: Decimal): number {
  return value.toNumber();
}

/** The frame of every spec: schema, title, description, size and inline data. */
export function baseSpec(
  title: string,
  description: string,
  values: readonly { readonly [key: string]: JsonValue }[],
  options: ChartSizeOptions | undefined,
  rest: { readonly [key: string]: JsonValue },
): VegaLiteSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title,
    description,
    width: options?.width ?? defaultSize.width,
    height: options?.height ?? defaultSize.height,
    data: { values },
    ...rest,
    config: { font: "system-ui, sans-serif", view: { stroke: null } },
  };
}
