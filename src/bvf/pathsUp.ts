/** Query: every path from a node up the value chain to the executive KPIs it serves. */
import { chainPaths } from "./_internal/paths.js";
import type { Bvf } from "./types.js";

/**
 * Lists every path from a node (usually a vendor solution) up to the executive KPIs it serves, as id
 * lists from the node upwards. A path that stops below the executive level shows a broken chain.
 *
 * @param graph - a built BVF
 * @param id - a solution, operational KPI, intention or executive KPI
 * @returns frozen paths, depth first in link order (`[[id]]` for an executive KPI)
 * @throws {BvfLookupError} (code `BVF_UNKNOWN_ID`) when `id` is not a value-chain node
 *
 * @example
 * ```ts
 * // examples/distributor.bvf.json: the reps' KPI programme feeds paid-on-terms, which serves order-to-cash
 * pathsUp(graph, "v-rep-kpis");
 * //=> [["v-rep-kpis", "o-collection-calls", "o-paid-on-terms", "i-order-to-cash", "g-cash"],
 * //    ["v-rep-kpis", "o-collection-calls", "o-paid-on-terms", "i-order-to-cash", "g-net-profit"]]
 * ```
 */
export function pathsUp(graph: Bvf, id: string): readonly (readonly string[])[] {
  return chainPaths(graph, id, "up");
}
