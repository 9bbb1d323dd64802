/** Query: vendor solutions ranked by the executive KPIs they reach. */
import { Dec, type Decimal } from "../numeric/decimal.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { indexBvf, NONE } from "./_internal/graphIndex.js";
import type { Bvf } from "./types.js";

/** One solution's standing. */
export interface RankedVendorSolution {
  readonly id: string;
  readonly name: string;
  readonly phase?: number;
  /** Executive KPIs it reaches by some path, in the BVF's order. */
  readonly executiveKpis: readonly string[];
  /** Σ of their weights (importance, default 1 each). */
  readonly weight: Decimal;
}

/**
 * Ranks vendor solutions by the total weight of the executive KPIs they reach, then by how many they
 * reach, then by their order in the BVF. Costs one upward walk per solution.
 *
 * @param graph - a built BVF
 * @returns frozen ranking, best first
 *
 * @example
 * ```ts
 * rankVendorSolutions(graph).map((s) => `${s.id}:${s.executiveKpis.length}`); //=> ["v-e-invoicing:4", "v-inventory:3", "v-credit-scoring:2", …]
 * ```
 */
export function rankVendorSolutions(graph: Bvf): readonly RankedVendorSolution[] {
  const index = indexBvf(graph);
  const order = new Map(graph.executiveKpis.map((kpi, i) => [kpi.id, i]));
  const ranked = graph.solutions.map((solution, position) => {
    const seen = new Set<string>([solution.id]);
    const stack = [solution.id];
    const reached: string[] = [];
    while (stack.length > 0) {
      for (const edge of index.up.get(stack.pop()!) ?? NONE) {
        if (seen.has(edge.to)) continue;
        seen.add(edge.to);
        if (order.has(edge.to)) reached.push(edge.to);
        else stack.push(edge.to);
      }
    }
    reached.sort((a, b) => order.get(a)! - order.get(b)!);
    const weight = reached.reduce((total, id) => total.plus(graph.executiveKpis[order.get(id)!]!.weight), new Dec(0));
    const entry: RankedVendorSolution = { id: solution.id, name: solution.name, executiveKpis: reached, weight, ...(solution.phase !== undefined && { phase: solution.phase }) };
    return { entry, position };
  });
  ranked.sort((a, b) => b.entry.weight.comparedTo(a.entry.weight) || b.entry.executiveKpis.length - a.entry.executiveKpis.length || a.position - b.position);
  return deepFreeze(ranked.map((item) => item.entry));
}
