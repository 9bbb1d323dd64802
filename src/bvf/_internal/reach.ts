/**
 * Which solutions reach each node of the value chain, summarised as none / exactly one / several, in one
 * upward pass (solutions → operational KPIs in feed order → intentions → executive KPIs): linear.
 */
import type { Bvf } from "../types.js";
import { NONE, type GraphIndex } from "./graphIndex.js";

/** Several solutions reach the node. */
export const MANY: unique symbol = Symbol("many");

/** `undefined`: no solution; a string: that one solution; {@link MANY}: two or more. */
export type Reach = string | typeof MANY | undefined;

/** The reach of every value-chain node, in upward order. */
export function solutionReach(graph: Bvf, index: GraphIndex): ReadonlyMap<string, Reach> {
  const reach = new Map<string, Reach>();
  for (const solution of graph.solutions) reach.set(solution.id, solution.id);
  const visit = (id: string): void => {
    let value: Reach;
    for (const edge of index.down.get(id) ?? NONE) {
      const from = reach.get(edge.from);
      if (from === undefined || from === value) continue;
      value = value === undefined ? from : MANY;
    }
    reach.set(id, value);
  };
  for (const id of index.operationalOrder) visit(id);
  for (const intention of graph.intentions) visit(intention.id);
  for (const kpi of graph.executiveKpis) visit(kpi.id);
  return reach;
}
