/** realisationKpiSpec: each KPI's planned path and actuals as a Vega-Lite v5 spec. */
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { realisationPalette } from "../_internal/chartStyle.js";
import { chartDataOf, realisationChartLocale, type RealisationChartOptions, type RealisationKpiChart } from "./realisationChartData.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { JsonValue, VegaLiteSpec } from "./types.js";

/** Options of {@link realisationKpiSpec}: the locale, one KPI by id (default every KPI), the size of each KPI's plot. */
export interface RealisationKpiSpecOptions extends RealisationChartOptions {
  /** Width of each KPI's plot in pixels (default 640). */
  readonly width?: number;
  /** Height of each KPI's plot in pixels (default 360). */
  readonly height?: number;
}

/**
 * Each KPI's planned path against its actuals (see `realisationChartData`) as a Vega-Lite v5 spec: the
 * planned path as a line, each counted measurement as a point, the target as a dotted rule; time runs
 * left to right. One KPI (`kpi`, or a realisation of one KPI) is one layered chart; several are stacked
 * one under the other (`vconcat`), each on its own value scale and unit. Data is inline; numbers in it
 * are for plotting only, the tooltips carry the exact figures.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - `locale`, `kpi`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a realisation track, or listing every bad option (unknown locale, KPI, size…)
 *
 * @example
 * ```ts
 * const spec = realisationKpiSpec(track, { kpi: "k-dso" });
 * spec.title; //=> "Days sales outstanding: planned against actual"
 * spec.data.values.filter((v) => v.kind === "actual").length; //=> 3
 * ```
 */
export function realisationKpiSpec(track: RealisationTrack, options?: RealisationKpiSpecOptions): VegaLiteSpec {
  const locale = realisationChartLocale("realisationKpiSpec", track, options);
  const data = chartDataOf(track, locale, options?.kpi);
  const c = locale.locale.text.realise.charts;
  const values = data.kpis.flatMap((k) => [
    ...k.planned.map((p) => ({ kpi: k.id, kind: "planned", series: c.planned, date: p.date, value: toPlot(p.value), text: p.text })),
    ...k.actuals.map((p) => ({ kpi: k.id, kind: "actual", series: c.actual, date: p.date, value: toPlot(p.value), text: p.text })),
  ]);
  const color = { field: "series", type: "nominal", title: null, scale: { domain: [c.planned, c.actual], range: [realisationPalette.planned, realisationPalette.actual] } };
  const layers = (k: RealisationKpiChart): JsonValue[] => {
    const x = { field: "date", type: "temporal", title: k.xTitle };
    const y = { field: "value", type: "quantitative", title: k.yTitle, scale: { zero: false } };
    const tooltip = [{ field: "series", title: " " }, { field: "date", type: "temporal", title: k.xTitle }, { field: "text", title: k.yTitle }];
    return [
      { mark: { type: "rule", color: realisationPalette.target, strokeDash: [2, 3] }, encoding: { y: { datum: toPlot(k.target) } } },
      { mark: { type: "text", align: "right", dy: -6, color: realisationPalette.target }, encoding: { x: { value: "width" }, y: { datum: toPlot(k.target) }, text: { value: k.targetText } } },
      { transform: [{ filter: { field: "kind", equal: "planned" } }], mark: { type: "line", strokeDash: [6, 4] }, encoding: { x, y, color, tooltip } },
      { transform: [{ filter: { field: "kind", equal: "actual" } }], mark: { type: "point", filled: true, size: 70 }, encoding: { x, y, color, tooltip } },
    ];
  };
  if (data.kpis.length === 1) {
    const only = data.kpis[0]!;
    return baseSpec(only.title, only.description, values, options, { layer: layers(only) });
  }
  const width = options?.width ?? 640;
  const height = options?.height ?? 360;
  const description = data.kpis.map((k) => k.description).join(c.separator);
  const { width: _w, height: _h, ...spec } = baseSpec(data.title, description, values, options, {
    vconcat: data.kpis.map((k) => ({ title: k.title, width, height, transform: [{ filter: { field: "kpi", equal: k.id } }], layer: layers(k) })),
    resolve: { scale: { y: "independent" } },
  });
  return spec as VegaLiteSpec;
}
