/**
 * Bridge from the reference frame to the BVF, so a frame and a BVF stay one model: goals become executive
 * KPIs, success factors business intentions, process- and job-level issues operational KPIs, and
 * high-energy solutions vendor solutions.
 */
import type { Frame } from "../frame/frame.js";
import { levelInfo } from "../grid/gridGuide.js";
import { defineBvf } from "./defineBvf.js";
import type { BvfInput } from "./schema.js";
import type { Bvf } from "./types.js";

/** What a frame does not say but a BVF wants. */
export interface BvfFromFrameOptions {
  /** The BVF's name (default: none). */
  readonly name?: string;
  /** Who sells (default: none). */
  readonly seller?: string;
  /** The function or department that owns each issue's KPI, by issue id (default: "Process level" / "Job level"). */
  readonly functions?: Readonly<Record<string, string>>;
}

/**
 * Builds a BVF from a reference frame:
 *
 * | frame | BVF |
 * |---|---|
 * | goal (id, name, unit, baseline, target, direction, description) | executive KPI (expected improvement implied by baseline → target) |
 * | success factor (serves goals) | business intention (serves the same executive KPIs) |
 * | issue at process or job level (hurts success factors) | operational KPI (serves the matching intentions) |
 * | high-energy solution (addresses issues) | vendor solution, kind `programme` (serves the matching KPIs) |
 * | solution capabilities · names of the values it delivers | differentiator · measure |
 *
 * An issue that hurts no success factor but blocks goals serves the success factors of those goals.
 * Lost on the way: the customer's industry, currency, goal perspective, metric and deadline, CSF sources,
 * organisation-level issues, issue kinds, tests and grid dimensions, solution approach, level, scores and
 * constraints, and every performance value's amount, timing and probability. The BVF has no seller KPIs,
 * link weights, phases or competitors until you add them.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - name, seller and departments the frame does not hold
 * @returns the built BVF
 * @throws {BvfValidationError} only if the frame's ids cannot form a valid BVF (they always can for a valid frame)
 *
 * @example
 * ```ts
 * const graph = bvfFromFrame(defineFrame(distributorFrame), { functions: { "cbi-dso": "Finance" } });
 * graph.executiveKpis.map((kpi) => kpi.id); //=> ["g-cash", "g-revenue", "g-key-accounts"]
 * graph.operationalKpis[0]; //=> { id: "cbi-dso", function: "Finance", serves: [{ id: "csf-collection" }], … }
 * ```
 */
export function bvfFromFrame(frame: Frame, options: BvfFromFrameOptions = {}): Bvf {
  const operational = frame.issues.filter((issue) => issue.cell.level !== "organization");
  const isOperational = new Set(operational.map((issue) => issue.id));
  const factorsOf = new Map<string, string[]>();
  for (const factor of frame.successFactors) for (const goal of factor.serves) factorsOf.set(goal, [...(factorsOf.get(goal) ?? []), factor.id]);
  const valuesOf = new Map<string, string[]>();
  for (const value of frame.values) if (value.solution !== undefined) valuesOf.set(value.solution, [...(valuesOf.get(value.solution) ?? []), value.name]);

  const input: BvfInput = {
    ...(options.name !== undefined && { name: options.name }),
    customer: frame.customer.name,
    ...(options.seller !== undefined && { seller: options.seller }),
    executiveKpis: frame.goals.map((goal) => ({
      id: goal.id,
      name: goal.name,
      unit: goal.unit,
      baseline: goal.baseline,
      target: goal.target,
      direction: goal.direction,
      ...(goal.description !== undefined && { note: goal.description }),
    })),
    intentions: frame.successFactors.map((factor) => ({
      id: factor.id,
      name: factor.name,
      serves: [...factor.serves],
      ...(factor.description !== undefined && { note: factor.description }),
    })),
    operationalKpis: operational.map((issue) => {
      const hurts = issue.hurts.length > 0 ? issue.hurts : [...new Set(issue.blocks.flatMap((goal) => factorsOf.get(goal) ?? []))];
      return {
        id: issue.id,
        name: issue.name,
        function: options.functions?.[issue.id] ?? `${levelInfo[issue.cell.level].name} level`,
        serves: hurts,
        ...(issue.description !== undefined && { note: issue.description }),
      };
    }),
    solutions: frame.solutions.map((solution) => {
      const values = valuesOf.get(solution.id) ?? [];
      return {
        id: solution.id,
        name: solution.name,
        kind: "programme" as const,
        serves: solution.addresses.filter((id) => isOperational.has(id)),
        ...(solution.capabilities.length > 0 && { differentiator: solution.capabilities.join("; ") }),
        ...(values.length > 0 && { measure: values.join("; ") }),
        ...(solution.description !== undefined && { note: solution.description }),
      };
    }),
  };
  return defineBvf(input);
}
