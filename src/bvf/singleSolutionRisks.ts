/** Query: the executive KPIs that hang on one vendor solution alone. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { indexBvf } from "./_internal/graphIndex.js";
import { solutionReach } from "./_internal/reach.js";
import type { Bvf } from "./types.js";

/** An executive KPI that only one solution reaches: if that solution slips or is cut, the KPI loses its case. */
export interface SingleSolutionRisk {
  readonly executiveKpi: string;
  readonly name: string;
  readonly solution: string;
}

/**
 * Lists the executive KPIs that exactly one vendor solution reaches (by any number of paths). KPIs no
 * solution reaches are not listed here; {@link checkBvf} reports them as `executive_kpi_unreached`.
 * Linear in nodes + links.
 *
 * @param graph - a built BVF
 * @returns frozen risks in the order of the executive KPIs
 *
 * @example
 * ```ts
 * // a BVF where only the collection workflow V1 reaches operating cash flow E1
 * singleSolutionRisks(graph); //=> [{ executiveKpi: "E1", name: "Operating cash flow", solution: "V1" }]
 * ```
 */
export function singleSolutionRisks(graph: Bvf): readonly SingleSolutionRisk[] {
  const reach = solutionReach(graph, indexBvf(graph));
  const risks: SingleSolutionRisk[] = [];
  for (const kpi of graph.executiveKpis) {
    const only = reach.get(kpi.id);
    if (typeof only === "string") risks.push({ executiveKpi: kpi.id, name: kpi.name, solution: only });
  }
  return deepFreeze(risks);
}
