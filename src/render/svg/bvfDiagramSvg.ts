/** bvfDiagramSvg: a Business Value Framework's four levels, drawn as SVG. */
import type { Bvf } from "../../bvf/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { bvfGraph } from "../_internal/diagramGraph.js";
import type { RenderOptions } from "../options.js";
import { type DiagramLayers, type DiagramPicture, drawDiagram } from "./_internal/diagramSvg.js";

/** Options of {@link bvfDiagramSvg}. */
export interface BvfDiagramSvgOptions extends RenderOptions {
  /**
   * `"rows"`: executive KPIs on top, each level a row below; `"columns"`: executive KPIs on the left;
   * `"auto"` (default): rows, unless they would be wider than about 980 pixels and columns are narrower.
   */
  readonly layers?: DiagramLayers;
}

/** The drawing and its geometry (for the tests and the report). */
export function bvfDiagramPicture(bvf: Bvf, options?: BvfDiagramSvgOptions): DiagramPicture {
  const locale = chartOptions("bvfDiagramSvg", options, { layers: { kind: "oneOf", values: ["auto", "rows", "columns"] } });
  const graph = bvfGraph(bvf, locale);
  return drawDiagram(graph, {
    title: locale.text.diagrams.bvf(bvf.name ?? locale.t.bvf.untitled),
    locale,
    layers: options?.layers ?? "auto",
    legend: [],
    edgeLabels: true,
  });
}

/**
 * Draws a BVF's four levels as a standalone SVG picture — executive KPIs (with the expected
 * improvement), business intentions, operational KPIs (with their function), vendor solutions (with
 * their phase) — each level a layer of coloured boxes with its title, ordered so few links cross. Every
 * upward link is a curve with an arrowhead, labelled with its elasticity or expected improvement where
 * the figure fits without covering a box or another figure (always in the link's tooltip). An
 * operational KPI that feeds another is linked by an arc beside its level. Seller KPIs and competitors
 * are not drawn. Names only: ids appear only in `data-id` attributes. `<title>` and `<desc>` for screen
 * readers; a viewBox, so it scales. The texts are those of {@link bvfDiagram}.
 *
 * @param bvf - a BVF from `defineBvf` or the builder
 * @param options - `locale`, `layers` as `"rows"`, `"columns"` or `"auto"`
 * @returns an `<svg>` element as a string
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or layers
 *
 * @example
 * ```ts
 * const svg = bvfDiagramSvg(defineBvf(distributorBvf));
 * svg.includes("<title>Credit-to-cash for Huatong: the four levels</title>"); //=> true
 * svg.includes(">1 · Executive KPIs<"); //=> true
 * ```
 */
export function bvfDiagramSvg(bvf: Bvf, options?: BvfDiagramSvgOptions): string {
  return bvfDiagramPicture(bvf, options).svg;
}
