/** openingGridSpec: the 3 × 3 opening grid — home turf × who leads — with the deal's cell marked, as a Vega-Lite v5 spec. */
import type { Qualification } from "../../qualify/schema.js";
import { palette, qualifyPalette } from "../_internal/chartStyle.js";
import { openingGridDataOf, qualificationChartLocale, type QualificationChartOptions } from "./qualificationChartData.js";
import { baseSpec } from "./_internal/spec.js";
import type { VegaLiteSpec } from "./types.js";

/** Options of {@link openingGridSpec} (and of `openingGridSvg`): the locale and the plot's size. */
export type OpeningGridSpecOptions = QualificationChartOptions;

/**
 * The opening grid (see `openingGridData`) as a Vega-Lite v5 spec: who leads now across (we lead, no one
 * leads, a rival leads), whose home turf down (ours, neutral, a rival's), each cell coloured by its group
 * (normal, problem, abnormal; the legend) and labelled with its strategy, the deal's cell framed and
 * marked. The inline data are the nine cells of `openingGridData`.
 *
 * @param qualification - from `defineQualification`, with its `opening`
 * @param options - `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without an opening, or a bad option
 *
 * @example
 * ```ts
 * const spec = openingGridSpec(qualification);
 * spec.data.values.length; //=> 9
 * spec.data.values.filter((cell) => cell.deal).map((cell) => `${cell.turf}/${cell.leader}`); //=> ["neutral/rival"]
 * ```
 */
export function openingGridSpec(qualification: Qualification, options?: OpeningGridSpecOptions): VegaLiteSpec {
  const locale = qualificationChartLocale("openingGridSpec", qualification, options);
  const data = openingGridDataOf("openingGridSpec", qualification, locale);
  const columns = data.columns.map((column) => column.label);
  const rows = data.rows.map((row) => row.label);
  const values = data.cells.map((cell) => ({
    turf: cell.turf,
    leader: cell.leader,
    turfLabel: data.rows.find((row) => row.turf === cell.turf)!.label,
    leaderLabel: data.columns.find((column) => column.leader === cell.leader)!.label,
    group: cell.group,
    groupLabel: cell.groupLabel,
    strategyLabel: cell.strategyLabel,
    tip: cell.tip,
    deal: cell.deal,
  }));
  const x = { field: "leaderLabel", type: "ordinal", title: data.leaderTitle, sort: columns, axis: { orient: "top", labelAngle: 0, labelLimit: 0, ticks: false, domain: false } };
  const y = { field: "turfLabel", type: "ordinal", title: data.turfTitle, sort: rows, axis: { labelLimit: 0, ticks: false, domain: false } };
  return baseSpec(data.title, data.description, values, options, {
    encoding: { x, y },
    layer: [
      {
        mark: { type: "rect", stroke: "#ffffff", strokeWidth: 2 },
        encoding: {
          color: { field: "groupLabel", type: "nominal", title: null, sort: data.groups.map((g) => g.label), scale: { domain: data.groups.map((g) => g.label), range: data.groups.map((g) => g.color) }, legend: { labelLimit: 0 } },
          tooltip: { field: "tip", type: "nominal" },
        },
      },
      { mark: { type: "text", fontWeight: 600, dy: -8, color: palette.text }, encoding: { text: { field: "groupLabel" } } },
      { mark: { type: "text", fontSize: 10, dy: 8, color: palette.text, limit: 190 }, encoding: { text: { field: "strategyLabel" } } },
      { transform: [{ filter: "datum.deal" }], mark: { type: "rect", fill: null, stroke: qualifyPalette.deal, strokeWidth: 3 } },
      { transform: [{ filter: "datum.deal" }], mark: { type: "text", dy: 24, fontSize: 10, fontWeight: 600, color: qualifyPalette.deal }, encoding: { text: { value: data.dealLabel } } },
    ],
  });
}
