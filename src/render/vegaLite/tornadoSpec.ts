/** tornadoSpec: the sensitivity tornado as a Vega-Lite v5 spec. */
import type { Tornado } from "../../quantify/types.js";
import { palette } from "../_internal/chartStyle.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import { tornadoData } from "./tornadoData.js";
import type { TornadoChartOptions } from "./tornadoData.js";
import type { ChartSizeOptions, VegaLiteSpec } from "./types.js";

/** Options of {@link tornadoSpec}. */
export interface TornadoSpecOptions extends TornadoChartOptions, Omit<ChartSizeOptions, "measure"> {}

/**
 * The tornado (see {@link tornadoData}) as a Vega-Lite v5 spec: per driver, largest swing on top, a bar
 * from the base NPV to the NPV at the driver's low value and one to its high value, and a rule at the
 * base NPV. Data is inline; numbers in it are for plotting only, the labels carry the exact figures.
 *
 * @param tornado - the result of `tornado(valueCase)`
 * @param options - `currency`, `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const spec = tornadoSpec(tornado(distributor), { currency: "CNY" });
 * spec.data.values.length; //=> 10 (a low and a high bar for each of 5 drivers)
 * ```
 */
export function tornadoSpec(tornado: Tornado, options?: TornadoSpecOptions): VegaLiteSpec {
  const data = tornadoData(tornado, options);
  const base = toPlot(data.baseNpv);
  const values = data.rows.flatMap((row) => [
    { driver: row.rowLabel, side: data.legend.low, from: base, to: toPlot(row.npvAtLow), text: row.lowText },
    { driver: row.rowLabel, side: data.legend.high, from: base, to: toPlot(row.npvAtHigh), text: row.highText },
  ]);
  // labelLimit 0: Vega cuts a label at its limit with "…"; a driver's name and range are shown whole.
  const y = { field: "driver", type: "nominal", title: data.yTitle, sort: data.rows.map((row) => row.rowLabel), axis: { labelLimit: 0 } };
  return baseSpec(data.title, data.description, values, options, {
    layer: [
      {
        mark: { type: "bar", height: { band: 0.6 } },
        encoding: {
          y,
          x: { field: "from", type: "quantitative", title: data.xTitle, scale: { zero: false } },
          x2: { field: "to" },
          color: { field: "side", type: "nominal", title: null, scale: { domain: [data.legend.low, data.legend.high], range: [palette.low, palette.high] } },
          tooltip: [{ field: "driver", title: data.yTitle }, { field: "side" }, { field: "text", title: data.xTitle }],
        },
      },
      { mark: { type: "rule", color: palette.rule, strokeDash: [4, 3] }, encoding: { x: { datum: base } } },
    ],
  });
}
