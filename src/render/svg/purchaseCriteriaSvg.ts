/** purchaseCriteriaSvg: the customer's purchase criteria — each supplier's score per criterion and the weighted totals — as a standalone SVG picture. */
import type { PurchaseCriteria } from "../../qualify/purchaseCriteria.js";
import type { Qualification } from "../../qualify/schema.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import { defaultSize, palette } from "../_internal/chartStyle.js";
import { esc } from "../_internal/xml.js";
import { purchaseCriteriaDataOf, qualificationChartLocale } from "../vegaLite/qualificationChartData.js";
import type { PurchaseCriteriaSpecOptions } from "../vegaLite/purchaseCriteriaSpec.js";
import { HALO, legendLines, linearScale, px, svgDocument, textWidth, valueAxisX } from "./_internal/svg.js";
import { wrapText } from "./_internal/textFit.js";

/** Options of {@link purchaseCriteriaSvg}: those of the Vega-Lite spec. */
export type PurchaseCriteriaSvgOptions = PurchaseCriteriaSpecOptions;

/** A bar's thickness, the room between bars of a group and between groups, in pixels. */
const BAR = 14;
const BAR_GAP = 3;
const GROUP_GAP = 16;
/** The widest the criteria's labels may be. */
const LABEL_WIDTH = 190;

/**
 * Draws the customer's purchase criteria (see `purchaseCriteriaData`) as SVG: one group of horizontal
 * bars per criterion — each supplier's score on the customer's scale, in the supplier's colour, ours in
 * blue — labelled at the left with the criterion's name, its weight and its share of all weights; then,
 * under a rule, the weighted totals, each bar labelled with the exact total and the rank. Every bar has a
 * `<title>` with the supplier, the criterion and the score; a legend of the suppliers; `<title>` and
 * `<desc>`. The picture grows taller with more criteria or suppliers. Deterministic; no script, no
 * external resource.
 *
 * @param subject - a qualification from `defineQualification` with its `criteria`, or a table from `definePurchaseCriteria`
 * @param options - `locale`, `width`, `height` (the least height)
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without purchase criteria or without our offer and a rival, or a bad option
 *
 * @example
 * ```ts
 * const svg = purchaseCriteriaSvg(qualification);
 * svg.match(/<rect class="bar"/g).length; //=> 9 (3 criteria × 3 suppliers)
 * svg.includes(">3.95, rank 1</text>"); //=> true (Global ERP's weighted total)
 * ```
 */
export function purchaseCriteriaSvg(subject: Qualification | PurchaseCriteria, options?: PurchaseCriteriaSvgOptions): string {
  const locale = qualificationChartLocale("purchaseCriteriaSvg", subject, options, true);
  const data = purchaseCriteriaDataOf("purchaseCriteriaSvg", subject, locale);
  const width = options?.width ?? defaultSize.width;
  const colors = new Map(data.suppliers.map((s) => [s.id, s.color]));
  const legend = legendLines(
    data.suppliers.map((s) => ({ label: s.label, symbol: (x: number, y: number) => `<rect x="${px(x - 5)}" y="${px(y - 5)}" width="10" height="10" fill="${s.color}"/>` })),
    width,
    42,
  );
  const labels = data.criteria.map((c) => ({ name: wrapText(c.name, LABEL_WIDTH, 11), weight: locale.locale.text.qualify.charts.weightShare(c.weightText, c.shareText) }));
  const labelWidth = Math.min(LABEL_WIDTH, Math.max(textWidth(data.totalsLabel), ...labels.flatMap((l) => [...l.name.map((line) => textWidth(line)), textWidth(l.weight, 10)])));
  const left = 16 + labelWidth + 12;
  const right = width - 24 - Math.max(...data.suppliers.map((s) => textWidth(s.totalRankText, 10))) - 8;
  const groupHeight = (lines: number) => Math.max(data.suppliers.length * (BAR + BAR_GAP) - BAR_GAP, 14 * lines + 12);
  const top = legend.bottom + 28;
  const heights = labels.map((l) => groupHeight(l.name.length));
  const totalsTop = top + heights.reduce((sum, h) => sum + h + GROUP_GAP, 0) + 8;
  const bottom = totalsTop + groupHeight(1);
  const height = Math.max(options?.height ?? defaultSize.height, Math.ceil(bottom + 48));
  const x = linearScale([Dec.min(new Dec(0), data.scale.min), data.scale.max], left, right);
  const zero = x(Dec.max(new Dec(0), x.ticks[0]!));
  const parts = [legend.svg, valueAxisX(x, { left, top: top - 8, right, bottom }, data.scoreTitle, locale)];

  /** One supplier's bar from the axis's start to `value`, its text at the end. */
  const bar = (kind: "bar" | "total", y: number, supplier: string, value: Decimal, text: string, tip: string, criterion?: string) => {
    const end = x(value);
    const data = criterion === undefined ? "" : ` data-criterion="${esc(criterion)}"`;
    return (
      `<rect class="${kind}"${data} data-supplier="${esc(supplier)}" x="${px(Math.min(zero, end))}" y="${px(y)}" width="${px(Math.abs(end - zero))}" height="${BAR}" fill="${colors.get(supplier)}"><title>${esc(tip)}</title></rect>` +
      `<text x="${px(Math.max(zero, end) + 4)}" y="${px(y + BAR / 2)}" dominant-baseline="middle" font-size="10" fill="${palette.text}"${HALO}>${esc(text)}</text>`
    );
  };
  let y = top;
  data.criteria.forEach((c, i) => {
    const label = labels[i]!;
    const h = heights[i]!;
    const name = label.name.map((line, n) => `<tspan x="16" dy="${n === 0 ? 0 : 14}">${esc(line)}</tspan>`).join("");
    parts.push(
      `<g class="criterion" data-criterion="${esc(c.id)}">`,
      `<text x="16" y="${px(y + 10)}" font-weight="600" fill="${palette.text}">${name}</text>`,
      `<text x="16" y="${px(y + 10 + 14 * label.name.length)}" font-size="10" fill="${palette.muted}">${esc(label.weight)}</text>`,
      ...data.suppliers.map((s, k) => {
        const found = data.bars.find((b) => b.criterion === c.id && b.supplier === s.id)!;
        return bar("bar", y + k * (BAR + BAR_GAP), s.id, found.score, found.text, found.tip, c.id);
      }),
      "</g>",
    );
    y += h + GROUP_GAP;
  });
  parts.push(
    `<line x1="16" x2="${px(width - 16)}" y1="${px(totalsTop - 8 - GROUP_GAP / 2)}" y2="${px(totalsTop - 8 - GROUP_GAP / 2)}" stroke="${palette.rule}" stroke-dasharray="4 3"/>`,
    `<g class="totals"><text x="16" y="${px(totalsTop + 10)}" font-weight="600" fill="${palette.text}">${esc(data.totalsLabel)}</text>`,
    ...data.suppliers.map((s, k) => bar("total", totalsTop + k * (BAR + BAR_GAP), s.id, s.total, s.totalRankText, s.totalTip)),
    "</g>",
  );
  return svgDocument(width, height, data.title, data.description, parts.join(""));
}
