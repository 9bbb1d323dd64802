/** waterfallSvg: the value waterfall as a standalone, printable SVG picture. */
import type { Evaluation } from "../../quantify/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { palette } from "../_internal/chartStyle.js";
import { waterfallData } from "../vegaLite/waterfallData.js";
import type { WaterfallSpecOptions } from "../vegaLite/waterfallSpec.js";
import { esc } from "../_internal/xml.js";
import { HALO, legend, px, svgDocument, textWidth, valueAxisY, verticalCanvas } from "./_internal/svg.js";
import { wrapText } from "./_internal/textFit.js";

/** Options of {@link waterfallSvg}: those of the Vega-Lite spec. */
export type WaterfallSvgOptions = WaterfallSpecOptions;

/**
 * Draws the value waterfall (see `waterfallData`) as SVG: one `<rect>` per bar (benefits green, costs
 * red, the net blue), dashed connectors, each bar labelled with its exact amount, a value axis with
 * nice ticks, a legend, and `<title>`/`<desc>` for screen readers. No script, no external resource.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure`, `basis`, `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const svg = waterfallSvg(evaluate(distributor));
 * svg.startsWith("<svg"); //=> true
 * svg.match(/<rect/g).length; //=> 5
 * ```
 */
export function waterfallSvg(evaluation: Evaluation, options?: WaterfallSvgOptions): string {
  const data = waterfallData(evaluation, options);
  const locale = chartOptions("waterfallSvg", options, {});
  // Room for the net's label, which is wider than its bar.
  const rightPad = Math.max(16, textWidth(data.bars[data.bars.length - 1]?.text ?? "") / 2 - 20);
  const values = data.bars.flatMap((bar) => [bar.start, bar.end]);
  const canvas = (bottomRoom: number) => verticalCanvas(values, locale, options, 64, rightPad, bottomRoom);
  // Bands are narrow: line names wrap below the axis onto as many lines as they need, never cut, and
  // the plot leaves room for the deepest.
  const first = canvas(48);
  const firstBand = (first.plot.right - first.plot.left) / data.bars.length;
  const deepest = Math.max(...data.bars.map((bar) => wrapText(bar.label, firstBand - 4, 11).length));
  const { width, height, y, plot } = deepest > 2 ? canvas(14 + 13 * deepest) : first;
  const band = (plot.right - plot.left) / data.bars.length;
  const barWidth = band * 0.62;
  const color = { benefit: palette.benefit, cost: palette.cost, net: palette.net } as const;
  const parts = [valueAxisY(y, plot, data.yTitle, locale)];
  // Many lines: amounts shrink to fit their band rather than overlap.
  const widest = Math.max(...data.bars.map((bar) => textWidth(bar.text)));
  const fontSize = Math.max(7, Math.min(11, Math.floor((11 * (band - 4)) / widest)));
  data.bars.forEach((bar, i) => {
    const x = plot.left + band * i + (band - barWidth) / 2;
    const y0 = y(bar.start);
    const y1 = y(bar.end);
    const upper = Math.min(y0, y1);
    const rise = !bar.end.lt(bar.start);
    parts.push(
      `<rect x="${px(x)}" y="${px(upper)}" width="${px(barWidth)}" height="${px(Math.max(Math.abs(y1 - y0), 1))}" fill="${color[bar.kind]}"><title>${esc(`${bar.label}: ${bar.text}`)}</title></rect>`,
      `<text x="${px(x + barWidth / 2)}" y="${px(rise ? upper - 4 : Math.max(y0, y1) + 12)}" text-anchor="middle" font-size="${fontSize}" fill="${palette.text}"${HALO}>${esc(bar.text)}</text>`,
    );
    const next = data.bars[i + 1];
    if (next !== undefined && next.kind !== "net") {
      parts.push(`<line x1="${px(x + barWidth)}" x2="${px(x + band)}" y1="${px(y1)}" y2="${px(y1)}" stroke="${palette.muted}" stroke-dasharray="3 2"/>`);
    }
    const lines = wrapText(bar.label, band - 4, 11);
    const tspans = lines.map((line, n) => `<tspan x="${px(x + barWidth / 2)}" dy="${n === 0 ? 0 : 13}">${esc(line)}</tspan>`).join("");
    parts.push(`<text x="${px(x + barWidth / 2)}" y="${px(plot.bottom + 16)}" text-anchor="middle" fill="${palette.text}">${tspans}</text>`);
  });
  parts.push(
    legend(
      [
        { label: data.legend.benefit, color: palette.benefit },
        { label: data.legend.cost, color: palette.cost },
        { label: data.legend.net, color: palette.net },
      ],
      plot.left,
      42,
    ),
  );
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
