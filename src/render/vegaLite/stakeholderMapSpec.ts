/** stakeholderMapSpec: the buying centre's stakeholder map as a Vega-Lite v5 spec. */
import type { BuyingCentre } from "../../people/schema.js";
import { defaultSize, palette } from "../_internal/chartStyle.js";
import { baseSpec } from "./_internal/spec.js";
import { stakeholderGuides, stakeholderMapData } from "./stakeholderMapData.js";
import type { StakeholderMapOptions } from "./stakeholderMapData.js";
import type { ChartSizeOptions, JsonValue, VegaLiteSpec } from "./types.js";

/** Options of {@link stakeholderMapSpec}. */
export interface StakeholderMapSpecOptions extends StakeholderMapOptions, Omit<ChartSizeOptions, "measure"> {}

/** How many people of a cell are stacked before they also go side by side; the share of a cell's height and width they spread over; the pixels each needs. */
const STACK = 4;
const SPREAD = 0.84;
const SIDE = 0.9;
const SLOT = 28;

/** A Vega expression literal (a string, an array or an object of strings): JSON is valid Vega expression syntax. */
const literal = (value: JsonValue): string => JSON.stringify(value);

/**
 * The stakeholder map (see {@link stakeholderMapData}) as a Vega-Lite v5 spec: x is the attitude to us,
 * five columns from opponent on the left to mentor on the right; y is influence, 5 at the top. Each
 * person is a circle coloured by hierarchy category and labelled with their name; a ring marks the
 * mentor, a hollow dashed circle a person not yet observed; the critical area (high influence, against
 * us) is shaded. People sharing a cell are spread on a small grid inside it. The inline data are exactly
 * the rows of `stakeholderMapData`; positions, labels and tooltips are computed by transforms.
 *
 * @param centre - a buying centre from `defineBuyingCentre`
 * @param options - `asOf`, `locale`, `width`, `height`
 * @returns a plain JSON spec with `$schema` set
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, `asOf`, size…)
 *
 * @example
 * ```ts
 * const spec = stakeholderMapSpec(defineBuyingCentre(parse(yaml)), { asOf: "2026-12-06" });
 * spec.data.values.length; //=> 7 (one row per person)
 * spec.title; //=> "Stakeholder map as of December 6, 2026"
 * ```
 */
