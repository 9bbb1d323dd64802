/** histogramSpec: the simulated NPV distribution with P10/P50/P90 rules as a Vega-Lite v5 spec. */
import type { Simulation } from "../../quantify/types.js";
import { histogramData } from "./histogramData.js";
import type { HistogramOptions } from "./histogramData.js";
import { palette } from "../_internal/chartStyle.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { ChartSizeOptions, VegaLiteSpec } from "./types.js";

/** Options of {@link histogramSpec}. */
export interface HistogramSpecOptions extends HistogramOptions, Omit<ChartSizeOptions, "measure"> {}

/**
 * The simulated NPV distribution (see {@link histogramData}) as a Vega-Lite v5 spec: one bar per bin,
 * and dashed rules at P10, P50 and P90 labelled with their exact texts. Data is inline; numbers in it
 * are for plotting only.
 *
 * @param simulation - the result of `simulate(valueCase)`
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, size…)
 *
 * @example
 * ```ts
 * const spec = histogramSpec(simulate(distributor, { iterations: 20000, seed: 7 }));
 * spec.layer[1].data.values.map((mark) => mark.label.slice(0, 3)); //=> ["P10", "P50", "P90"]
 * ```
 */
export function histogramSpec(simulation: Simulation, options?: HistogramSpecOptions): VegaLiteSpec {
  const data = histogramData(simulation, options);
  const values = data.bars.map((bar) => ({ from: toPlot(bar.from), to: toPlot(bar.to), count: bar.count, text: bar.text }));
  const marks = data.marks.map((mark) => ({ at: toPlot(mark.value), label: mark.text }));
  return baseSpec(data.title, data.description, values, options, {
    layer: [
      {
        mark: { type: "bar", color: palette.bin, binSpacing: 1 },
        encoding: {
          x: { field: "from", type: "quantitative", title: data.xTitle, bin: { binned: true } },
          x2: { field: "to" },
          y: { field: "count", type: "quantitative", title: data.yTitle },
          tooltip: [{ field: "text", title: data.xTitle }, { field: "count", title: data.yTitle }],
        },
      },
      {
        data: { values: marks },
        layer: [
          { mark: { type: "rule", color: palette.rule, strokeDash: [4, 3] }, encoding: { x: { field: "at", type: "quantitative" } } },
          {
            mark: { type: "text", align: "left", baseline: "top", dx: 4, y: 4, angle: 0, fontSize: 11 },
            encoding: { x: { field: "at", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
    ],
  });
}
