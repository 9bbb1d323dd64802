/** stakeholderMapSvg: the buying centre's stakeholder map as a standalone SVG picture. */
import type { BuyingCentre } from "../../people/schema.js";
import { defaultSize, palette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { stakeholderGuides, stakeholderMapData } from "../vegaLite/stakeholderMapData.js";
import type { StakeholderMapRow } from "../vegaLite/stakeholderMapData.js";
import type { StakeholderMapSpecOptions } from "../vegaLite/stakeholderMapSpec.js";
import { HALO, legendLines, px, svgDocument } from "./_internal/svg.js";
import { textWidth, wrapText } from "./_internal/textFit.js";

/** Options of {@link stakeholderMapSvg}: those of the Vega-Lite spec. */
export type StakeholderMapSvgOptions = StakeholderMapSpecOptions;

/** Radius of a person's circle, and of the ring around the mentor. */
const R = 7;
const RING = 11;
/** Font size and line height of the names. */
const NAME_SIZE = 10;
const NAME_LINE = 12;
/** The narrowest column drawn, in pixels. */
const MIN_COLUMN = 60;
/** Influence runs 1 … 5, 5 at the top. */
const LEVELS = [5, 4, 3, 2, 1] as const;

/** One person placed in a cell: the circle's centre and the name's lines. */
interface Placed {
  readonly row: StakeholderMapRow;
  readonly cx: number;
  readonly cy: number;
  readonly lines: readonly string[];
}

/** How the people of one cell share it: `across` slots side by side, as many rows of slots as needed. */
interface CellLayout {
  readonly across: number;
  readonly lines: readonly (readonly string[])[];
  /** Height of each row of slots. */
  readonly heights: readonly number[];
  readonly height: number;
}

/** The slot of a person: the ring's room, then the name's lines under it. */
const slotHeight = (lines: number): number => 2 * RING + 2 + NAME_LINE * lines;

/** Whether every word of a name fits a slot whole (words of Chinese, Japanese or Korean characters may break anywhere). */
function wordsFit(name: string, width: number): boolean {
  return name.split(/\s+/u).every((word) => /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]/u.test(word) || textWidth(word, NAME_SIZE) <= width);
}

/**
 * The ways the people of one cell can share it: `across` slots side by side (each slot wider than a
 * ring, every word of a name fitting its slot whole), names wrapped to their slot, never cut. One slot
 * across is always a way.
 */
function cellLayouts(people: readonly StakeholderMapRow[], cellWidth: number): CellLayout[] {
  const most = Math.max(1, Math.min(people.length, Math.floor(cellWidth / (2 * RING + 6))));
  const out: CellLayout[] = [];
  for (let across = 1; across <= most; across++) {
    const width = cellWidth / across - 6;
    if (across > 1 && !people.every((row) => wordsFit(row.name, width))) continue;
    const lines = people.map((row) => wrapText(row.name, width, NAME_SIZE));
    const heights: number[] = [];
    lines.forEach((name, i) => {
      const at = Math.floor(i / across);
      heights[at] = Math.max(heights[at] ?? 0, slotHeight(name.length));
    });
    out.push({ across, lines, heights, height: heights.reduce((sum, h) => sum + h, 0) + 8 });
  }
  return out;
}

/** Of the ways that fit `height`, the one whose names take the fewest lines; then the lowest. */
function chooseLayout(layouts: readonly CellLayout[], height: number): CellLayout {
  const lineCount = (layout: CellLayout) => layout.lines.reduce((sum, lines) => sum + lines.length, 0);
  const fitting = layouts.filter((layout) => layout.height <= height);
  const pool = fitting.length > 0 ? fitting : layouts;
  return [...pool].sort((a, b) => lineCount(a) - lineCount(b) || a.height - b.height)[0] as CellLayout;
}

/**
 * Draws the stakeholder map (see `stakeholderMapData`) as SVG: five columns of attitude to us, opponent
 * on the left to mentor on the right, and five rows of influence, 5 at the top. Each person is a circle
 * in their hierarchy category's colour, labelled with their name, with a `<title>` naming them, their
 * title, category, attitude and influence; a dark ring marks the mentor, a hollow dashed circle a person
 * whose attitude was never observed (placed in the neutral column). The critical area — high influence,
 * against us — is shaded red at the top left. People sharing a cell sit on a grid of slots inside it,
 * names wrapped to their slot, never cut; the picture grows taller when a crowded cell needs it.
 * A legend, `<title>` and `<desc>`.
 *
 * @param centre - a buying centre from `defineBuyingCentre`
 * @param options - `asOf`, `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, `asOf`, size…)
 *
 * @example
 * ```ts
 * const svg = stakeholderMapSvg(defineBuyingCentre(parse(yaml)), { asOf: "2026-12-06" });
 * svg.match(/<circle class="person"/g).length; //=> 7
 * svg.includes("<title>Chen Gang, Sales director — Decision-making level; Opponent; influence 4</title>"); //=> true
 * ```
 */
