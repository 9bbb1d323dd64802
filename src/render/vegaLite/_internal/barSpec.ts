/** A chart of grouped bars (the territory's funnel, months and review) as a Vega-Lite v5 spec. */
import { territoryPalette } from "../../_internal/chartStyle.js";
import type { TerritoryBarChart } from "../territoryChartData.js";
import type { ChartSizeOptions, VegaLiteSpec } from "../types.js";
import { baseSpec, toPlot } from "./spec.js";

/**
 * Bars side by side within each group (`xOffset` by series), coloured by series, each labelled in its
 * tooltip with its exact text. Numbers in the data are for plotting only.
 */
export function groupedBarSpec(chart: TerritoryBarChart, options: ChartSizeOptions | undefined): VegaLiteSpec {
  const labels = chart.series.map((s) => s.label);
  const labelOf = new Map(chart.series.map((s) => [s.id, s.label]));
  const values = chart.groups.flatMap((group) =>
    group.bars.map((bar) => ({ key: group.key, group: group.note === undefined ? group.label : `${group.label} (${group.note})`, series: labelOf.get(bar.series) ?? bar.series, value: toPlot(bar.value), text: bar.text })),
  );
  return baseSpec(chart.title, chart.description, values, options, {
    mark: { type: "bar" },
    encoding: {
      x: { field: "group", type: "nominal", sort: null, title: chart.xTitle, axis: { labelAngle: 0, labelLimit: 0 } },
      xOffset: { field: "series", type: "nominal", sort: labels },
      y: { field: "value", type: "quantitative", title: chart.yTitle },
      color: { field: "series", type: "nominal", title: null, sort: labels, scale: { domain: labels, range: chart.series.map((s) => territoryPalette[s.id]) } },
      tooltip: [
        { field: "group", title: chart.xTitle },
        { field: "series", title: " " },
        { field: "text", title: chart.yTitle },
      ],
    },
  });
}
