/**
 * The small SVG toolkit of the charts: coordinates, nice axis ticks in exact decimals, a
 * linear scale, axes with grid lines, a legend and the standalone document with `<title>` and `<desc>`.
 * Geometry is plain float pixels; every number written as text comes from an exact Decimal.
 */
import { Dec, type Decimal } from "../../../numeric/decimal.js";
import type { ChartLocale } from "../../_internal/chartOptions.js";
import { defaultSize, palette } from "../../_internal/chartStyle.js";
import { esc } from "../../_internal/xml.js";

/** Attributes that draw a white outline behind a label, so it stays legible over lines and bars. */
export const HALO = ' paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"';

/** A pixel coordinate with at most one decimal. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Rough width of a text in pixels at a font size (for layout only). */
export function textWidth(text: string, size = 11): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.62;
  return width;
}

/** Axis ticks at 1, 2, 2.5 or 5 × 10^k covering [min, max], about `count` of them, exact. */
export function niceTicks(min: Decimal, max: Decimal, count = 5): Decimal[] {
  let low = min;
  let high = max;
  if (low.eq(high)) {
    const pad = low.isZero() ? new Dec(1) : low.abs().div(10);
    low = low.minus(pad);
    high = high.plus(pad);
  }
  const rough = high.minus(low).div(count);
  let magnitude = new Dec(10).pow(rough.log(10).floor());
  if (rough.div(magnitude).gte(10)) magnitude = magnitude.times(10);
  const residual = rough.div(magnitude);
  const factor = residual.lte(1) ? 1 : residual.lte(2) ? 2 : residual.lte(2.5) ? 2.5 : residual.lte(5) ? 5 : 10;
  const step = magnitude.times(factor);
  const first = low.div(step).floor().times(step);
  const last = high.div(step).ceil().times(step);
  const ticks: Decimal[] = [];
  for (let tick = first; tick.lte(last); tick = tick.plus(step)) ticks.push(tick);
  return ticks;
}

/** How many ticks a horizontal axis of this many pixels has room for (long money labels). */
export function tickCount(pixels: number): number {
  return Math.max(2, Math.min(8, Math.floor(pixels / 110)));
}

/** A linear map from a Decimal domain to pixels. */
export interface Scale {
  (value: Decimal): number;
  readonly ticks: readonly Decimal[];
  /** Fraction digits the tick labels need. */
  readonly digits: number;
}

/** A scale over nice ticks covering the values, mapped to [from, to] pixels. */
export function linearScale(values: readonly Decimal[], from: number, to: number, count = 5): Scale {
  const min = Dec.min(...values);
  const max = Dec.max(...values);
  const ticks = niceTicks(min, max, count);
  const d0 = (ticks[0] as Decimal).toNumber();
  const d1 = (ticks[ticks.length - 1] as Decimal).toNumber();
  const step = ticks.length > 1 ? (ticks[1] as Decimal).minus(ticks[0] as Decimal) : new Dec(1);
  const scale = ((value: Decimal) => from + ((value.toNumber() - d0) / (d1 - d0)) * (to - from)) as Scale;
  return Object.assign(scale, { ticks, digits: step.decimalPlaces() });
}

/** A picture whose plot has a vertical value axis: its size, the value scale and the plot's box. */
export interface VerticalCanvas {
  readonly width: number;
  readonly height: number;
  readonly y: Scale;
  readonly plot: Plot;
}

/**
 * Lays out a picture with a vertical value axis over `values`: the size from the options, room at the
 * top for the title (and legend or labels), a left margin as wide as the longest tick label, and
 * `bottomRoom` pixels under the axis for category labels.
 */
export function verticalCanvas(
  values: readonly Decimal[],
  locale: ChartLocale,
  options: { readonly width?: number; readonly height?: number } | undefined,
  top: number,
  rightPad: number,
  bottomRoom = 48,
): VerticalCanvas {
  const width = options?.width ?? defaultSize.width;
  const height = options?.height ?? defaultSize.height;
  const bottom = height - bottomRoom;
  const y = linearScale(values, bottom, top);
  const left = 30 + Math.max(...y.ticks.map((tick) => textWidth(locale.number(tick, y.digits))));
  return { width, height, y, plot: { left, top, right: width - rightPad, bottom } };
}

