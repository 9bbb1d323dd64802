/** linkageDiagram: the reference frame's linkage (goals ← CSFs ← issues ← solutions → values) as Mermaid source. */
import type { Frame } from "../../frame/frame.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { checkFocus, linkageGraph } from "../_internal/diagramGraph.js";
import type { RenderOptions } from "../options.js";
import { directionRule, flowchart } from "./_internal/mermaidText.js";

/** Options of {@link linkageDiagram}. */
export interface LinkageDiagramOptions extends RenderOptions {
  /** Draw only one solution's chain up to its goals, or one goal's chain down to its values. */
  readonly focus?: { readonly solution: string } | { readonly goal: string };
  /** Mermaid flow direction (default `"BT"`: goals on top, solutions at the bottom). */
  readonly direction?: "BT" | "TB" | "LR" | "RL";
}

/**
 * Draws the frame's linkage as a Mermaid flowchart: each success factor serves its goals, each issue
 * hurts success factors or blocks goals, each solution resolves (or bypasses) its issues and delivers
 * its values, which serve a goal. Goal nodes show baseline → target, value nodes their amount and
 * probability, solution nodes the grid cell they land on when they name one. Node ids are the element
 * ids with a kind prefix and every character other than a letter, digit or `_` replaced by `_`; labels
 * have quotes, brackets, `#`, `<`, `>` written as Mermaid entities.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - `locale`, `focus` on one solution or goal, flow `direction`
 * @returns Mermaid source, starting with `flowchart BT`
 * @throws {FrameLookupError} `FRAME_UNKNOWN_ID` or `FRAME_WRONG_KIND` when the focus id is not a
 *   solution (or goal) of the frame
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or direction, or a focus of another shape
 *
 * @example
 * ```ts
 * const source = linkageDiagram(frame, { focus: { solution: "sol-credit-to-cash" } });
 * source.includes('S_sol_credit_to_cash -->|resolves| I_cbi_dso'); //=> true
 * ```
 */
export function linkageDiagram(frame: Frame, options?: LinkageDiagramOptions): string {
  const locale = chartOptions("linkageDiagram", options, { direction: directionRule }, checkFocus);
  return flowchart(linkageGraph(frame, locale, options?.focus), options?.direction ?? "BT", ["goal", "csf", "issue", "solution", "value"]);
}
