/** valueMatrixSpec: the customer value matrix — short-term gain × long-term impact — with the deal placed, as a Vega-Lite v5 spec. */
import type { Qualification } from "../../qualify/schema.js";
import { palette, qualifyPalette } from "../_internal/chartStyle.js";
import { qualificationChartLocale, valueMatrixDataOf, type QualificationChartOptions } from "./qualificationChartData.js";
import { baseSpec } from "./_internal/spec.js";
import type { JsonValue, VegaLiteSpec } from "./types.js";

/** Options of {@link valueMatrixSpec} (and of `valueMatrixSvg`): the locale and the plot's size. */
export type ValueMatrixSpecOptions = QualificationChartOptions;

/**
 * The customer value matrix (see `valueMatrixData`) as a Vega-Lite v5 spec: the four quadrants shaded
 * and labelled with their category 1–4 and what to commit, the two thresholds as dashed rules (big
 * business from the seller's threshold across, high impact up), and the deal as a point in its quadrant
 * with its gain and impact. Both axes run 0 … 1 with the threshold in the middle and are labelled with
 * the thresholds' figures; the inline data are the quadrants and the deal.
 *
 * @param qualification - from `defineQualification`, with its `valueMatrix`
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without a value matrix or a gain, or a bad option
 *
 * @example
 * ```ts
 * const spec = valueMatrixSpec(qualification);
 * spec.data.values.find((row) => row.kind === "deal")?.category; //=> 1
 * ```
 */
export function valueMatrixSpec(qualification: Qualification, options?: ValueMatrixSpecOptions): VegaLiteSpec {
  const locale = qualificationChartLocale("valueMatrixSpec", qualification, options);
  const data = valueMatrixDataOf("valueMatrixSpec", qualification, locale);
  const quadrants = data.quadrants.map((q) => ({
    kind: "quadrant",
    category: q.category,
    label: q.label,
    commitment: q.commitment,
    color: q.color,
    deal: q.deal,
    x0: q.bigGain ? 0.5 : 0,
    x1: q.bigGain ? 1 : 0.5,
    y0: q.highImpact ? 0.5 : 0,
    y1: q.highImpact ? 1 : 0.5,
  }));
  const values = [...quadrants, { kind: "deal", category: data.category, label: data.dealLabel, x: data.position.x, y: data.position.y }];
  const axis = (labels: readonly string[]): JsonValue => ({ values: [0, 0.5, 1], labelExpr: `${JSON.stringify(labels)}[round(datum.value * 2)]`, grid: false, labelLimit: 0 });
  const x = { type: "quantitative", title: data.gainTitle, scale: { domain: [0, 1], nice: false }, axis: axis(["0", data.bigGainText, ""]) };
  const y = { type: "quantitative", title: data.impactTitle, scale: { domain: [0, 1], nice: false }, axis: axis(["1", data.highImpactText, "5"]) };
  const quadrant = { filter: { field: "kind", equal: "quadrant" } };
  return baseSpec(data.title, data.description, values, options, {
    layer: [
      {
        transform: [quadrant],
        mark: { type: "rect", stroke: palette.grid },
        encoding: {
          x: { ...x, field: "x0" },
          x2: { field: "x1" },
          y: { ...y, field: "y0" },
          y2: { field: "y1" },
          color: { field: "color", type: "nominal", scale: null, legend: null },
          tooltip: [{ field: "label", title: " " }, { field: "commitment", title: " " }],
        },
      },
      { transform: [quadrant], mark: { type: "text", align: "left", baseline: "top", dx: 8, dy: -8, fontWeight: 600, color: palette.text }, encoding: { x: { field: "x0", type: "quantitative" }, y: { field: "y1", type: "quantitative" }, text: { field: "label" } } },
      { transform: [quadrant], mark: { type: "text", align: "left", baseline: "top", dx: 8, dy: 8, fontSize: 10, color: palette.muted }, encoding: { x: { field: "x0", type: "quantitative" }, y: { field: "y1", type: "quantitative" }, text: { field: "commitment" } } },
      { mark: { type: "rule", color: palette.rule, strokeDash: [5, 3] }, encoding: { x: { datum: 0.5, type: "quantitative" } } },
      { mark: { type: "rule", color: palette.rule, strokeDash: [5, 3] }, encoding: { y: { datum: 0.5, type: "quantitative" } } },
      {
        transform: [{ filter: { field: "kind", equal: "deal" } }],
        mark: { type: "point", filled: true, size: 160, color: qualifyPalette.deal, stroke: "#ffffff", strokeWidth: 2, opacity: 1 },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, tooltip: { field: "label", type: "nominal" } },
      },
      {
        transform: [{ filter: { field: "kind", equal: "deal" } }],
        mark: { type: "text", align: "right", dx: -10, fontWeight: 600, color: qualifyPalette.deal },
        encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  });
}
