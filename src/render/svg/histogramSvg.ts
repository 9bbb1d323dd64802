/** histogramSvg: the simulated NPV distribution with P10/P50/P90 rules as a standalone SVG picture. */
import { Dec } from "../../numeric/decimal.js";
import type { Simulation } from "../../quantify/types.js";
import { histogramData } from "../vegaLite/histogramData.js";
import type { HistogramSpecOptions } from "../vegaLite/histogramSpec.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { palette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { HALO, linearScale, px, svgDocument, textWidth, tickCount, valueAxisX, valueAxisY, verticalCanvas } from "./_internal/svg.js";

/** Options of {@link histogramSvg}: those of the Vega-Lite spec. */
export type HistogramSvgOptions = HistogramSpecOptions;

/**
 * Draws the simulated NPV distribution (see `histogramData`) as SVG: one `<rect>` per bin, dashed rules
 * at P10, P50 and P90 labelled with their exact texts, axes with nice ticks, `<title>` and `<desc>`.
 *
 * @param simulation - the result of `simulate(valueCase)`
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, size…)
 *
 * @example
 * ```ts
 * const svg = histogramSvg(simulate(distributor, { iterations: 20000, seed: 7, bins: 30 }));
 * svg.match(/<rect/g).length; //=> 30
 * ```
 */
export function histogramSvg(simulation: Simulation, options?: HistogramSvgOptions): string {
  const data = histogramData(simulation, options);
  const locale = chartOptions("histogramSvg", options, {});
  const counts = data.bars.map((bar) => new Dec(bar.count));
  const { width, height, y, plot } = verticalCanvas([new Dec(0), ...counts], locale, options, 84, 40);
  const edges = [...data.bars.flatMap((bar) => [bar.from, bar.to]), ...data.marks.map((mark) => mark.value)];
  const x = linearScale(edges.length > 0 ? edges : [new Dec(0)], plot.left, plot.right, tickCount(plot.right - plot.left));
  const parts = [valueAxisY(y, plot, data.yTitle, locale), valueAxisX(x, plot, data.xTitle, locale)];
  for (const bar of data.bars) {
    const x0 = x(bar.from);
    const x1 = x(bar.to);
    const y1 = y(new Dec(bar.count));
    parts.push(
      `<rect x="${px(x0 + 0.5)}" y="${px(y1)}" width="${px(Math.max(x1 - x0 - 1, 0.5))}" height="${px(plot.bottom - y1)}" fill="${palette.bin}"><title>${esc(`${bar.text}: ${bar.count}`)}</title></rect>`,
    );
  }
  data.marks.forEach((mark, i) => {
    const cx = x(mark.value);
    const labelY = plot.top - 30 + i * 12;
    parts.push(
      `<line x1="${px(cx)}" x2="${px(cx)}" y1="${px(labelY + 3)}" y2="${px(plot.bottom)}" stroke="${palette.rule}" stroke-dasharray="4 3"/>`,
      // A label that would run past the plot's right edge goes to the left of its rule.
      cx + 4 + textWidth(mark.text) > width
        ? `<text x="${px(cx - 4)}" y="${px(labelY)}" text-anchor="end" fill="${palette.rule}"${HALO}>${esc(mark.text)}</text>`
        : `<text x="${px(cx + 4)}" y="${px(labelY)}" fill="${palette.rule}"${HALO}>${esc(mark.text)}</text>`,
    );
  });
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
