/** linkageDiagramSvg: the reference frame's linkage (goals ← CSFs ← issues ← solutions → values), drawn as SVG. */
import type { Frame } from "../../frame/frame.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { checkFocus, linkageGraph } from "../_internal/diagramGraph.js";
import type { RenderOptions } from "../options.js";
import { type DiagramLayers, type DiagramPicture, drawDiagram } from "./_internal/diagramSvg.js";

/** Options of {@link linkageDiagramSvg}. */
export interface LinkageDiagramSvgOptions extends RenderOptions {
  /** Draw only one solution's chain up to its goals, or one goal's chain down to its values. */
  readonly focus?: { readonly solution: string } | { readonly goal: string };
  /**
   * `"rows"`: goals on top, each kind of element a row below; `"columns"`: goals on the left; `"auto"`
   * (default): rows, unless they would be wider than about 980 pixels and columns are narrower.
   */
  readonly layers?: DiagramLayers;
}

/** The drawing and its geometry (for the tests and the report). */
export function linkageDiagramPicture(frame: Frame, options?: LinkageDiagramSvgOptions): DiagramPicture {
  const locale = chartOptions("linkageDiagramSvg", options, { layers: { kind: "oneOf", values: ["auto", "rows", "columns"] } }, checkFocus);
  const graph = linkageGraph(frame, locale, options?.focus);
  const m = locale.text.mermaid;
  return drawDiagram(graph, {
    title: locale.text.diagrams.linkage(frame.customer.name),
    locale,
    layers: options?.layers ?? "auto",
    legend: [
      ["serves", m.serves],
      ["hurts", m.hurts],
      ["blocks", m.blocks],
      ["resolve", m.addresses.resolve],
      ["bypass", m.addresses.bypass],
      ["delivers", m.delivers],
      ["valueServes", locale.text.diagrams.valueServes],
    ],
    edgeLabels: false,
  });
}

/**
 * Draws the frame's linkage as a standalone SVG picture, goals on top: success factors serve goals,
 * issues hurt success factors or block goals, solutions resolve or bypass issues and deliver values,
 * which serve goals. Each kind of element is a layer of coloured boxes with its title beside it, ordered
 * so few links cross; each box holds the element's name and details (goal baseline → target, a value's
 * amount and probability, a solution's grid cell), wrapped to fit. Links are curves whose colour and
 * line say their kind (a legend underneath). Names only: element ids appear only in `data-id`
 * attributes. `<title>` and `<desc>` for screen readers; a viewBox, so it scales. No script, no
 * external resource. The texts are those of {@link linkageDiagram}.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - `locale`, `focus` on one solution or goal, `layers` as `"rows"`, `"columns"` or `"auto"`
 * @returns an `<svg>` element as a string
 * @throws {FrameLookupError} `FRAME_UNKNOWN_ID` or `FRAME_WRONG_KIND` when the focus id is not a
 *   solution (or goal) of the frame
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or layers, or a focus of another shape
 *
 * @example
 * ```ts
 * const svg = linkageDiagramSvg(frame);
 * svg.startsWith("<svg"); //=> true
 * svg.includes('data-id="sol-credit-to-cash"'); //=> true
 * svg.includes(">Credit-to-cash capability<"); //=> true
 * ```
 */
export function linkageDiagramSvg(frame: Frame, options?: LinkageDiagramSvgOptions): string {
  return linkageDiagramPicture(frame, options).svg;
}
