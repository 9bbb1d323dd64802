/** bvfDiagram: a Business Value Framework's four levels as Mermaid subgraphs, linked upward. */
import type { Bvf } from "../../bvf/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { bvfGraph } from "../_internal/diagramGraph.js";
import type { RenderOptions } from "../options.js";
import { directionRule, flowchart } from "./_internal/mermaidText.js";

/** Options of {@link bvfDiagram}. */
export interface BvfDiagramOptions extends RenderOptions {
  /** Mermaid flow direction (default `"BT"`: executive KPIs on top, vendor solutions at the bottom). */
  readonly direction?: "BT" | "TB" | "LR" | "RL";
}

/**
 * Draws a BVF as a Mermaid flowchart with one subgraph per level — executive KPIs (with the expected
 * improvement), business intentions, operational KPIs (with their function) and vendor solutions (with
 * their phase) — and an edge for every upward link, labelled with the link's elasticity or expected
 * improvement when one is given. The seller's KPIs and competitors are not drawn. Ids and labels are
 * made safe for Mermaid as in {@link linkageDiagram}.
 *
 * @param bvf - a BVF from `defineBvf` or the builder
 * @param options - `locale`, flow `direction`
 * @returns Mermaid source, starting with `flowchart BT`
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or direction
 *
 * @example
 * ```ts
 * const source = bvfDiagram(defineBvf(distributorBvf));
 * source.includes('subgraph L1["1 · Executive KPIs"]'); //=> true
 * source.includes("I_i_order_to_cash -->|elasticity 0.4| E_g_cash"); //=> true
 * ```
 */
export function bvfDiagram(bvf: Bvf, options?: BvfDiagramOptions): string {
  const locale = chartOptions("bvfDiagram", options, { direction: directionRule });
  // Each level is a subgraph titled with its number and name.
  return flowchart(bvfGraph(bvf, locale), options?.direction ?? "BT", ["executive", "intention", "operational", "solution"], true);
}
