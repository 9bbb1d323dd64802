/**
 * measurementPlan: the KPIs a case promises to move, drafted from the case, the frame and the BVF — each
 * goal of the frame and each operational KPI of the BVF with its unit, baseline, target and direction,
 * the case's line whose timing plans its path, and the driver it could set where the case's line names
 * it — as the `kpis` of a realisation to complete (who measures, milestones) and agree with the customer.
 */
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import { toDec } from "../numeric/decimal.js";
import type { ValueCase } from "../quantify/schema.js";
import type { Kpi } from "./schema.js";

/** A drafted KPI: a realisation's KPI as written (ready for `defineRealisation`), and where it comes from. */
export interface DraftKpi {
  readonly kpi: Omit<Kpi, "milestones"> & { readonly milestones: readonly [] };
  /** The frame's goal or the BVF's operational KPI it was drafted from. */
  readonly from: "goal" | "operationalKpi";
}

/** What a measurement plan is drafted from. */
export interface MeasurementPlanInput {
  readonly valueCase: ValueCase;
  readonly frame?: Frame | undefined;
  readonly bvf?: Bvf | undefined;
}

/**
 * Drafts the KPIs to measure after the sale: every goal of the frame (its metric, unit, baseline,
 * target, direction; planned along the first benefit line of the case that serves it) and every
 * operational KPI of the BVF that states a baseline, a target and a unit (planned along the benefit line
 * whose `kpi` names it, by id or name, when there is one; a driver the line's KPI field names is not
 * guessed: `sets` is left for the seller to state). Ids are `k-` and the source's id.
 *
 * @param input - `valueCase`, and `frame` and `bvf` where the document has them
 * @returns the drafted KPIs, the goals first, each frozen: `kpis: plan.map((d) => d.kpi)` is a realisation's list
 *
 * @example
 * ```ts
 * measurementPlan({ valueCase, frame, bvf }).map(({ kpi }) => `${kpi.id} ${kpi.line ?? "—"}`);
 * //=> ["k-g-cash workingCapital", "k-g-revenue —", …, "k-o-dso —", …]
 * ```
 */
export function measurementPlan(input: MeasurementPlanInput): readonly DraftKpi[] {
  const { valueCase, frame, bvf } = input;
  const benefits = valueCase.lines.filter((line) => line.kind === "benefit");
  const goals: DraftKpi[] = (frame?.goals ?? []).map((goal) => {
    const line = benefits.find((l) => (l.serves ?? []).some((link) => link.kind === "goal" && link.id === goal.id));
    return Object.freeze({ from: "goal" as const, kpi: Object.freeze({
      id: `k-${goal.id}`,
      name: goal.metric,
      unit: goal.unit,
      baseline: toDec(goal.baseline),
      target: toDec(goal.target),
      direction: goal.direction,
      ...(line === undefined ? {} : { line: line.id }),
      goal: goal.id,
      milestones: [] as const,
    }) });
  });
  const kpis: DraftKpi[] = (bvf?.operationalKpis ?? []).flatMap((o) => {
    if (o.baseline === undefined || o.target === undefined || o.unit === undefined) return [];
    const [baseline, target] = [toDec(o.baseline), toDec(o.target)];
    if (baseline.eq(target)) return [];
    const line = benefits.find((l) => l.kpi !== undefined && (l.kpi === o.id || l.kpi.toLowerCase() === o.name.toLowerCase()));
    return [
      Object.freeze({ from: "operationalKpi" as const, kpi: Object.freeze({
        id: `k-${o.id}`,
        name: o.name,
        unit: o.unit,
        baseline,
        target,
        direction: o.direction ?? (target.lt(baseline) ? "decrease" : "increase"),
        ...(line === undefined ? {} : { line: line.id }),
        operationalKpi: o.id,
        milestones: [] as const,
      }) }),
    ];
  });
  return Object.freeze([...goals, ...kpis]);
}
