/** Query: every path from a node down the value chain to the vendor solutions that serve it. */
import { chainPaths } from "./_internal/paths.js";
import type { Bvf } from "./types.js";

/**
 * Lists every path from a node (usually an executive KPI) down to the vendor solutions that serve it, as
 * id lists from the node downwards. A path that stops above the solution level shows a gap.
 *
 * @param graph - a built BVF
 * @param id - an executive KPI, intention, operational KPI or solution
 * @returns frozen paths, depth first in link order (`[[id]]` for a solution)
 * @throws {BvfLookupError} (code `BVF_UNKNOWN_ID`) when `id` is not a value-chain node
 *
 * @example
 * ```ts
 * pathsDown(graph, "g-key-accounts")[0]; //=> ["g-key-accounts", "i-right-first-time", "o-stock-outs", "v-inventory"]
 * ```
 */
export function pathsDown(graph: Bvf, id: string): readonly (readonly string[])[] {
  return chainPaths(graph, id, "down");
}
