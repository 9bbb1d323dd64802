/** realisationMoneySpec: the money realised against promised, cumulative over the case's periods, as a Vega-Lite v5 spec. */
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { palette, realisationPalette } from "../_internal/chartStyle.js";
import { chartDataOf, realisationChartLocale } from "./realisationChartData.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { RenderOptions } from "../options.js";
import type { VegaLiteSpec } from "./types.js";

/** Options of {@link realisationMoneySpec} (and of `realisationMoneySvg`): the locale and the plot's size. */
export interface RealisationMoneySpecOptions extends RenderOptions {
  /** Width of the plot in pixels (default 640). */
  readonly width?: number;
  /** Height of the plot in pixels (default 360). */
  readonly height?: number;
}

/**
 * The cumulative net flow over the case's periods (see `realisationChartData`) as a Vega-Lite v5 spec,
 * nominal and unweighted: promised, realised to date, and the forecasts at completion by the plan and by
 * the trend, one line with points each, and a rule at zero. Data is inline; numbers in it are for
 * plotting only, the tooltips carry the exact amounts.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a realisation track, or listing every bad option (unknown locale, size…)
 *
 * @example
 * ```ts
 * const spec = realisationMoneySpec(track);
 * spec.title; //=> "Realised against promised (cumulative, nominal, unweighted)"
 * ```
 */
export function realisationMoneySpec(track: RealisationTrack, options?: RealisationMoneySpecOptions): VegaLiteSpec {
  const locale = realisationChartLocale("realisationMoneySpec", track, options);
  const { money } = chartDataOf(track, locale, undefined);
  const values = money.series.flatMap((s) => s.points.map((p) => ({ series: s.label, period: p.period, at: toPlot(p.at), cumulative: toPlot(p.cumulative), text: p.text })));
  return baseSpec(money.title, money.description, values, options, {
    layer: [
      { mark: { type: "rule", color: palette.rule }, encoding: { y: { datum: 0 } } },
      {
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "at", type: "quantitative", title: money.xTitle, axis: { tickMinStep: 1, format: "d" } },
          y: { field: "cumulative", type: "quantitative", title: money.yTitle },
          color: { field: "series", type: "nominal", title: null, sort: null, scale: { domain: money.series.map((s) => s.label), range: money.series.map((s) => realisationPalette[s.id]) } },
          tooltip: [{ field: "series", title: " " }, { field: "period", title: money.xTitle }, { field: "text", title: money.yTitle }],
        },
      },
    ],
  });
}
