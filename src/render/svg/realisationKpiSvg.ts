/** realisationKpiSvg: each KPI's planned path against its actuals as a standalone SVG picture. */
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { defaultSize, palette, realisationPalette } from "../_internal/chartStyle.js";
import { formatMonth } from "../_internal/pursuitText.js";
import { esc } from "../_internal/xml.js";
import { chartDataOf, realisationChartLocale, type RealisationKpiChart } from "../vegaLite/realisationChartData.js";
import type { RealisationKpiSpecOptions } from "../vegaLite/realisationKpiSpec.js";
import { HALO, legendLines, linearScale, px, svgDocument, textWidth, valueAxisY } from "./_internal/svg.js";

/** Options of {@link realisationKpiSvg}: those of the Vega-Lite spec (`locale`, `kpi`, `width`, `height` of each KPI's plot). */
export type RealisationKpiSvgOptions = RealisationKpiSpecOptions;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Draws each KPI's planned path against its actuals (see `realisationChartData`) as SVG, one plot per
 * KPI stacked (or the one KPI named by `kpi`): the planned path as a dashed line through its month-end
 * points, each counted measurement as a dot labelled in its tooltip with its exact value, the target as
 * a dotted rule, a dashed line at the as-of day; month ticks, a value axis in the KPI's unit, a legend,
 * `<title>` and `<desc>` (each KPI's baseline, target, latest and status in words). Deterministic; no
 * script, no external resource.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - `locale`, `kpi`, `width`, `height`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a realisation track, or listing every bad option (unknown locale, KPI, size…)
 *
 * @example
 * ```ts
 * const svg = realisationKpiSvg(track, { kpi: "k-dso" });
 * svg.match(/<path class="planned"/g).length; //=> 1
 * svg.match(/<circle class="actual"/g).length; //=> 3 (the measurements that count)
 * ```
 */
export function realisationKpiSvg(track: RealisationTrack, options?: RealisationKpiSvgOptions): string {
  const locale = realisationChartLocale("realisationKpiSvg", track, options);
  const data = chartDataOf(track, locale, options?.kpi);
  const c = locale.locale.text.realise.charts;
  const width = options?.width ?? defaultSize.width;
  const panelHeight = options?.height ?? defaultSize.height;
  const description = data.kpis.length === 0 ? c.kpisTitle : data.kpis.map((k) => k.description).join(c.separator);

  const legend = legendLines(
    [
      { label: c.planned, symbol: (x: number, y: number) => `<line x1="${px(x - 6)}" x2="${px(x + 6)}" y1="${px(y)}" y2="${px(y)}" stroke="${realisationPalette.planned}" stroke-width="2" stroke-dasharray="4 3"/>` },
      { label: c.actual, symbol: (x: number, y: number) => `<circle cx="${px(x)}" cy="${px(y)}" r="4" fill="${realisationPalette.actual}"/>` },
      { label: c.target("").trim(), symbol: (x: number, y: number) => `<line x1="${px(x - 6)}" x2="${px(x + 6)}" y1="${px(y)}" y2="${px(y)}" stroke="${realisationPalette.target}" stroke-width="1.5" stroke-dasharray="2 2"/>` },
    ],
    width,
    42,
    16,
  );
  const parts: string[] = [legend.svg];
  let top = legend.bottom + 24;
  const asOfDay = dayOf(track.asOf);
  const startDay = dayOf(track.start);
  for (const k of data.kpis) {
    parts.push(panel(k, top));
    top += panelHeight + 24;
  }
  return svgDocument(width, Math.ceil(top), data.title, description, parts.join(""));

  /** One KPI's plot with its top at `y0`. */
  function panel(k: RealisationKpiChart, y0: number): string {
    const out: string[] = [];
    const several = data.kpis.length > 1;
    const plotTop = y0 + (several ? 22 : 8);
    const bottom = y0 + panelHeight - 40;
    const values = [k.baseline, k.target, ...k.planned.map((p) => p.value), ...k.actuals.map((p) => p.value)];
    const y = linearScale(values, bottom, plotTop);
    const left = 30 + Math.max(...y.ticks.map((tick) => textWidth(locale.number(tick, y.digits))));
    const right = width - 24;
    const plot = { left, top: plotTop, right, bottom };
    const days = [startDay, asOfDay, ...k.planned.map((p) => dayOf(p.date)), ...k.actuals.map((p) => dayOf(p.date))];
    const [d0, d1] = [Math.min(...days), Math.max(...days)];
    const x = (day: number) => left + 8 + ((day - d0) / Math.max(1, d1 - d0)) * (right - left - 16);
    if (several) out.push(`<text x="${px(left)}" y="${px(y0 + 10)}" font-weight="600" fill="${palette.text}">${esc(k.title)}</text>`);
    out.push(valueAxisY(y, plot, k.yTitle, locale));
    // Month ticks, every so many months that the labels fit.
    const monthIndex = (day: number) => {
      const date = new Date(day * 86_400_000).toISOString();
      return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    };
    const [m0, m1] = [monthIndex(d0), monthIndex(d1)];
    const step = [1, 2, 3, 6, 12, 24].find((n) => ((right - left) / Math.max(1, m1 - m0 + 1)) * n >= 64) ?? 48;
    const ticks: string[] = [];
    for (let month = m0 + 1; month <= m1; month += step) {
      const iso = `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
      const tx = px(x(dayOf(`${iso}-01`)));
      ticks.push(`<line x1="${tx}" x2="${tx}" y1="${px(bottom)}" y2="${px(bottom + 4)}" stroke="${palette.muted}"/>`, `<text x="${tx}" y="${px(bottom + 16)}" text-anchor="middle" fill="${palette.muted}" data-month="${iso}">${esc(formatMonth(locale.locale.id, iso, true))}</text>`);
    }
    out.push(`<g class="axis axis-x">${ticks.join("")}<text x="${px((left + right) / 2)}" y="${px(bottom + 32)}" text-anchor="middle" fill="${palette.text}">${esc(k.xTitle)}</text></g>`);
    // The target, dotted, labelled at the right.
    const ty = y(k.target);
    out.push(
      `<line class="target" x1="${px(left)}" x2="${px(right)}" y1="${px(ty)}" y2="${px(ty)}" stroke="${realisationPalette.target}" stroke-width="1.5" stroke-dasharray="2 2"/>`,
      `<text x="${px(right - 2)}" y="${px(ty - 5)}" text-anchor="end" fill="${realisationPalette.target}"${HALO}>${esc(k.targetText)}</text>`,
    );
    // The as-of day.
    const ax = px(x(asOfDay));
    const label = data.asOfText;
    const anchor = x(asOfDay) + textWidth(label, 10) / 2 > right ? "end" : "middle";
    out.push(
      `<line class="as-of" x1="${ax}" x2="${ax}" y1="${px(plotTop)}" y2="${px(bottom)}" stroke="${palette.rule}" stroke-width="1" stroke-dasharray="5 3"/>`,
      `<text x="${ax}" y="${px(plotTop + 10)}" text-anchor="${anchor}" font-size="10" fill="${palette.rule}"${HALO}>${esc(label)}</text>`,
    );
    // The planned path, then the actuals on top.
    if (k.planned.length > 0) {
      const d = k.planned.map((p, i) => `${i === 0 ? "M" : "L"}${px(x(dayOf(p.date)))} ${px(y(p.value))}`).join(" ");
      out.push(`<path class="planned" d="${d}" fill="none" stroke="${realisationPalette.planned}" stroke-width="2" stroke-dasharray="6 4"/>`);
    }
    for (const p of k.actuals) {
      out.push(
        `<circle class="actual" cx="${px(x(dayOf(p.date)))}" cy="${px(y(p.value))}" r="4.5" fill="${realisationPalette.actual}" stroke="#ffffff" stroke-width="1"><title>${esc(c.point(c.actual, locale.date(p.date), p.text))}</title></circle>`,
      );
    }
    const last = k.actuals.at(-1);
    if (last !== undefined) {
      // Beside the last point, or before it when the words would run past the chart's edge.
      const at = x(dayOf(last.date));
      const fits = at + 8 + textWidth(last.text, 11) <= width - 4;
      out.push(`<text x="${px(fits ? at + 8 : at - 8)}" y="${px(y(last.value) + (fits ? 4 : -10))}"${fits ? "" : ' text-anchor="end"'} fill="${realisationPalette.actual}" font-weight="600"${HALO}>${esc(last.text)}</text>`);
    }
    return `<g class="kpi" data-kpi="${esc(k.id)}">${out.join("")}</g>`;
  }
}
