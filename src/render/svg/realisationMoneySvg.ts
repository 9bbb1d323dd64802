/** realisationMoneySvg: the money realised against promised, cumulative over the case's periods, as a standalone SVG picture. */
import { Dec } from "../../numeric/decimal.js";
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { realisationPalette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { chartDataOf, realisationChartLocale } from "../vegaLite/realisationChartData.js";
import type { RealisationMoneySpecOptions } from "../vegaLite/realisationMoneySpec.js";
import { HALO, legend, linearScale, px, svgDocument, valueAxisX, valueAxisY, verticalCanvas } from "./_internal/svg.js";

/** Options of {@link realisationMoneySvg}: those of the Vega-Lite spec. */
export type RealisationMoneySvgOptions = RealisationMoneySpecOptions;

/** The dash of each series: the promise solid and grey, realised solid, the forecasts dashed. */
const dashes = { promised: "", realised: "", forecastPlan: ' stroke-dasharray="6 4"', forecastTrend: ' stroke-dasharray="2 3"' } as const;

/**
 * Draws the cumulative net flow over the case's periods (see `realisationChartData`) as SVG, nominal and
 * unweighted: promised, realised to date (its last point within the period under way, labelled with its
 * exact amount), and the forecasts at completion by the plan and by the trend, each a line with a dot
 * per point whose tooltip holds the exact amount; the zero line, axes with nice ticks, a legend,
 * `<title>` and `<desc>`.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - `locale`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a realisation track, or listing every bad option (unknown locale, size…)
 *
 * @example
 * ```ts
 * const svg = realisationMoneySvg(track);
 * svg.includes("CN¥11,972,383.56"); //=> true (realised to date)
 * svg.match(/<path class="series /g).length; //=> 4
 * ```
 */
export function realisationMoneySvg(track: RealisationTrack, options?: RealisationMoneySvgOptions): string {
  const locale = realisationChartLocale("realisationMoneySvg", track, options);
  const { money } = chartDataOf(track, locale, undefined);
  const all = money.series.flatMap((s) => s.points);
  const { width, height, y, plot } = verticalCanvas([new Dec(0), ...all.map((p) => p.cumulative)], locale, options, 64, 24);
  const ats = all.map((p) => p.at);
  const last = Math.max(1, ...money.series.flatMap((s) => s.points.map((p) => p.period)));
  const x = linearScale(ats.length > 0 ? ats : [new Dec(0)], plot.left + 12, plot.right - 12, Math.min(last, 10));
  const parts = [legend(money.series.map((s) => ({ label: s.label, color: realisationPalette[s.id] })), plot.left, 42), valueAxisY(y, plot, money.yTitle, locale), valueAxisX(x, plot, money.xTitle, locale)];
  // Drawn from the promise up, so the realised line lies on top.
  for (const s of money.series) {
    if (s.points.length === 0) continue;
    const color = realisationPalette[s.id];
    const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${px(x(p.at))} ${px(y(p.cumulative))}`).join(" ");
    const heavy = s.id === "realised" ? "3" : "2";
    parts.push(`<path class="series ${s.id}" d="${d}" fill="none" stroke="${color}" stroke-width="${heavy}"${dashes[s.id]}/>`);
    for (const p of s.points) {
      parts.push(`<circle cx="${px(x(p.at))}" cy="${px(y(p.cumulative))}" r="${s.id === "realised" ? 4 : 3}" fill="${color}"><title>${esc(`${s.label}, ${money.xTitle} ${p.period}: ${p.text}`)}</title></circle>`);
    }
  }
  const realised = money.series.find((s) => s.id === "realised")?.points.at(-1);
  if (realised !== undefined) {
    const cx = x(realised.at);
    const cy = y(realised.cumulative);
    parts.push(`<text x="${px(cx + 8)}" y="${px(cy + 16)}" font-weight="600" fill="${realisationPalette.realised}"${HALO}>${esc(realised.text)}</text>`);
  }
  return svgDocument(width, height, money.title, money.description, parts.join(""));
}
