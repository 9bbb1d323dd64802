/** Query: how much of each BVF level the vendor solutions cover. */
import { Dec, type Decimal } from "../numeric/decimal.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { indexBvf, NONE } from "./_internal/graphIndex.js";
import { solutionReach } from "./_internal/reach.js";
import type { Bvf } from "./types.js";

/** Coverage of one level. */
export interface LevelCoverage {
  readonly total: number;
  /** Ids covered, in the BVF's order. */
  readonly covered: readonly string[];
  /** Ids not covered, in the BVF's order. */
  readonly uncovered: readonly string[];
  /** covered / total (0 for an empty level). */
  readonly share: Decimal;
}

/** Coverage of the four levels: KPIs and intentions reached by some solution; solutions reaching some executive KPI. */
export interface BvfCoverage {
  readonly executiveKpis: LevelCoverage;
  readonly intentions: LevelCoverage;
  readonly operationalKpis: LevelCoverage;
  readonly solutions: LevelCoverage;
}

function level(ids: readonly string[], covered: (id: string) => boolean): LevelCoverage {
  const yes = ids.filter(covered);
  const no = ids.filter((id) => !covered(id));
  return { total: ids.length, covered: yes, uncovered: no, share: ids.length === 0 ? new Dec(0) : new Dec(yes.length).div(ids.length) };
}

/**
 * Measures coverage per level: an executive KPI, intention or operational KPI is covered when at least
 * one vendor solution reaches it by some path; a solution is covered when it reaches at least one
 * executive KPI. Linear in nodes + links.
 *
 * @param graph - a built BVF
 * @returns frozen coverage of each level
 *
 * @example
 * ```ts
 * const coverage = levelCoverage(graph);
 * coverage.operationalKpis.total; //=> 15  (examples/distributor.bvf.json)
 * coverage.operationalKpis.share.toString(); //=> "1"
 * coverage.solutions.uncovered; //=> []
 * ```
 */
export function levelCoverage(graph: Bvf): BvfCoverage {
  const index = indexBvf(graph);
  const reach = solutionReach(graph, index);
  const reached = (id: string): boolean => reach.get(id) !== undefined;
  // Which nodes reach an executive KPI: walk down from the top, so each node is decided after its parents.
  const reachesTop = new Set(graph.executiveKpis.map((kpi) => kpi.id));
  const decide = (id: string): void => {
    if ((index.up.get(id) ?? NONE).some((edge) => reachesTop.has(edge.to))) reachesTop.add(id);
  };
  for (const intention of graph.intentions) decide(intention.id);
  for (let i = index.operationalOrder.length - 1; i >= 0; i--) decide(index.operationalOrder[i]!);
  for (const solution of graph.solutions) decide(solution.id);
  const ids = (list: readonly { id: string }[]): string[] => list.map((node) => node.id);
  return deepFreeze({
    executiveKpis: level(ids(graph.executiveKpis), reached),
    intentions: level(ids(graph.intentions), reached),
    operationalKpis: level(ids(graph.operationalKpis), reached),
    solutions: level(ids(graph.solutions), (id) => reachesTop.has(id)),
  });
}
