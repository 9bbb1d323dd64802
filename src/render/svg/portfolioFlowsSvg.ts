/**
 * The one chart of a portfolio's pipeline — the customers' weighted net flow by calendar month as bars —
 * drawn by portfolioToHtml after the flows and by the notebook's portfolioBundle. Not exported by an entry.
 */
import { chartOptions, type ChartLocale } from "../_internal/chartOptions.js";
import { palette } from "../_internal/chartStyle.js";
import { monthName, sum } from "../_internal/portfolioText.js";
import type { PortfolioPipeline } from "../markdown/portfolioToMarkdown.js";
import type { RenderOptions } from "../options.js";
import { groupedBarSvg, type GroupedBarChart } from "./_internal/barSvg.js";

/** The customers' weighted net flow by calendar month as grouped bars of one series, each bar's exact amount in its tooltip. */
function flowsChart(pipeline: PortfolioPipeline, locale: ChartLocale): GroupedBarChart {
  const t = locale.locale.text;
  const c = t.portfolio.charts;
  const { months } = pipeline.customerValue.flows;
  const money = (value: PortfolioPipeline["customerValue"]["weightedNpv"]) => locale.money(value, pipeline.currency);
  return {
    title: c.flowsTitle,
    description: c.describeFlows(months.length, money(sum(months.map((m) => m.weightedNet)))),
    currency: pipeline.currency,
    xTitle: c.monthAxis,
    yTitle: c.moneyAxis(pipeline.currency),
    series: [{ id: "net", label: c.net }],
    groups: months.map((m) => ({ key: m.month, label: monthName(t, locale.locale.id, m.month, true), note: undefined, bars: [{ series: "net", value: m.weightedNet, text: money(m.weightedNet) }] })),
  };
}

/** The monthly net flows drawn as SVG in a checked locale: one `<svg>`, or none when no case is on the calendar. */
export function flowsSvg(pipeline: PortfolioPipeline, locale: ChartLocale): readonly string[] {
  return pipeline.customerValue.flows.months.length === 0 ? [] : [groupedBarSvg(flowsChart(pipeline, locale), locale, undefined, { net: palette.net })];
}

/**
 * {@link flowsSvg} for a caller outside render: the locale checked first, a bad one reported as `fn`'s.
 *
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a bad locale
 */
export function portfolioFlowsSvg(fn: string, pipeline: PortfolioPipeline, options?: RenderOptions): readonly string[] {
  return flowsSvg(pipeline, chartOptions(fn, { locale: options?.locale }, {}));
}
