/** cumulativeCashFlowSvg: the cumulative cash flow with its payback point as a standalone SVG picture. */
import { Dec } from "../../numeric/decimal.js";
import type { Evaluation } from "../../quantify/types.js";
import { cumulativeCashFlowData } from "../vegaLite/cumulativeCashFlowData.js";
import type { CumulativeCashFlowSpecOptions } from "../vegaLite/cumulativeCashFlowSpec.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { palette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { HALO, linearScale, px, svgDocument, valueAxisX, valueAxisY, verticalCanvas } from "./_internal/svg.js";

/** Options of {@link cumulativeCashFlowSvg}: those of the Vega-Lite spec. */
export type CumulativeCashFlowSvgOptions = CumulativeCashFlowSpecOptions;

/**
 * Draws the cumulative net cash flow (see `cumulativeCashFlowData`) as SVG: a line with a dot per
 * period, labelled with its exact cumulative amount (with more than six periods: the first, the lowest
 * and the last), the zero line, and a diamond at the payback
 * point labelled with the payback time; axes with nice ticks, `<title>` and `<desc>`.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure`, `discounted`, `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const svg = cumulativeCashFlowSvg(evaluate(distributor));
 * svg.includes("Payback: 0.09 years"); //=> true
 * ```
 */
export function cumulativeCashFlowSvg(evaluation: Evaluation, options?: CumulativeCashFlowSvgOptions): string {
  const data = cumulativeCashFlowData(evaluation, options);
  const locale = chartOptions("cumulativeCashFlowSvg", options, {});
  const { width, height, y, plot } = verticalCanvas([new Dec(0), ...data.points.map((point) => point.cumulative)], locale, options, 48, 24);
  const last = data.points.length - 1;
  const periods = data.points.map((point) => new Dec(point.period));
  const x = linearScale(periods.length > 0 ? periods : [new Dec(0)], plot.left + 12, plot.right - 12, Math.min(Math.max(last, 1), 10));
  const parts = [valueAxisY(y, plot, data.yTitle, locale), valueAxisX(x, plot, data.xTitle, locale)];
  const coords = data.points.map((point) => [x(new Dec(point.period)), y(point.cumulative)] as const);
  if (coords.length > 0) {
    const path = coords.map(([cx, cy], i) => `${i === 0 ? "M" : "L"}${px(cx)} ${px(cy)}`).join(" ");
    parts.push(`<path d="${path}" fill="none" stroke="${palette.line}" stroke-width="2.5"/>`);
  }
  // With many periods only the first, the lowest and the last point carry their figure.
  const lowest = data.points.reduce((low, point, i) => (point.cumulative.lt((data.points[low] as typeof point).cumulative) ? i : low), 0);
  const labelled = (i: number) => data.points.length <= 6 || i === 0 || i === last || i === lowest;
  data.points.forEach((point, i) => {
    const [cx, cy] = coords[i] as readonly [number, number];
    const anchor = i === 0 ? "start" : i === last ? "end" : "middle";
    const below = point.cumulative.isNegative();
    parts.push(
      `<circle cx="${px(cx)}" cy="${px(cy)}" r="4" fill="${palette.line}"><title>${esc(`${data.xTitle} ${point.period}: ${point.text}`)}</title></circle>`,
    );
    if (labelled(i)) {
      parts.push(`<text x="${px(cx)}" y="${px(below ? cy + 16 : cy - 9)}" text-anchor="${anchor}" fill="${palette.text}"${HALO}>${esc(point.text)}</text>`);
    }
  });
  if (data.payback !== null) {
    const cx = x(data.payback.at);
    const cy = y(new Dec(0));
    parts.push(
      `<path d="M${px(cx)} ${px(cy - 8)} L${px(cx + 8)} ${px(cy)} L${px(cx)} ${px(cy + 8)} L${px(cx - 8)} ${px(cy)} Z" fill="${palette.net}" stroke="#ffffff"/>`,
      `<text x="${px(cx + 12)}" y="${px(cy - 10)}" font-weight="600" fill="${palette.net}"${HALO}>${esc(data.paybackText)}</text>`,
    );
  } else {
    parts.push(`<text x="${px(plot.right)}" y="${px(plot.top + 4)}" text-anchor="end" font-weight="600" fill="${palette.cost}">${esc(data.paybackText)}</text>`);
  }
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
