/** valueMatrixSvg: the customer value matrix — short-term gain × long-term impact — with the deal placed, as a standalone SVG picture. */
import type { Qualification } from "../../qualify/schema.js";
import { defaultSize, palette, qualifyPalette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { qualificationChartLocale, valueMatrixDataOf } from "../vegaLite/qualificationChartData.js";
import type { ValueMatrixSpecOptions } from "../vegaLite/valueMatrixSpec.js";
import { HALO, px, svgDocument, textWidth } from "./_internal/svg.js";
import { wrapText } from "./_internal/textFit.js";

/** Options of {@link valueMatrixSvg}: those of the Vega-Lite spec. */
export type ValueMatrixSvgOptions = ValueMatrixSpecOptions;

/**
 * Draws the customer value matrix (see `valueMatrixData`) as SVG: short-term gain across (small business
 * on the left, big on the right of the seller's threshold), long-term impact up (low below, high above
 * its threshold), the two thresholds drawn as dashed lines labelled with their figures, the four
 * quadrants shaded and labelled with their category 1–4 and what to commit, and the deal as a dot in its
 * quadrant, labelled within it with its gain and impact (a `<title>` too). Each quadrant carries its category in
 * `data-category`, and so does the deal's dot. `<title>` and `<desc>` say where the deal is. Deterministic.
 *
 * @param qualification - from `defineQualification`, with its `valueMatrix`
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without a value matrix or a gain, or a bad option
 *
 * @example
 * ```ts
 * const svg = valueMatrixSvg(qualification);
 * svg.match(/<rect class="quadrant"/g).length; //=> 4
 * svg.includes('<circle class="deal" data-category="1"'); //=> true
 * ```
 */
export function valueMatrixSvg(qualification: Qualification, options?: ValueMatrixSvgOptions): string {
  const locale = qualificationChartLocale("valueMatrixSvg", qualification, options);
  const data = valueMatrixDataOf("valueMatrixSvg", qualification, locale);
  const width = options?.width ?? defaultSize.width;
  const height = options?.height ?? defaultSize.height;
  const plot = { left: 48, top: 40, right: width - 24, bottom: height - 56 };
  const midX = (plot.left + plot.right) / 2;
  const midY = (plot.top + plot.bottom) / 2;
  const x = (share: number) => plot.left + share * (plot.right - plot.left);
  const y = (share: number) => plot.bottom - share * (plot.bottom - plot.top);
  const parts: string[] = [];
  // The quadrants: their colour, their category's number, name and what to commit.
  for (const q of data.quadrants) {
    const x0 = q.bigGain ? midX : plot.left;
    const y0 = q.highImpact ? plot.top : midY;
    const w = midX - plot.left;
    const h = midY - plot.top;
    const stroke = q.deal ? ` stroke="${qualifyPalette.deal}" stroke-width="2"` : ` stroke="${palette.grid}"`;
    const lines = [...wrapText(q.label, w - 16, 11, true).map((line) => ({ line, head: true })), ...wrapText(q.commitment, w - 16, 10).map((line) => ({ line, head: false }))];
    const text = lines.map(({ line, head }, n) => `<tspan x="${px(x0 + 8)}" dy="${n === 0 ? 0 : 13}"${head ? ' font-weight="600"' : ' font-size="10"'}>${esc(line)}</tspan>`).join("");
    parts.push(
      `<rect class="quadrant" data-category="${q.category}" x="${px(x0)}" y="${px(y0)}" width="${px(w)}" height="${px(h)}" fill="${q.color}"${stroke}/>`,
      `<text x="${px(x0 + 8)}" y="${px(y0 + 16)}" font-size="11" fill="${palette.text}">${text}</text>`,
    );
  }
  // The thresholds, dashed, labelled with their figures.
  parts.push(
    `<line class="threshold" x1="${px(midX)}" x2="${px(midX)}" y1="${px(plot.top)}" y2="${px(plot.bottom)}" stroke="${palette.rule}" stroke-dasharray="5 3"/>`,
    `<line class="threshold" x1="${px(plot.left)}" x2="${px(plot.right)}" y1="${px(midY)}" y2="${px(midY)}" stroke="${palette.rule}" stroke-dasharray="5 3"/>`,
    `<text x="${px(midX)}" y="${px(plot.bottom + 16)}" text-anchor="middle" font-size="10" fill="${palette.muted}">${esc(data.bigGainLabel)}</text>`,
    `<text transform="translate(${px(plot.left - 8)} ${px(midY)}) rotate(-90)" text-anchor="middle" font-size="10" fill="${palette.muted}">${esc(data.highImpactLabel)}</text>`,
    `<text x="${px(midX)}" y="${px(plot.bottom + 36)}" text-anchor="middle" fill="${palette.text}">${esc(data.gainTitle)}</text>`,
    `<text transform="translate(16 ${px(midY)}) rotate(-90)" text-anchor="middle" fill="${palette.text}">${esc(data.impactTitle)}</text>`,
  );
  // The deal, labelled under its dot (over it when that would cross the threshold), within its quadrant.
  const cx = x(data.position.x);
  const cy = y(data.position.y);
  const half = (midX - plot.left) / 2;
  const centre = data.position.x < 0.5 ? plot.left + half : midX + half;
  const room = Math.max(0, half - 8 - textWidth(data.dealLabel, 11) / 2);
  const lx = Math.min(centre + room, Math.max(centre - room, cx));
  const floor = data.position.y < 0.5 ? plot.bottom : midY;
  const ly = cy + 22 <= floor - 4 ? cy + 22 : cy - 12;
  parts.push(
    `<circle class="deal" data-category="${data.category}" cx="${px(cx)}" cy="${px(cy)}" r="7" fill="${qualifyPalette.deal}" stroke="#ffffff" stroke-width="2"><title>${esc(data.dealLabel)}</title></circle>`,
    `<text x="${px(lx)}" y="${px(ly)}" text-anchor="middle" font-weight="600" fill="${qualifyPalette.deal}"${HALO}>${esc(data.dealLabel)}</text>`,
  );
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