export function stakeholderMapSpec(centre: BuyingCentre, options?: StakeholderMapSpecOptions): VegaLiteSpec {
  const data = stakeholderMapData(centre, options);
  const order = data.columns.map((column) => column.attitude);
  const categoryLabels = Object.fromEntries(data.categories.map((category) => [category.category, category.label]));
  const criticalColumns = data.critical.attitudes.map((attitude) => order.indexOf(attitude));
  const values = data.rows.map((row) => ({ ...row }));
  // Every layer places on the same scales with the same axes (the guides too, so the merged axes keep their titles).
  const xOn = (field: string) => ({
    field,
    type: "quantitative",
    title: data.xTitle,
    scale: { domain: [-0.5, order.length - 0.5], nice: false, zero: false },
    axis: { values: order.map((_, i) => i), labelExpr: `${literal(data.columns.map((column) => column.label))}[datum.value]`, grid: false, ticks: false, domain: false, labelLimit: 0, labelFontSize: 11 },
  });
  const yOn = (field: string) => ({
    field,
    type: "quantitative",
    title: data.yTitle,
    scale: { domain: [0.5, 5.5], nice: false, zero: false },
    axis: { values: [1, 2, 3, 4, 5], format: "d", grid: false, ticks: false, domain: false, labelFontSize: 11 },
  });
  const [x, y] = [xOn("mapX"), yOn("mapY")];
  const color = {
    field: "categoryLabel",
    type: "nominal",
    title: null,
    legend: { labelLimit: 0 },
    scale: { domain: data.categories.map((category) => category.label), range: data.categories.map((category) => category.color) },
  };
  const tooltip = { field: "tip", type: "nominal" };
  const guide = (values: readonly { readonly [key: string]: JsonValue }[], mark: JsonValue, encoding: JsonValue) => ({ data: { values }, mark, encoding });
  const [left, right] = [Math.min(...criticalColumns) - 0.5, Math.max(...criticalColumns) + 0.5];
  // Rows tall enough for the most crowded cell's stack: a name and its circle need about SLOT pixels.
  const crowds = new Map<string, number>();
  for (const row of data.rows) crowds.set(`${row.attitude}|${row.influence}`, (crowds.get(`${row.attitude}|${row.influence}`) ?? 0) + 1);
  const down = Math.max(1, ...[...crowds.values()].map((crowd) => Math.ceil(crowd / Math.ceil(crowd / STACK))));
  const across = Math.max(1, ...[...crowds.values()].map((crowd) => Math.ceil(crowd / STACK)));
  const width = options?.width ?? defaultSize.width;
  const height = Math.max(options?.height ?? defaultSize.height, Math.ceil((5 * SLOT * down) / SPREAD));
  return baseSpec(data.title, data.description, values, { ...options, height }, {
    transform: [
      // The cell's crowd and each person's slot in it, in the buying centre's order.
      { window: [{ op: "row_number", as: "slot" }], groupby: ["attitude", "influence"] },
      { joinaggregate: [{ op: "count", as: "crowd" }], groupby: ["attitude", "influence"] },
      // A small grid per cell: up to four people stacked (names are wider than they are tall), then side by side.
      { calculate: `ceil(datum.crowd / ${STACK})`, as: "across" },
      { calculate: "ceil(datum.crowd / datum.across)", as: "down" },
      { calculate: "(datum.slot - 1) % datum.across - (datum.across - 1) / 2", as: "dx" },
      { calculate: "floor((datum.slot - 1) / datum.across) - (datum.down - 1) / 2", as: "dy" },
      { calculate: `indexof(${literal(order)}, datum.attitude) + datum.dx * ${SIDE} / datum.across`, as: "mapX" },
      { calculate: `datum.influence - datum.dy * ${SPREAD} / datum.down`, as: "mapY" },
      { calculate: `${literal(categoryLabels)}[datum.category]`, as: "categoryLabel" },
      { calculate: `${literal(data.tips)}[datum.id]`, as: "tip" },
    ],
    layer: [
      // The critical area: high influence, against us; its label above the plot.
      guide(
        [{ x0: left, x1: right, y0: data.critical.minInfluence - 0.5, y1: 5.5 }],
        { type: "rect", fill: stakeholderGuides.criticalFill, stroke: stakeholderGuides.criticalEdge, strokeDash: [4, 3] },
        { x: xOn("x0"), x2: { field: "x1" }, y: yOn("y0"), y2: { field: "y1" } },
      ),
      guide(
        [{ x0: left, label: data.critical.label }],
        { type: "text", align: "left", baseline: "bottom", dx: 2, dy: -4, fontWeight: 600, fontSize: 10, color: stakeholderGuides.criticalText, y: 0 },
        { x: xOn("x0"), text: { field: "label" } },
      ),
      // The boundaries of the columns and rows.
      guide(
        order.slice(1).map((_, i) => ({ at: i + 0.5 })),
        { type: "rule", color: palette.grid },
        { x: xOn("at") },
      ),
      guide(
        [1.5, 2.5, 3.5, 4.5].map((at) => ({ at })),
        { type: "rule", color: palette.grid },
        { y: yOn("at") },
      ),
      // Each person: a circle in the category's colour (hollow and dashed when not yet observed), a ring around the mentor, the name below.
      ...(data.rows.some((row) => row.mentor)
        ? [
            {
              transform: [{ filter: "datum.mentor" }],
              mark: { type: "point", shape: "circle", size: 420, filled: false, strokeWidth: 2 },
              encoding: { x, y, stroke: { datum: data.legend.mentor, type: "nominal", title: null, legend: { labelLimit: 0 }, scale: { range: [stakeholderGuides.mentorRing] } }, tooltip },
            },
          ]
        : []),
      {
        transform: [{ filter: "datum.observed" }],
        mark: { type: "circle", size: 150, opacity: 1, stroke: "#ffffff", strokeWidth: 1.5 },
        encoding: { x, y, color, tooltip },
      },
      ...(data.rows.some((row) => !row.observed)
        ? [
            {
              transform: [{ filter: "!datum.observed" }],
              mark: { type: "point", shape: "circle", size: 150, filled: false, fill: "#ffffff", strokeWidth: 2, strokeDash: [3, 2], opacity: 1 },
              encoding: { x, y, color, tooltip },
            },
            // The legend's entry for them, drawn by a layer of no points (a legend of a layer coloured by category would draw its symbol transparent).
            {
              transform: [{ filter: "false" }],
              mark: { type: "point", shape: "circle", filled: false, fill: "#ffffff", color: palette.muted, strokeWidth: 1.5, opacity: 1 },
              encoding: { x, y, strokeDash: { datum: data.legend.notObserved, type: "nominal", title: null, legend: { labelLimit: 0 }, scale: { range: [[2, 1.5]] } } },
            },
          ]
        : []),
      // Names below their circles; where a cell's people also sit side by side, each name is limited to its slot (the tooltip has it whole).
      {
        transform: [{ filter: "datum.across == 1" }],
        mark: { type: "text", baseline: "top", dy: 13, fontSize: 10, color: palette.text },
        encoding: { x, y, text: { field: "name" }, tooltip },
      },
      ...(across > 1
        ? [
            {
              transform: [{ filter: "datum.across > 1" }],
              mark: { type: "text", baseline: "top", dy: 13, fontSize: 10, color: palette.text, limit: Math.max(24, Math.floor((SIDE * width) / 5 / across) - 4) },
              encoding: { x, y, text: { field: "name" }, tooltip },
            },
          ]
        : []),
    ],
    resolve: { scale: { color: "shared" } },
  });
}
