/**
 * The charts as standalone SVG pictures — value waterfall, cumulative cash flow, tornado, simulated
 * NPV histogram — drawn from the same chart data as the Vega-Lite specs, so the two never disagree.
 * Pure string builders: no script, no dependency, no external resource; printable.
 *
 * @module
 */
export { cumulativeCashFlowSvg } from "./cumulativeCashFlowSvg.js";
export type { CumulativeCashFlowSvgOptions } from "./cumulativeCashFlowSvg.js";
export { histogramSvg } from "./histogramSvg.js";
export type { HistogramSvgOptions } from "./histogramSvg.js";
export { tornadoSvg } from "./tornadoSvg.js";
export type { TornadoSvgOptions } from "./tornadoSvg.js";
export { waterfallSvg } from "./waterfallSvg.js";
export type { WaterfallSvgOptions } from "./waterfallSvg.js";
