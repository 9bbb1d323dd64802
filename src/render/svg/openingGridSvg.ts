/** openingGridSvg: the 3 × 3 opening grid — home turf × who leads — with the deal's cell marked, as a standalone SVG picture. */
import type { Qualification } from "../../qualify/schema.js";
import { defaultSize, palette, qualifyPalette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { openingGridDataOf, qualificationChartLocale } from "../vegaLite/qualificationChartData.js";
import type { OpeningGridSpecOptions } from "../vegaLite/openingGridSpec.js";
import { legendLines, px, svgDocument } from "./_internal/svg.js";
import { wrapText } from "./_internal/textFit.js";

/** Options of {@link openingGridSvg}: those of the Vega-Lite spec. */
export type OpeningGridSvgOptions = OpeningGridSpecOptions;

/**
 * Draws the opening grid (see `openingGridData`) as SVG: three columns of who leads now (we lead, no one
 * leads, a rival leads) and three rows of whose home turf it is (ours, neutral, a rival's); each cell
 * coloured by its group — normal green, problem amber, abnormal red — and labelled with its group and
 * strategy; the deal's cell framed in dark red and marked. Each cell carries `data-turf`, `data-leader`
 * and `data-group`; a legend of the groups; `<title>` and `<desc>` say where the deal opens and the
 * strategy. The picture grows taller when a strategy needs more lines. Deterministic.
 *
 * @param qualification - from `defineQualification`, with its `opening`
 * @param options - `locale`, `width`, `height` (the least height)
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without an opening, or a bad option
 *
 * @example
 * ```ts
 * const svg = openingGridSvg(qualification);
 * svg.match(/<rect class="cell"/g).length; //=> 9
 * svg.includes('<rect class="deal" data-turf="neutral" data-leader="rival"'); //=> true
 * ```
 */
export function openingGridSvg(qualification: Qualification, options?: OpeningGridSvgOptions): string {
  const locale = qualificationChartLocale("openingGridSvg", qualification, options);
  const data = openingGridDataOf("openingGridSvg", qualification, locale);
  const width = options?.width ?? defaultSize.width;
  const legend = legendLines(
    [
      ...data.groups.map((g) => ({ label: g.label, symbol: (x: number, y: number) => `<rect x="${px(x - 5)}" y="${px(y - 5)}" width="10" height="10" fill="${g.color}" stroke="${palette.muted}" stroke-width="0.5"/>` })),
      { label: data.dealLabel, symbol: (x: number, y: number) => `<rect x="${px(x - 5)}" y="${px(y - 5)}" width="10" height="10" fill="none" stroke="${qualifyPalette.deal}" stroke-width="2"/>` },
    ],
    width,
    42,
  );
  const left = 112;
  const right = width - 16;
  const columnWidth = (right - left) / 3;
  const headerTop = legend.bottom + 24;
  const rowLabels = data.rows.map((row) => wrapText(row.label, left - 40, 11, true));
  const texts = data.cells.map((cell) => [...wrapText(cell.groupLabel, columnWidth - 16, 11, true).map((line) => ({ line, head: true })), ...wrapText(cell.strategyLabel, columnWidth - 16, 10).map((line) => ({ line, head: false }))]);
  const top = headerTop + 28;
  const asked = options?.height ?? defaultSize.height;
  const rowHeight = Math.max((asked - top - 16) / 3, ...texts.map((lines) => 20 + 13 * lines.length), ...rowLabels.map((lines) => 16 + 13 * lines.length));
  const bottom = top + 3 * rowHeight;
  const height = Math.ceil(Math.max(asked, bottom + 16));
  const parts = [legend.svg];
  // Who leads, over the columns; whose turf, beside the rows.
  parts.push(
    `<text x="${px((left + right) / 2)}" y="${px(headerTop)}" text-anchor="middle" font-weight="600" fill="${palette.text}">${esc(data.leaderTitle)}</text>`,
    ...data.columns.map((column, i) => `<text x="${px(left + (i + 0.5) * columnWidth)}" y="${px(headerTop + 18)}" text-anchor="middle" fill="${palette.text}" data-leader="${column.leader}">${esc(column.label)}</text>`),
    `<text transform="translate(16 ${px((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" font-weight="600" fill="${palette.text}">${esc(data.turfTitle)}</text>`,
    ...data.rows.map((row, i) => {
      const lines = rowLabels[i]!;
      const y0 = top + (i + 0.5) * rowHeight - ((lines.length - 1) * 13) / 2;
      return `<text x="${px(left - 8)}" y="${px(y0)}" text-anchor="end" dominant-baseline="middle" fill="${palette.text}" data-turf="${row.turf}">${lines.map((line, n) => `<tspan x="${px(left - 8)}" dy="${n === 0 ? 0 : 13}">${esc(line)}</tspan>`).join("")}</text>`;
    }),
  );
  // The cells, then the deal's frame on top.
  data.cells.forEach((cell, i) => {
    const x0 = left + data.columns.findIndex((c) => c.leader === cell.leader) * columnWidth;
    const y0 = top + data.rows.findIndex((r) => r.turf === cell.turf) * rowHeight;
    const lines = texts[i]!;
    const text = lines.map(({ line, head }, n) => `<tspan x="${px(x0 + 8)}" dy="${n === 0 ? 0 : 13}"${head ? ' font-weight="600"' : ' font-size="10"'}>${esc(line)}</tspan>`).join("");
    parts.push(
      `<rect class="cell" data-turf="${cell.turf}" data-leader="${cell.leader}" data-group="${cell.group}" x="${px(x0)}" y="${px(y0)}" width="${px(columnWidth)}" height="${px(rowHeight)}" fill="${cell.color}" stroke="#ffffff" stroke-width="2"><title>${esc(cell.tip)}</title></rect>`,
      `<text x="${px(x0 + 8)}" y="${px(y0 + 18)}" font-size="11" fill="${palette.text}">${text}</text>`,
    );
    if (cell.deal) {
      parts.push(
        `<rect class="deal" data-turf="${cell.turf}" data-leader="${cell.leader}" x="${px(x0 + 2)}" y="${px(y0 + 2)}" width="${px(columnWidth - 4)}" height="${px(rowHeight - 4)}" fill="none" stroke="${qualifyPalette.deal}" stroke-width="3"/>`,
        `<text x="${px(x0 + columnWidth - 8)}" y="${px(y0 + rowHeight - 8)}" text-anchor="end" font-size="10" font-weight="600" fill="${qualifyPalette.deal}">${esc(data.dealLabel)}</text>`,
      );
    }
  });
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
