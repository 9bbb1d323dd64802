/** A chart of grouped bars (the territory's funnel, months and review; the portfolio's flows by month) as a standalone SVG picture. */
import { Dec, type Decimal } from "../../../numeric/decimal.js";
import type { ChartLocale } from "../../_internal/chartOptions.js";
import { palette, territoryPalette } from "../../_internal/chartStyle.js";
import { esc } from "../../_internal/xml.js";
import type { TerritoryBarChart } from "../../vegaLite/territoryChartData.js";
import { HALO, legend, px, svgDocument, textWidth, valueAxisY, verticalCanvas } from "./svg.js";

/** What {@link groupedBarSvg} draws: a {@link TerritoryBarChart} of any series. */
export type GroupedBarChart = Omit<TerritoryBarChart, "series" | "groups"> & {
  readonly series: readonly { readonly id: string; readonly label: string }[];
  readonly groups: readonly (Omit<TerritoryBarChart["groups"][number], "bars"> & { readonly bars: readonly { readonly series: string; readonly value: Decimal; readonly text: string }[] })[];
};

/**
 * Draws the groups side by side, each group's bars next to one another in series order: one `<rect
 * class="bar SERIES" data-group="KEY">` a bar whose `<title>` holds its exact text, a short amount over
 * it (left out when it would not fit its group), the group's label (and note) under the axis — every
 * second, third… group's when the labels would overlap — a value axis with nice ticks through zero, a
 * legend, `<title>` and `<desc>`. Each series is drawn in its colour of `colors` (the territory's by default).
 */
export function groupedBarSvg(
  chart: GroupedBarChart,
  locale: ChartLocale,
  options: { readonly width?: number; readonly height?: number } | undefined,
  colors: Readonly<Record<string, string>> = territoryPalette,
): string {
  const words = locale.locale.text.territory.charts;
  const values = [new Dec(0), ...chart.groups.flatMap((g) => g.bars.map((b) => b.value))];
  const { width, height, y, plot } = verticalCanvas(values, locale, options, 64, 16, 60);
  const color = (series: string) => colors[series] ?? palette.net;
  const parts = [legend(chart.series.map((s) => ({ label: s.label, color: color(s.id) })), plot.left, 42), valueAxisY(y, plot, chart.yTitle, locale)];
  const labelOf = new Map(chart.series.map((s) => [s.id, s.label]));
  const band = (plot.right - plot.left) / Math.max(1, chart.groups.length);
  const barWidth = (band * 0.72) / chart.series.length;
  const base = y(new Dec(0));
  const short = (value: Decimal) => (chart.currency === undefined ? locale.number(value) : locale.moneyShort(value, chart.currency));
  // Many bars: the short amounts shrink to fit their bar rather than overlap.
  const widest = Math.max(1, ...chart.groups.flatMap((g) => g.bars.map((b) => textWidth(short(b.value), 10))));
  const fontSize = Math.max(7, Math.min(10, Math.floor((10 * barWidth) / widest)));
  // Too many groups for even the smallest amounts, or for every label: the amounts stay in the tooltips, every n-th group is labelled.
  const amounts = (widest * fontSize) / 10 <= band;
  const every = Math.max(1, Math.ceil((Math.max(0, ...chart.groups.map((g) => textWidth(g.label))) + 8) / band));
  chart.groups.forEach((group, i) => {
    const left = plot.left + band * i + band * 0.14;
    for (const bar of group.bars) {
      const x = left + barWidth * chart.series.findIndex((s) => s.id === bar.series);
      const top = y(bar.value);
      const tip = words.bar(labelOf.get(bar.series) ?? bar.series, group.label, bar.text);
      parts.push(
        `<rect class="bar ${bar.series}" data-group="${esc(group.key)}" x="${px(x)}" y="${px(Math.min(top, base))}" width="${px(barWidth - 2)}" height="${px(Math.abs(base - top))}" fill="${color(bar.series)}"><title>${esc(tip)}</title></rect>`,
      );
      if (amounts) parts.push(`<text x="${px(x + (barWidth - 2) / 2)}" y="${px(Math.min(top, base) - 4)}" text-anchor="middle" font-size="${fontSize}" fill="${palette.text}"${HALO}>${esc(short(bar.value))}</text>`);
    }
    if (i % every !== 0) return;
    const middle = plot.left + band * i + band / 2;
    parts.push(`<text class="group" x="${px(middle)}" y="${px(plot.bottom + 16)}" text-anchor="middle" fill="${palette.text}">${esc(group.label)}</text>`);
    if (group.note !== undefined) parts.push(`<text x="${px(middle)}" y="${px(plot.bottom + 30)}" text-anchor="middle" fill="${palette.muted}">${esc(group.note)}</text>`);
  });
  if (chart.groups.length === 0) parts.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle" fill="${palette.muted}">${esc(words.none)}</text>`);
  parts.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px(plot.bottom + 48)}" text-anchor="middle" fill="${palette.text}">${esc(chart.xTitle)}</text>`);
  return svgDocument(width, height, chart.title, chart.description, parts.join(""));
}
