/** histogramData: the bars of a simulated NPV distribution and its P10, P50 and P90 marks. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { Simulation } from "../../quantify/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import type { ChartOptions } from "./types.js";

/** Options of {@link histogramData}. The measure is the simulation's own. */
export interface HistogramOptions extends Omit<ChartOptions, "measure"> {}

/** One bar: the iterations whose NPV fell in [from, to). */
export interface HistogramBar {
  readonly from: Decimal;
  readonly to: Decimal;
  readonly count: number;
  /** "CN¥18,000,000.00 – CN¥19,000,000.00". */
  readonly text: string;
}

/** One percentile mark drawn as a vertical rule. */
export interface HistogramMark {
  readonly p: 10 | 50 | 90;
  readonly value: Decimal;
  /** "P10 CN¥13,952,100.61". */
  readonly text: string;
}

/** Everything a histogram chart shows. */
export interface HistogramData {
  readonly title: string;
  readonly description: string;
  readonly currency: string;
  readonly measure: "weighted" | "unadjusted";
  readonly iterations: number;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly bars: readonly HistogramBar[];
  readonly marks: readonly HistogramMark[];
}

/**
 * The bars of a Monte Carlo NPV distribution (the simulation's histogram bins) and rules at its P10,
 * P50 and P90. The figures come from `simulate`, which samples in float64 and reports each figure as
 * the Decimal copy of a float.
 *
 * @param simulation - the result of `simulate(valueCase)`
 * @param options - `locale`
 * @returns the bars and percentile marks, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const data = histogramData(simulate(distributor, { iterations: 20000, seed: 7 }));
 * data.marks.map((mark) => mark.p); //=> [10, 50, 90]
 * data.bars.reduce((sum, bar) => sum + bar.count, 0); //=> 20000
 * ```
 */
export function histogramData(simulation: Simulation, options?: HistogramOptions): HistogramData {
  const locale = chartOptions("histogramData", options, {});
  const t = locale.text.charts;
  const money = (value: Decimal) => locale.money(value, simulation.currency);
  const bars = simulation.histogram.map((bin): HistogramBar => ({ from: bin.from, to: bin.to, count: bin.count, text: `${money(bin.from)} – ${money(bin.to)}` }));
  const marks = ([10, 50, 90] as const).map((p): HistogramMark => {
    const value = p === 10 ? simulation.npv.p10 : p === 50 ? simulation.npv.p50 : simulation.npv.p90;
    return { p, value, text: `${t.percentile(String(p))} ${money(value)}` };
  });
  return deepFreeze({
    title: t.histogram,
    description: t.describe.histogram(locale.number(new Dec(simulation.iterations), 0), marks.map((mark) => mark.text).join(", ")),
    currency: simulation.currency,
    measure: simulation.measure,
    iterations: simulation.iterations,
    xTitle: t.histogramAxis(simulation.currency),
    yTitle: t.count,
    bars,
    marks,
  });
}
