/** waterfallSpec: the value waterfall as a Vega-Lite v5 spec. */
import type { Evaluation } from "../../quantify/types.js";
import { palette } from "../_internal/chartStyle.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { ChartSizeOptions, VegaLiteSpec } from "./types.js";
import { waterfallData } from "./waterfallData.js";
import type { WaterfallOptions } from "./waterfallData.js";

/** Options of {@link waterfallSpec}. */
export interface WaterfallSpecOptions extends WaterfallOptions, ChartSizeOptions {}

/**
 * The value waterfall (see {@link waterfallData}) as a Vega-Lite v5 spec: floating bars from `start` to
 * `end`, coloured benefit / cost / net, each labelled with its exact amount. Data is inline; numbers in
 * it are for plotting only, the labels carry the exact figures.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure`, `basis`, `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const spec = waterfallSpec(evaluate(distributor));
 * spec.$schema; //=> "https://vega.github.io/schema/vega-lite/v5.json"
 * spec.data.values.at(-1).text; //=> "CN¥23,196,000.00"
 * ```
 */
export function waterfallSpec(evaluation: Evaluation, options?: WaterfallSpecOptions): VegaLiteSpec {
  const data = waterfallData(evaluation, options);
  const values = data.bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    kind: data.legend[bar.kind],
    start: toPlot(bar.start),
    end: toPlot(bar.end),
    top: toPlot(bar.start.gt(bar.end) ? bar.start : bar.end),
    amount: toPlot(bar.amount),
    text: bar.text,
  }));
  // labelLimit 0: Vega cuts a label at its limit with "…"; a line's name is shown whole.
  return baseSpec(data.title, data.description, values, options, {
    encoding: { x: { field: "label", type: "nominal", sort: null, title: data.xTitle, axis: { labelAngle: -20, labelLimit: 0 } } },
    layer: [
      {
        mark: { type: "bar", width: { band: 0.7 } },
        encoding: {
          y: { field: "start", type: "quantitative", title: data.yTitle },
          y2: { field: "end" },
          color: {
            field: "kind",
            type: "nominal",
            title: null,
            scale: { domain: [data.legend.benefit, data.legend.cost, data.legend.net], range: [palette.benefit, palette.cost, palette.net] },
          },
          tooltip: [{ field: "label", title: data.xTitle }, { field: "text", title: data.yTitle }],
        },
      },
      {
        mark: { type: "text", baseline: "bottom", dy: -4, fontSize: 11 },
        encoding: { y: { field: "top", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  });
}
