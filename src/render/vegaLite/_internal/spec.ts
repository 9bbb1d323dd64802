/**
 * What every Vega-Lite spec shares: the `$schema`, the frame of the spec, and the one place where an
 * exact Decimal becomes a JSON number — for plotting positions only; every figure a reader sees is the
 * exact formatted text carried next to it. Colours and sizes are render's (`_internal/chartStyle.ts`).
 */
import type { Decimal } from "../../../numeric/decimal.js";
import { defaultSize } from "../../_internal/chartStyle.js";
import type { ChartSizeOptions, JsonValue, VegaLiteSpec } from "../types.js";

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
