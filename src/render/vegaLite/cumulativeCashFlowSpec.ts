/** cumulativeCashFlowSpec: the cumulative cash flow with its payback point as a Vega-Lite v5 spec. */
import type { Evaluation } from "../../quantify/types.js";
import { cumulativeCashFlowData } from "./cumulativeCashFlowData.js";
import type { CumulativeCashFlowOptions } from "./cumulativeCashFlowData.js";
import { palette } from "../_internal/chartStyle.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { ChartSizeOptions, JsonValue, VegaLiteSpec } from "./types.js";

/** Options of {@link cumulativeCashFlowSpec}. */
export interface CumulativeCashFlowSpecOptions extends CumulativeCashFlowOptions, ChartSizeOptions {}

/**
 * The cumulative net cash flow by period (see {@link cumulativeCashFlowData}) as a Vega-Lite v5 spec: a
 * line with a point per period, a rule at zero and a diamond at the payback point labelled with the
 * payback time. Data is inline; numbers in it are for plotting only, the labels carry the exact figures.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure`, `discounted`, `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const spec = cumulativeCashFlowSpec(evaluate(distributor));
 * spec.layer[2].data.values[0].label; //=> "Payback: 0.09 years"
 * ```
 */
export function cumulativeCashFlowSpec(evaluation: Evaluation, options?: CumulativeCashFlowSpecOptions): VegaLiteSpec {
  const data = cumulativeCashFlowData(evaluation, options);
  const values = data.points.map((point) => ({ period: point.period, cumulative: toPlot(point.cumulative), text: point.text }));
  const x = { field: "period", type: "quantitative", title: data.xTitle, axis: { tickMinStep: 1, format: "d" } };
  const layers: JsonValue[] = [
    { mark: { type: "rule", color: palette.rule }, encoding: { y: { datum: 0 } } },
    {
      mark: { type: "line", point: true, color: palette.line },
      encoding: {
        x,
        y: { field: "cumulative", type: "quantitative", title: data.yTitle },
        tooltip: [{ field: "period", title: data.xTitle }, { field: "text", title: data.yTitle }],
      },
    },
  ];
  if (data.payback !== null) {
    layers.push({
      data: { values: [{ at: toPlot(data.payback.at), label: data.paybackText }] },
      layer: [
        { mark: { type: "point", shape: "diamond", size: 140, filled: true, color: palette.net }, encoding: { x: { field: "at", type: "quantitative" }, y: { datum: 0 } } },
        {
          mark: { type: "text", align: "left", dx: 8, dy: -10, fontWeight: "bold" },
          encoding: { x: { field: "at", type: "quantitative" }, y: { datum: 0 }, text: { field: "label" } },
        },
      ],
    });
  }
  return baseSpec(data.title, data.description, values, options, { layer: layers });
}