/** Where the plot sits inside the picture. */
export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Horizontal grid lines and tick labels for a vertical value axis, plus the axis title. */
export function valueAxisY(scale: Scale, plot: Plot, title: string, locale: ChartLocale): string {
  const out = scale.ticks.map((tick) => {
    const y = px(scale(tick));
    const line = `<line x1="${px(plot.left)}" x2="${px(plot.right)}" y1="${y}" y2="${y}" stroke="${tick.isZero() ? palette.rule : palette.grid}"/>`;
    return `${line}<text x="${px(plot.left - 6)}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="${palette.muted}">${esc(locale.number(tick, scale.digits))}</text>`;
  });
  const middle = (plot.top + plot.bottom) / 2;
  out.push(`<text transform="translate(14 ${px(middle)}) rotate(-90)" text-anchor="middle" fill="${palette.text}">${esc(title)}</text>`);
  return `<g class="axis axis-y">${out.join("")}</g>`;
}

/** Vertical grid lines and tick labels for a horizontal value axis, plus the axis title below. */
export function valueAxisX(scale: Scale, plot: Plot, title: string, locale: ChartLocale, labels?: (tick: Decimal) => string): string {
  const out = scale.ticks.map((tick) => {
    const x = px(scale(tick));
    const line = `<line x1="${x}" x2="${x}" y1="${px(plot.top)}" y2="${px(plot.bottom)}" stroke="${tick.isZero() ? palette.rule : palette.grid}"/>`;
    const text = labels?.(tick) ?? locale.number(tick, scale.digits);
    return `${line}<text x="${x}" y="${px(plot.bottom + 16)}" text-anchor="middle" fill="${palette.muted}">${esc(text)}</text>`;
  });
  out.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px(plot.bottom + 36)}" text-anchor="middle" fill="${palette.text}">${esc(title)}</text>`);
  return `<g class="axis axis-x">${out.join("")}</g>`;
}

/** A one-line legend of coloured dots, drawn from `x` at `y`. */
export function legend(items: readonly { readonly label: string; readonly color: string }[], x: number, y: number): string {
  let at = x;
  const out = items.map((item) => {
    const part = `<circle cx="${px(at + 5)}" cy="${px(y)}" r="5" fill="${item.color}"/><text x="${px(at + 14)}" y="${px(y)}" dominant-baseline="middle" fill="${palette.text}">${esc(item.label)}</text>`;
    at += 28 + textWidth(item.label);
    return part;
  });
  return `<g class="legend">${out.join("")}</g>`;
}

/** A standalone SVG picture: viewBox, `<title>` and `<desc>` for screen readers, the body. */
export function svgDocument(width: number, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif" font-size="11">` +
    `<title>${esc(title)}</title><desc>${esc(description)}</desc>` +
    `<text x="${px(width / 2)}" y="20" text-anchor="middle" font-size="15" font-weight="600" fill="${palette.text}">${esc(title)}</text>` +
    `${body}</svg>`
  );
}

/** Splits a label into at most `maxLines` lines that fit `width` pixels, shortening the last with "…". */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  if (textWidth(text) <= width) return [text];
  const words = text.split(/\s+/);
  const lines: string[] = [""];
  for (const word of words) {
    const current = lines[lines.length - 1] as string;
    const next = current === "" ? word : `${current} ${word}`;
    if (textWidth(next) <= width || current === "") lines[lines.length - 1] = next;
    else if (lines.length < maxLines) lines.push(word);
    else lines[lines.length - 1] = next;
  }
  return lines.map((line) => {
    if (textWidth(line) <= width) return line;
    let cut = line;
    while (cut.length > 1 && textWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut}…`;
  });
}

/**
 * A legend of symbols and words, wrapped onto as many lines as the width needs; returns the drawing and
 * the last line's y. `symbolWidth` is the room a symbol takes before its word.
 */
export function legendLines(
  items: readonly { readonly symbol: (x: number, y: number) => string; readonly label: string }[],
  width: number,
  top: number,
  symbolWidth = 14,
): { readonly svg: string; readonly bottom: number } {
  let x = 16;
  let y = top;
  const out = items.map((item) => {
    const room = symbolWidth + textWidth(item.label, 11);
    if (x > 16 && x + room > width - 16) {
      x = 16;
      y += 18;
    }
    const part = `${item.symbol(x + 5, y)}<text x="${px(x + symbolWidth)}" y="${px(y)}" dominant-baseline="middle" fill="${palette.text}">${esc(item.label)}</text>`;
    x += room + 16;
    return part;
  });
  return { svg: `<g class="legend">${out.join("")}</g>`, bottom: y };
}
