/** tornadoSvg: the sensitivity tornado as a standalone SVG picture. */
import type { Tornado } from "../../quantify/types.js";
import { tornadoData } from "../vegaLite/tornadoData.js";
import type { TornadoSpecOptions } from "../vegaLite/tornadoSpec.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { defaultSize, palette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { legend, linearScale, tickCount, px, svgDocument, textWidth, valueAxisX } from "./_internal/svg.js";
import { wrapText } from "./_internal/textFit.js";

/** Options of {@link tornadoSvg}: those of the Vega-Lite spec. */
export type TornadoSvgOptions = TornadoSpecOptions;

/**
 * Draws the tornado (see `tornadoData`) as SVG: per driver, largest swing on top, one `<rect>` from the
 * base NPV to the NPV at the driver's low value and one to its high value, each end labelled with its
 * exact NPV; a dashed rule at the base NPV, a legend, `<title>` and `<desc>`.
 *
 * @param tornado - the result of `tornado(valueCase)`
 * @param options - `currency`, `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, currency, size…)
 *
 * @example
 * ```ts
 * const svg = tornadoSvg(tornado(distributor), { currency: "CNY" });
 * svg.match(/<rect/g).length; //=> 10
 * ```
 */
export function tornadoSvg(tornado: Tornado, options?: TornadoSvgOptions): string {
  const data = tornadoData(tornado, options);
  const locale = chartOptions("tornadoSvg", options, {});
  const width = options?.width ?? defaultSize.width;
  const labelWidth = Math.min(width * 0.34, 12 + Math.max(0, ...data.rows.map((row) => textWidth(row.rowLabel))));
  // A driver's name and range wrap onto as many lines as they need, never cut; each row is as tall as the deepest.
  const labels = data.rows.map((row) => wrapText(row.rowLabel, labelWidth, 11));
  const rowHeight = Math.max(30, 10 + 13 * Math.max(1, ...labels.map((lines) => lines.length)));
  const height = Math.max(options?.height ?? defaultSize.height, 110 + data.rows.length * rowHeight);
  // Room on both sides for the NPV written at each bar's end.
  const pad = 14 + Math.max(0, ...data.rows.flatMap((row) => [textWidth(row.lowText), textWidth(row.highText)]));
  const plot = { left: labelWidth + 12 + pad, top: 64, right: width - pad, bottom: height - 48 };
  const x = linearScale([data.baseNpv, ...data.rows.flatMap((row) => [row.npvAtLow, row.npvAtHigh])], plot.left, plot.right, tickCount(plot.right - plot.left));
  const parts = [valueAxisX(x, plot, data.xTitle, locale)];
  const band = (plot.bottom - plot.top) / Math.max(data.rows.length, 1);
  const barHeight = Math.min(band * 0.6, 26);
  const base = x(data.baseNpv);
  data.rows.forEach((row, i) => {
    const cy = plot.top + band * i + band / 2;
    const lines = labels[i] ?? [];
    const tspans = lines.map((line, n) => `<tspan x="${px(labelWidth + 4)}" dy="${n === 0 ? (lines.length - 1) * -6.5 : 13}">${esc(line)}</tspan>`).join("");
    parts.push(`<text x="${px(labelWidth + 4)}" y="${px(cy)}" text-anchor="end" dominant-baseline="middle" fill="${palette.text}">${tspans}</text>`);
    for (const [npv, text, color] of [
      [row.npvAtLow, row.lowText, palette.low],
      [row.npvAtHigh, row.highText, palette.high],
    ] as const) {
      const end = x(npv);
      const from = Math.min(base, end);
      const leftSide = end < base;
      parts.push(
        `<rect x="${px(from)}" y="${px(cy - barHeight / 2)}" width="${px(Math.max(Math.abs(end - base), 1))}" height="${px(barHeight)}" fill="${color}"><title>${esc(`${row.label}: ${text}`)}</title></rect>`,
        `<text x="${px(leftSide ? end - 4 : end + 4)}" y="${px(cy)}" text-anchor="${leftSide ? "end" : "start"}" dominant-baseline="middle" fill="${palette.text}">${esc(text)}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${px(base)}" x2="${px(base)}" y1="${px(plot.top - 4)}" y2="${px(plot.bottom)}" stroke="${palette.rule}" stroke-dasharray="4 3"/>`,
    `<text x="${px(base)}" y="${px(plot.top - 8)}" text-anchor="middle" fill="${palette.rule}">${esc(locale.text.charts.base(data.baseText))}</text>`,
    legend(
      [
        { label: data.legend.low, color: palette.low },
        { label: data.legend.high, color: palette.high },
      ],
      16,
      40,
    ),
  );
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
