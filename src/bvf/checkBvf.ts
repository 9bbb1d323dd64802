/**
 * Checks a built BVF against the method: every level reached from below, no orphans, steps 2–3 done,
 * and the three key points — differentiation, measurable results, phased implementation. Returns
 * findings; never throws. Linear in nodes + links.
 */
import type { IssuePath } from "../errors/ValueframeError.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { indexBvf, NONE, type GraphIndex } from "./_internal/graphIndex.js";
import { solutionReach } from "./_internal/reach.js";
import { effectiveWeights } from "./_internal/weights.js";
import type { Bvf, OperationalKpi } from "./types.js";

/** How much a finding matters: `error` defeats the BVF's purpose, `warning` weakens it, `info` is worth knowing. */
export type FindingSeverity = "error" | "warning" | "info";

/** Every code {@link checkBvf} can report. */
export type BvfFindingCode =
  | "no_executive_kpis"
  | "no_seller_kpis"
  | "executive_kpi_not_served_by_seller"
  | "seller_kpi_unlinked"
  | "executive_kpi_without_intention"
  | "intention_without_operational_kpi"
  | "operational_kpi_without_solution"
  | "executive_kpi_unreached"
  | "orphan"
  | "solution_without_differentiator"
  | "solution_offered_by_all_competitors"
  | "executive_kpi_without_expected_improvement"
  | "operational_kpi_not_measurable"
  | "solution_without_measure"
  | "solution_without_phase"
  | "first_phase_not_measurable"
  | "weights_defaulted"
  | "weights_over_one";

/** One thing {@link checkBvf} found, located in the graph. */
export interface BvfFinding {
  readonly severity: FindingSeverity;
  readonly code: BvfFindingCode;
  /** Where in the BVF's data, e.g. `["solutions", 3]`. */
  readonly path: IssuePath;
  readonly message: string;
  /** The nodes concerned, first the one at `path`. */
  readonly nodeIds: readonly string[];
}

const quote = (node: { id: string; name: string }): string => `"${node.name}" (${node.id})`;

/** What an operational KPI lacks to be measurable: unit, baseline, target. */
function missingMeasures(kpi: OperationalKpi): string[] {
  const missing: string[] = [];
  if (kpi.unit === undefined) missing.push("unit");
  if (kpi.baseline === undefined) missing.push("baseline");
  if (kpi.target === undefined) missing.push("target");
  return missing;
}

/**
 * Checks a BVF and returns its findings in the order of the six steps, then the three key points.
 *
 * - structure: `no_executive_kpis` (error), `executive_kpi_without_intention`, `intention_without_operational_kpi`,
 *   `operational_kpi_without_solution` (directly or through a KPI that feeds it), `orphan` (a node linked to
 *   nothing above it) — warnings; `executive_kpi_unreached` (no solution reaches it by any path) — error;
 * - steps 2–3: `no_seller_kpis` (info), `executive_kpi_not_served_by_seller`, `seller_kpi_unlinked` — warnings;
 * - differentiation: `solution_without_differentiator`, `solution_offered_by_all_competitors` — warnings;
 * - measurable results: `operational_kpi_not_measurable`, `executive_kpi_without_expected_improvement` —
 *   warnings; `solution_without_measure` — info;
 * - phased implementation: `solution_without_phase`, `first_phase_not_measurable` — warnings;
 * - roll-up: `weights_defaulted`, `weights_over_one` — info.
 *
 * @param graph - a built BVF
 * @returns frozen findings (empty when nothing is found)
 *
 * @example
 * ```ts
 * const graph = defineBvf({
 *   executiveKpis: [{ id: "E1", name: "Cash flow", expectedImprovement: 20 }],
 *   intentions: [{ id: "I1", name: "Collect faster", serves: ["E1"] }],
 * });
 * checkBvf(graph).map((finding) => finding.code);
 * //=> ["no_seller_kpis", "intention_without_operational_kpi", "executive_kpi_unreached", "weights_defaulted"]
 * ```
 */
export function checkBvf(graph: Bvf): readonly BvfFinding[] {
  const index = indexBvf(graph);
  const findings: BvfFinding[] = [];
  const add = (severity: FindingSeverity, code: BvfFindingCode, path: IssuePath, message: string, nodeIds: readonly string[]): void => {
    findings.push({ severity, code, path, message, nodeIds });
  };
  const pathOf = (id: string): IssuePath => index.nodes.get(id)?.path ?? [];

  if (graph.executiveKpis.length === 0) add("error", "no_executive_kpis", ["executiveKpis"], "the BVF has no executive KPIs (step 1)", []);
  checkSellerSteps(graph, index, add);
  checkStructure(graph, index, add);
  checkKeyPoints(graph, add);

  const weights = effectiveWeights(index);
  for (const entry of weights.defaults) {
    const target = index.nodes.get(entry.target)?.node;
    const message =
      `links into ${target === undefined ? entry.target : quote(target)} from ${entry.defaulted.join(", ")} have no weight; ` +
      `the roll-up gives each ${entry.share.toSignificantDigits(6).toString()} (what is left of 1 after the given ${entry.given.toString()})`;
    add("info", "weights_defaulted", pathOf(entry.target), message, [entry.target, ...entry.defaulted]);
  }
  for (const entry of weights.overOne) {
    const message = `the weights of the links into "${entry.target}" add up to ${entry.given.toString()}, more than 1: its improvement may exceed its sources'`;
    add("info", "weights_over_one", pathOf(entry.target), message, [entry.target]);
  }
  return deepFreeze(findings);
}

type Add = (severity: FindingSeverity, code: BvfFindingCode, path: IssuePath, message: string, nodeIds: readonly string[]) => void;

