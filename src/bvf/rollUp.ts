/**
 * The BVF roll-up: from improvements on operational KPIs, up through the link weights and elasticities,
 * to an estimate of each executive KPI's improvement and the gap to what the customer's plan expects.
 * A linear model in exact decimals, one pass in link order.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { Dec, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { BvfArgumentError } from "./errors.js";
import { indexBvf, NONE, type GraphIndex } from "./_internal/graphIndex.js";
import { percentBetter } from "./_internal/percent.js";
import { effectiveWeights, weightOf } from "./_internal/weights.js";
import type { Bvf } from "./types.js";
import { NOT_NUMERIC } from "../_internal/numericSchema.js";

/** What the roll-up starts from. */
export interface RollUpOptions {
  /** Improvement of operational KPIs in percent better, by id; overrides what solutions would give. */
  readonly improvements?: Readonly<Record<string, Numeric>>;
  /** Only these solutions contribute (default: all). */
  readonly solutions?: readonly string[];
  /** Only solutions of this phase or earlier contribute (solutions without a phase never do then). */
  readonly throughPhase?: number;
}

/** Where an operational KPI's improvement came from. */
export type ImprovementSource = "given" | "solutions" | "none";

/** The improvement of one operational KPI. */
export interface RolledUpOperationalKpi {
  readonly id: string;
  readonly name: string;
  /** Percent better. */
  readonly improvement: Decimal;
  readonly source: ImprovementSource;
  /** True when a contributing solution link had no figure and the KPI had no baseline/target to stand in. */
  readonly unquantified: boolean;
}

/** The improvement of one business intention. */
export interface RolledUpIntention {
  readonly id: string;
  readonly name: string;
  /** Percent better: Σ weight × operational KPI improvement. */
  readonly improvement: Decimal;
}

/** The estimate for one executive KPI against the customer's expectation. */
export interface RolledUpExecutiveKpi {
  readonly id: string;
  readonly name: string;
  /** Percent better: Σ elasticity × intention improvement. */
  readonly estimated: Decimal;
  /** The expected improvement (step 1), or the one its baseline and target imply. */
  readonly expected?: Decimal;
  /** expected − estimated: what the deal still has to close (negative = it is exceeded). */
  readonly gap?: Decimal;
  /** True when the estimate reaches the expectation. */
  readonly met?: boolean;
}

/** The result of {@link rollUp}, each level in the BVF's order. */
export interface BvfRollUp {
  readonly operationalKpis: readonly RolledUpOperationalKpi[];
  readonly intentions: readonly RolledUpIntention[];
  readonly executiveKpis: readonly RolledUpExecutiveKpi[];
}

/**
 * Estimates each executive KPI's improvement and its gap to the expected one. All figures are percent
 * "better" (positive = better whichever way the KPI moves):
 *
 * - operational KPI = the given improvement, else Σ of the included solutions' link `improvement`s
 *   (a link without one stands for reaching the KPI's target: (target − baseline) / |baseline| × 100,
 *   counted once) + Σ weight × improvement of the operational KPIs feeding it;
 * - intention = Σ weight × operational KPI improvement;
 * - executive KPI = Σ elasticity × intention improvement; gap = expected − estimated.
 *
 * Links without a weight (elasticity) share what the given weights into the same node leave of 1, equally.
 *
 * @param graph - a built BVF
 * @param options - given improvements and which solutions or phases count
 * @returns the frozen roll-up
 * @throws {BvfArgumentError} (code `BVF_INVALID_ARGUMENT`) when an option names an unknown node or is not numeric,
 *   at paths like `improvements.O9` or `solutions[0]`
 *
 * @example
 * ```ts
 * const graph = defineBvf({
 *   executiveKpis: [{ id: "E1", name: "Cash flow", expectedImprovement: 10 }],
 *   intentions: [
 *     { id: "I1", name: "Collect faster", serves: [{ id: "E1", elasticity: "0.5" }] },
 *     { id: "I2", name: "Fewer bad debts", serves: [{ id: "E1", elasticity: "0.25" }] },
 *   ],
 *   operationalKpis: [
 *     { id: "O1", name: "DSO", function: "Finance", serves: [{ id: "I1", weight: "0.6" }] },
 *     { id: "O2", name: "Overdue share", function: "Finance", serves: [{ id: "I1", weight: "0.4" }, { id: "I2", weight: 1 }] },
 *   ],
 * });
 * const result = rollUp(graph, { improvements: { O1: 10, O2: 5 } });
 * result.executiveKpis[0].estimated.toString(); //=> "5.25"  (0.5 × 8 + 0.25 × 5)
 * result.executiveKpis[0].gap.toString(); //=> "4.75"
 * ```
 */
