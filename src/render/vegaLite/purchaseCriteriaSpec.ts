/** purchaseCriteriaSpec: the customer's purchase criteria — each supplier's score per criterion and the weighted totals — as a Vega-Lite v5 spec. */
import type { PurchaseCriteria } from "../../qualify/purchaseCriteria.js";
import type { Qualification } from "../../qualify/schema.js";
import { Dec } from "../../numeric/decimal.js";
import { palette } from "../_internal/chartStyle.js";
import { purchaseCriteriaDataOf, qualificationChartLocale, type QualificationChartOptions } from "./qualificationChartData.js";
import { baseSpec, toPlot } from "./_internal/spec.js";
import type { VegaLiteSpec } from "./types.js";

/** Options of {@link purchaseCriteriaSpec} (and of `purchaseCriteriaSvg`): the locale and the plot's size. */
export type PurchaseCriteriaSpecOptions = QualificationChartOptions;

/**
 * The customer's purchase criteria (see `purchaseCriteriaData`) as a Vega-Lite v5 spec: horizontal bars
 * grouped by criterion — each supplier's score on the customer's scale, in the supplier's colour, ours
 * in blue — each group labelled with the criterion's name, weight and share of all weights, and a last
 * group of the weighted totals, each labelled with its rank. Data is inline; numbers in it are for
 * plotting only, the labels and tooltips carry the exact figures.
 *
 * @param subject - a qualification from `defineQualification` with its `criteria`, or a table from `definePurchaseCriteria`
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without purchase criteria or without our offer and a rival, or a bad option
 *
 * @example
 * ```ts
 * const spec = purchaseCriteriaSpec(qualification);
 * spec.title; //=> "Purchase criteria: each supplier's score and weighted total"
 * spec.data.values.filter((row) => row.group === "Weighted total").map((row) => row.text); //=> ["3.7, rank 2", "3.95, rank 1", "3.45, rank 3"]
 * ```
 */
export function purchaseCriteriaSpec(subject: Qualification | PurchaseCriteria, options?: PurchaseCriteriaSpecOptions): VegaLiteSpec {
  const locale = qualificationChartLocale("purchaseCriteriaSpec", subject, options, true);
  const data = purchaseCriteriaDataOf("purchaseCriteriaSpec", subject, locale);
  const labels = new Map(data.suppliers.map((s) => [s.id, s.label]));
  const values = [
    ...data.bars.map((b) => ({ group: data.criteria.find((c) => c.id === b.criterion)!.label, supplier: labels.get(b.supplier)!, score: toPlot(b.score), text: b.text, tip: b.tip })),
    ...data.suppliers.map((s) => ({ group: data.totalsLabel, supplier: s.label, score: toPlot(s.total), text: s.totalRankText, tip: s.totalTip })),
  ];
  const groups = [...data.criteria.map((c) => c.label), data.totalsLabel];
  const suppliers = data.suppliers.map((s) => s.label);
  const y = { field: "group", type: "nominal", title: data.criterionTitle, sort: groups, axis: { labelLimit: 240 } };
  const yOffset = { field: "supplier", type: "nominal", sort: suppliers };
  const x = { field: "score", type: "quantitative", title: data.scoreTitle, scale: { domain: [toPlot(Dec.min(new Dec(0), data.scale.min)), toPlot(data.scale.max)] } };
  return baseSpec(data.title, data.description, values, options, {
    encoding: { y, yOffset, x },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: { field: "supplier", type: "nominal", title: null, sort: suppliers, scale: { domain: suppliers, range: data.suppliers.map((s) => s.color) }, legend: { labelLimit: 0 } },
          tooltip: { field: "tip", type: "nominal" },
        },
      },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: palette.text }, encoding: { text: { field: "text" } } },
    ],
  });
}