export function stakeholderMapSvg(centre: BuyingCentre, options?: StakeholderMapSvgOptions): string {
  // The chart data checks the options: every problem is reported as stakeholderMapData's, as the other charts do.
  const data = stakeholderMapData(centre, options);
  // Never narrower than five columns of MIN_COLUMN pixels: a short name or word on one line.
  const width = Math.max(options?.width ?? defaultSize.width, 64 + 5 * MIN_COLUMN);
  const color = Object.fromEntries(data.categories.map((category) => [category.category, category.color]));
  const columns = data.columns.map((column) => column.attitude);

  const symbols = [
    ...data.categories.map((category) => ({ label: category.label, symbol: (x: number, y: number) => `<circle cx="${px(x)}" cy="${px(y)}" r="5" fill="${category.color}"/>` })),
    ...(data.rows.some((row) => row.mentor)
      ? [{ label: data.legend.mentor, symbol: (x: number, y: number) => `<circle cx="${px(x)}" cy="${px(y)}" r="5" fill="none" stroke="${stakeholderGuides.mentorRing}" stroke-width="2"/>` }]
      : []),
    ...(data.rows.some((row) => !row.observed)
      ? [{ label: data.legend.notObserved, symbol: (x: number, y: number) => `<circle cx="${px(x)}" cy="${px(y)}" r="5" fill="#ffffff" stroke="${palette.muted}" stroke-width="1.5" stroke-dasharray="2 1.5"/>` }]
      : []),
  ];
  const legend = legendLines(symbols, width, 42);

  // The plot: room above for the critical area's label, at the left for the influence axis, below for the column labels.
  const top = legend.bottom + 32;
  const left = 48;
  const right = width - 16;
  const columnWidth = (right - left) / 5;
  const columnLabels = data.columns.map((column) => wrapText(column.label, columnWidth - 4, 11));
  const labelLines = Math.max(1, ...columnLabels.map((lines) => lines.length));
  const bottomRoom = 16 + 13 * labelLines + 30;

  const cells = new Map<string, StakeholderMapRow[]>();
  for (const row of data.rows) {
    const key = `${row.attitude}|${row.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  // Rows as tall as the most crowded cell needs at its lowest; then each cell takes, of its ways that fit, the one with the fewest name lines.
  const ways = new Map([...cells].map(([key, people]) => [key, cellLayouts(people, columnWidth)]));
  const asked = options?.height ?? defaultSize.height;
  const rowHeight = Math.max(slotHeight(1) + 8, (asked - top - bottomRoom) / LEVELS.length, ...[...ways.values()].map((layouts) => Math.min(...layouts.map((layout) => layout.height))));
  const layouts = new Map([...ways].map(([key, layouts]) => [key, chooseLayout(layouts, rowHeight)]));
  const height = Math.ceil(Math.max(asked, top + LEVELS.length * rowHeight + bottomRoom));
  const bottom = top + LEVELS.length * rowHeight;
  const plotRight = left + 5 * columnWidth;
  const columnLeft = (attitude: StakeholderMapRow["attitude"]) => left + columns.indexOf(attitude) * columnWidth;
  const rowTop = (influence: number) => top + (5 - influence) * rowHeight;

  const parts: string[] = [legend.svg];
  // The critical area, shaded, its label above the plot.
  const against = data.critical.attitudes.map((attitude) => columns.indexOf(attitude));
  const criticalLeft = left + Math.min(...against) * columnWidth;
  const criticalRight = left + (Math.max(...against) + 1) * columnWidth;
  parts.push(
    `<rect class="critical" x="${px(criticalLeft)}" y="${px(top)}" width="${px(criticalRight - criticalLeft)}" height="${px((5 - data.critical.minInfluence + 1) * rowHeight)}" fill="${stakeholderGuides.criticalFill}" stroke="${stakeholderGuides.criticalEdge}" stroke-dasharray="4 3"/>`,
    `<text x="${px(criticalLeft + 2)}" y="${px(top - 8)}" font-size="10" font-weight="600" fill="${stakeholderGuides.criticalText}">${esc(data.critical.label)}</text>`,
  );
  // The grid of cells, the plot's frame, the axes.
  const grid: string[] = [];
  for (let i = 1; i < columns.length; i++) grid.push(`<line x1="${px(left + i * columnWidth)}" x2="${px(left + i * columnWidth)}" y1="${px(top)}" y2="${px(bottom)}" stroke="${palette.grid}"/>`);
  for (let i = 1; i < LEVELS.length; i++) grid.push(`<line x1="${px(left)}" x2="${px(plotRight)}" y1="${px(top + i * rowHeight)}" y2="${px(top + i * rowHeight)}" stroke="${palette.grid}"/>`);
  grid.push(`<rect x="${px(left)}" y="${px(top)}" width="${px(plotRight - left)}" height="${px(bottom - top)}" fill="none" stroke="${palette.muted}"/>`);
  parts.push(`<g class="grid">${grid.join("")}</g>`);
  const axisX = data.columns.map((column, i) => {
    const x = px(left + (i + 0.5) * columnWidth);
    const lines = columnLabels[i] ?? [];
    const tspans = lines.map((line, n) => `<tspan x="${x}" dy="${n === 0 ? 0 : 13}">${esc(line)}</tspan>`).join("");
    return `<text x="${x}" y="${px(bottom + 16)}" text-anchor="middle" fill="${palette.text}" data-attitude="${column.attitude}">${tspans}</text>`;
  });
  axisX.push(`<text x="${px((left + plotRight) / 2)}" y="${px(bottom + 16 + 13 * labelLines + 12)}" text-anchor="middle" font-weight="600" fill="${palette.text}">${esc(data.xTitle)}</text>`);
  parts.push(`<g class="axis axis-x">${axisX.join("")}</g>`);
  const axisY = LEVELS.map((level) => `<text x="${px(left - 8)}" y="${px(rowTop(level) + rowHeight / 2)}" text-anchor="end" dominant-baseline="middle" fill="${palette.muted}" data-influence="${level}">${level}</text>`);
  axisY.push(`<text transform="translate(16 ${px((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" font-weight="600" fill="${palette.text}">${esc(data.yTitle)}</text>`);
  parts.push(`<g class="axis axis-y">${axisY.join("")}</g>`);

  // The people, cell by cell: each cell's grid of slots centred in it.
  const placed: Placed[] = [];
  for (const [key, people] of cells) {
    const layout = layouts.get(key) as CellLayout;
    const first = people[0] as StakeholderMapRow;
    const slotWidth = columnWidth / layout.across;
    let y = rowTop(first.influence) + (rowHeight - (layout.height - 8)) / 2;
    layout.heights.forEach((h, line) => {
      people.slice(line * layout.across, (line + 1) * layout.across).forEach((row, j) => {
        const i = line * layout.across + j;
        // A short last line of slots is centred too.
        const inLine = Math.min(layout.across, people.length - line * layout.across);
        const offset = (columnWidth - inLine * slotWidth) / 2;
        placed.push({ row, cx: columnLeft(row.attitude) + offset + slotWidth * (j + 0.5), cy: y + RING + 1, lines: layout.lines[i] ?? [row.name] });
      });
      y += h;
    });
  }
  const drawn = placed.map(({ row, cx, cy, lines }) => {
    const fill = color[row.category] ?? palette.muted;
    const ring = row.mentor ? `<circle class="mentor" cx="${px(cx)}" cy="${px(cy)}" r="${RING}" fill="none" stroke="${stakeholderGuides.mentorRing}" stroke-width="2"/>` : "";
    const paint = row.observed ? `fill="${fill}" stroke="#ffffff" stroke-width="1.5"` : `fill="#ffffff" stroke="${fill}" stroke-width="2" stroke-dasharray="3 2"`;
    const tip = data.tips[row.id] ?? row.name;
    const circle = `<circle class="person" data-id="${esc(row.id)}" cx="${px(cx)}" cy="${px(cy)}" r="${R}" ${paint}><title>${esc(tip)}</title></circle>`;
    const tspans = lines.map((line, n) => `<tspan x="${px(cx)}" dy="${n === 0 ? 0 : NAME_LINE}">${esc(line)}</tspan>`).join("");
    const name = `<text x="${px(cx)}" y="${px(cy + RING + 10)}" text-anchor="middle" font-size="${NAME_SIZE}" fill="${palette.text}"${HALO}>${tspans}</text>`;
    return `<g class="stakeholder">${ring}${circle}${name}</g>`;
  });
  parts.push(`<g class="people">${drawn.join("")}</g>`);
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