/** Steps 2–3: seller KPIs given and linked, executive KPIs served by one. */
function checkSellerSteps(graph: Bvf, index: GraphIndex, add: Add): void {
  if (graph.sellerKpis.length === 0) {
    add("info", "no_seller_kpis", ["sellerKpis"], "no seller KPIs (steps 2–3): nothing shows why the seller can serve these executive KPIs", []);
    return;
  }
  graph.executiveKpis.forEach((kpi, i) => {
    if ((index.sellersOf.get(kpi.id) ?? NONE).length === 0) {
      add("warning", "executive_kpi_not_served_by_seller", ["executiveKpis", i], `no seller KPI serves executive KPI ${quote(kpi)}: prune it or link it (step 3)`, [kpi.id]);
    }
  });
  graph.sellerKpis.forEach((kpi, i) => {
    if (kpi.serves.length === 0) {
      add("warning", "seller_kpi_unlinked", ["sellerKpis", i], `seller KPI ${quote(kpi)} serves no executive KPI: it is irrelevant to this customer (prune it)`, [kpi.id]);
    }
  });
}

/** Each level reached from below, orphans, executive KPIs no solution reaches. */
function checkStructure(graph: Bvf, index: GraphIndex, add: Add): void {
  const below = (id: string): number => (index.down.get(id) ?? NONE).length;
  const reach = solutionReach(graph, index);
  graph.executiveKpis.forEach((kpi, i) => {
    if (below(kpi.id) === 0) add("warning", "executive_kpi_without_intention", ["executiveKpis", i], `no business intention serves executive KPI ${quote(kpi)} (step 4)`, [kpi.id]);
  });
  graph.intentions.forEach((intention, i) => {
    if (intention.serves.length === 0) add("warning", "orphan", ["intentions", i], `business intention ${quote(intention)} serves no executive KPI`, [intention.id]);
    if (below(intention.id) === 0) {
      add("warning", "intention_without_operational_kpi", ["intentions", i], `no operational KPI moves business intention ${quote(intention)} (step 5)`, [intention.id]);
    }
  });
  graph.operationalKpis.forEach((kpi, i) => {
    if (kpi.serves.length === 0) add("warning", "orphan", ["operationalKpis", i], `operational KPI ${quote(kpi)} serves no intention or KPI`, [kpi.id]);
    if (reach.get(kpi.id) === undefined) {
      add("warning", "operational_kpi_without_solution", ["operationalKpis", i], `no vendor solution improves operational KPI ${quote(kpi)} (step 6)`, [kpi.id]);
    }
  });
  graph.solutions.forEach((solution, i) => {
    if (solution.serves.length === 0) add("warning", "orphan", ["solutions", i], `vendor solution ${quote(solution)} serves no operational KPI`, [solution.id]);
  });
  graph.executiveKpis.forEach((kpi, i) => {
    if (reach.get(kpi.id) === undefined) {
      add("error", "executive_kpi_unreached", ["executiveKpis", i], `no vendor solution reaches executive KPI ${quote(kpi)} by any path: the BVF does not show the seller matters to it`, [kpi.id]);
    }
  });
}

/** The three key points: differentiation, measurable results, phased implementation. */
function checkKeyPoints(graph: Bvf, add: Add): void {
  const competitors = graph.competitors.length;
  graph.solutions.forEach((solution, i) => {
    if (solution.differentiator === undefined) {
      add("warning", "solution_without_differentiator", ["solutions", i], `vendor solution ${quote(solution)} states no differentiator`, [solution.id]);
    }
    if (competitors > 0 && new Set(solution.alsoOfferedBy).size === competitors) {
      const message = `every competitor (${solution.alsoOfferedBy.join(", ")}) also offers vendor solution ${quote(solution)}: it does not differentiate`;
      add("warning", "solution_offered_by_all_competitors", ["solutions", i], message, [solution.id, ...solution.alsoOfferedBy]);
    }
  });

  graph.executiveKpis.forEach((kpi, i) => {
    if (kpi.expectedImprovement === undefined && (kpi.baseline === undefined || kpi.target === undefined)) {
      add("warning", "executive_kpi_without_expected_improvement", ["executiveKpis", i], `executive KPI ${quote(kpi)} has neither an expected improvement nor a baseline and target (step 1)`, [kpi.id]);
    }
  });
  const measurable = new Set<string>();
  graph.operationalKpis.forEach((kpi, i) => {
    const missing = missingMeasures(kpi);
    if (missing.length === 0) measurable.add(kpi.id);
    else add("warning", "operational_kpi_not_measurable", ["operationalKpis", i], `operational KPI ${quote(kpi)} has no ${missing.join(", ")}`, [kpi.id]);
  });
  graph.solutions.forEach((solution, i) => {
    if (solution.measure === undefined) add("info", "solution_without_measure", ["solutions", i], `vendor solution ${quote(solution)} states no measure of its result`, [solution.id]);
  });

  let first: number | undefined;
  graph.solutions.forEach((solution, i) => {
    if (solution.phase === undefined) add("warning", "solution_without_phase", ["solutions", i], `vendor solution ${quote(solution)} has no implementation phase`, [solution.id]);
    else if (first === undefined || solution.phase < first) first = solution.phase;
  });
  if (first === undefined) return;
  const opening = graph.solutions.filter((solution) => solution.phase === first);
  if (!opening.some((solution) => solution.serves.some((link) => measurable.has(link.id)))) {
    const message = `phase ${first} delivers nothing measurable: none of its solutions (${opening.map((s) => s.id).join(", ")}) improves an operational KPI with a unit, baseline and target`;
    add("warning", "first_phase_not_measurable", ["solutions"], message, opening.map((solution) => solution.id));
  }
}