export function rollUp(graph: Bvf, options: RollUpOptions = {}): BvfRollUp {
  const index = indexBvf(graph);
  const given = validateOptions(index.nodes, options);
  const included = includedSolutions(graph, options);
  const weights = effectiveWeights(index);
  const value = new Map<string, Decimal>();
  const sum = (id: string): Decimal => {
    let total = new Dec(0);
    for (const edge of index.down.get(id) ?? NONE) {
      const from = value.get(edge.from);
      if (from !== undefined) total = total.plus(weightOf(weights, edge).times(from));
    }
    return total;
  };

  const operationalById = new Map(graph.operationalKpis.map((kpi) => [kpi.id, kpi]));
  const rolledOperational = new Map<string, RolledUpOperationalKpi>();
  for (const id of index.operationalOrder) {
    const kpi = operationalById.get(id)!;
    const fixed = given.get(id);
    let improvement = fixed ?? new Dec(0);
    let source: ImprovementSource = fixed === undefined ? "none" : "given";
    let unquantified = false;
    if (fixed === undefined) {
      let toTarget = false;
      for (const edge of index.down.get(id) ?? NONE) {
        const feeder = value.get(edge.from);
        if (feeder !== undefined) {
          if (rolledOperational.get(edge.from)?.source !== "none") source = "solutions";
          improvement = improvement.plus(weightOf(weights, edge).times(feeder));
          continue;
        }
        const figure = included.get(edge.from)?.get(id);
        if (figure === undefined) continue;
        source = "solutions";
        if (figure === "target") toTarget = true;
        else improvement = improvement.plus(figure);
      }
      if (toTarget) {
        const target = percentBetter(kpi.baseline, kpi.target, kpi.direction);
        if (target === undefined) unquantified = true;
        else improvement = improvement.plus(target);
      }
    }
    value.set(id, improvement);
    rolledOperational.set(id, { id, name: kpi.name, improvement, source, unquantified });
  }
  const intentions = graph.intentions.map((intention) => {
    const improvement = sum(intention.id);
    value.set(intention.id, improvement);
    return { id: intention.id, name: intention.name, improvement };
  });
  const executiveKpis = graph.executiveKpis.map((kpi): RolledUpExecutiveKpi => {
    const estimated = sum(kpi.id);
    const expected = kpi.expectedImprovement ?? percentBetter(kpi.baseline, kpi.target, kpi.direction);
    if (expected === undefined) return { id: kpi.id, name: kpi.name, estimated };
    return { id: kpi.id, name: kpi.name, estimated, expected, gap: expected.minus(estimated), met: estimated.gte(expected) };
  });
  return deepFreeze({
    operationalKpis: graph.operationalKpis.map((kpi) => rolledOperational.get(kpi.id)!),
    intentions,
    executiveKpis,
  });
}

/** For each included solution: operational KPI id → its improvement figure, or "target" when the link has none. */
function includedSolutions(graph: Bvf, options: RollUpOptions): Map<string, Map<string, Decimal | "target">> {
  const only = options.solutions === undefined ? undefined : new Set(options.solutions);
  const included = new Map<string, Map<string, Decimal | "target">>();
  for (const solution of graph.solutions) {
    if (only !== undefined && !only.has(solution.id)) continue;
    if (options.throughPhase !== undefined && (solution.phase === undefined || solution.phase > options.throughPhase)) continue;
    included.set(solution.id, new Map(solution.serves.map((link) => [link.id, link.improvement ?? "target"])));
  }
  return included;
}

/** Checks the options against the graph; returns the given improvements as Decimals. */
function validateOptions(nodes: GraphIndex["nodes"], options: RollUpOptions): Map<string, Decimal> {
  const issues: ValueframeIssue[] = [];
  const given = new Map<string, Decimal>();
  for (const [id, raw] of Object.entries(options.improvements ?? {})) {
    const problem = numericProblem(raw);
    if (nodes.get(id)?.kind !== "operationalKpi") {
      issues.push({ path: ["improvements", id], code: "unknown_reference", message: `"${id}" is not an operational KPI of the BVF` });
    } else if (problem !== undefined) {
      issues.push({ path: ["improvements", id], code: NOT_NUMERIC, message: problem });
    } else given.set(id, toDec(raw));
  }
  (options.solutions ?? []).forEach((id, i) => {
    if (nodes.get(id)?.kind !== "solution") {
      issues.push({ path: ["solutions", i], code: "unknown_reference", message: `"${id}" is not a vendor solution of the BVF` });
    }
  });
  const phase = options.throughPhase;
  if (phase !== undefined && !(Number.isInteger(phase) && phase >= 1)) {
    issues.push({ path: ["throughPhase"], code: "invalid_phase", message: `expected a whole phase number ≥ 1, got ${String(phase)}` });
  }
  if (issues.length > 0) throw new BvfArgumentError(issues, "BVF roll-up options");
  return given;
}
