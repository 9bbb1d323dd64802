/**
 * Bridge from the BVF back to the reference frame: executive KPIs become goals, intentions success
 * factors, operational KPIs process- or job-level issues, vendor solutions high-energy solutions.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { defineFrame } from "../frame/defineFrame.js";
import type { Frame, FrameInput } from "../frame/frame.js";
import type { Perspective } from "../frame/goal.js";
import { BvfValidationError } from "./errors.js";
import { indexBvf, NONE } from "./_internal/graphIndex.js";
import type { Bvf, OperationalKpi } from "./types.js";

/** What a frame needs that a BVF does not hold. */
export interface FrameFromBvfOptions {
  /** ISO 4217 currency of the frame, e.g. `"CNY"`. */
  readonly currency: string;
  /** Deadline (ISO date) of every goal, unless `deadlines` names one. */
  readonly deadline: string;
  /** Deadlines by executive KPI id. */
  readonly deadlines?: Readonly<Record<string, string>>;
  /** The customer (default: the BVF's `customer` as its name). */
  readonly customer?: { readonly name: string; readonly industry?: string };
  /** Goal perspectives by executive KPI id (default `"financial"`). */
  readonly perspectives?: Readonly<Record<string, Perspective>>;
  /** Grid level of each operational KPI's issue, by id (default: `"job"` when it feeds another operational KPI, else `"process"`). */
  readonly levels?: Readonly<Record<string, "process" | "job">>;
}

/** An operational KPI's function and figures as text, e.g. "Finance: 62 → 48 days", when it has figures. */
function figuresOf(kpi: OperationalKpi): string | undefined {
  if (kpi.baseline === undefined || kpi.target === undefined) return undefined;
  return `${kpi.function}: ${kpi.baseline.toString()} → ${kpi.target.toString()}${kpi.unit === undefined ? "" : ` ${kpi.unit}`}`;
}

/** The neutral 1–5 rating used where the BVF says nothing (issue tests, solution scores). */
const NEUTRAL = 3;

/**
 * Builds a reference frame from a BVF:
 *
 * | BVF | frame |
 * |---|---|
 * | executive KPI (needs unit, baseline, target) | goal; metric = name, note → description |
 * | business intention | success factor (source `organizational`), serving the same goals |
 * | operational KPI | issue, kind `CPI`, at process × goals (job × goals when it feeds another operational KPI, or as `levels` says); it hurts the success factors it reaches, through the KPIs it feeds |
 * | vendor solution | high-energy solution, approach `resolve`, at the level of its issues; differentiator → capabilities |
 *
 * Lost on the way: seller KPIs, what was pruned, competitors, weights and elasticities, executive KPI
 * weights and owners, which operational KPI feeds which (flattened into the success factors reached),
 * operational KPI functions and figures (kept as text in the issue's description when there are figures),
 * solution kinds, phases, measures and improvements; a goal's metric is its name. Issue tests and solution scores are set to a
 * neutral 3 and no performance values are made: rate and quantify them in the frame.
 *
 * @param graph - a built BVF
 * @param options - currency, deadline(s), customer and perspectives the BVF does not hold
 * @returns the validated, frozen frame
 * @throws {BvfValidationError} (code `BVF_INVALID`) listing each node a frame cannot express, with its BVF
 *   path: an executive KPI without unit, baseline or target, an intention serving nothing, an operational
 *   KPI that reaches no intention, a solution serving nothing, no customer name
 * @throws {FrameValidationError} when the options do not make a valid frame (e.g. a bad currency or date)
 *
 * @example
 * ```ts
 * const frame = frameFromBvf(graph, { currency: "CNY", deadline: "2026-12-31" });
 * frame.goals[0].id; //=> "g-cash"
 * frame.issues[0].cell; //=> { level: "process", dimension: "goals" }
 * ```
 */
export function frameFromBvf(graph: Bvf, options: FrameFromBvfOptions): Frame {
  const index = indexBvf(graph);
  const issues: ValueframeIssue[] = [];
  const customer = options.customer ?? (graph.customer === undefined ? undefined : { name: graph.customer });
  if (customer === undefined) issues.push({ path: ["customer"], code: "not_convertible", message: "a frame needs a customer: give options.customer or the BVF's customer" });

  graph.executiveKpis.forEach((kpi, i) => {
    const missing = (["unit", "baseline", "target"] as const).filter((key) => kpi[key] === undefined);
    if (missing.length > 0) {
      issues.push({ path: ["executiveKpis", i], code: "not_convertible", message: `executive KPI "${kpi.id}" has no ${missing.join(", ")}; a frame goal needs all three` });
    }
  });
  graph.intentions.forEach((intention, i) => {
    if (intention.serves.length === 0) issues.push({ path: ["intentions", i], code: "not_convertible", message: `intention "${intention.id}" serves no executive KPI; a success factor must serve a goal` });
  });

  // The intentions each operational KPI reaches, through the KPIs it feeds: fed KPIs are settled first.
  const hurts = new Map<string, Set<string>>();
  for (let k = index.operationalOrder.length - 1; k >= 0; k--) {
    const id = index.operationalOrder[k]!;
    const reached = new Set<string>();
    for (const edge of index.up.get(id) ?? NONE) {
      const fed = hurts.get(edge.to);
      if (fed === undefined) reached.add(edge.to);
      else for (const intention of fed) reached.add(intention);
    }
    hurts.set(id, reached);
  }
  const levelOf = new Map<string, "process" | "job">();
  graph.operationalKpis.forEach((kpi, i) => {
    const feeds = kpi.serves.some((link) => index.nodes.get(link.id)?.kind === "operationalKpi");
    levelOf.set(kpi.id, options.levels?.[kpi.id] ?? (feeds ? "job" : "process"));
    if ((hurts.get(kpi.id)?.size ?? 0) === 0) {
      issues.push({ path: ["operationalKpis", i], code: "not_convertible", message: `operational KPI "${kpi.id}" reaches no intention; a frame issue must hurt a success factor` });
    }
  });
  graph.solutions.forEach((solution, i) => {
    if (solution.serves.length === 0) issues.push({ path: ["solutions", i], code: "not_convertible", message: `solution "${solution.id}" serves no operational KPI; a frame solution must address an issue` });
  });
  if (issues.length > 0 || customer === undefined) throw new BvfValidationError(issues, "BVF → frame");

  const input: FrameInput = {
    customer,
    currency: options.currency,
    goals: graph.executiveKpis.map((kpi) => ({
      id: kpi.id,
      name: kpi.name,
      ...(kpi.note !== undefined && { description: kpi.note }),
      perspective: options.perspectives?.[kpi.id] ?? "financial",
      metric: kpi.name,
      unit: kpi.unit!,
      baseline: kpi.baseline!,
      target: kpi.target!,
      direction: kpi.direction,
      deadline: options.deadlines?.[kpi.id] ?? options.deadline,
    })),
    successFactors: graph.intentions.map((intention) => ({
      id: intention.id,
      name: intention.name,
      ...(intention.note !== undefined && { description: intention.note }),
      source: "organizational" as const,
      serves: intention.serves.map((link) => link.id),
    })),
    issues: graph.operationalKpis.map((kpi) => {
      const description = [figuresOf(kpi), kpi.note].filter((text) => text !== undefined).join(". ");
      return {
        id: kpi.id,
        name: kpi.name,
        ...(description !== "" && { description }),
        kind: "CPI" as const,
        hurts: [...hurts.get(kpi.id)!],
        tests: { importance: NEUTRAL, hiddenness: NEUTRAL, trend: NEUTRAL },
        cell: { level: levelOf.get(kpi.id)!, dimension: "goals" as const },
      };
    }),
    solutions: graph.solutions.map((solution) => {
      const levels = new Set(solution.serves.map((link) => levelOf.get(link.id)));
      return {
        id: solution.id,
        name: solution.name,
        ...(solution.note !== undefined && { description: solution.note }),
        addresses: solution.serves.map((link) => link.id),
        approach: "resolve" as const,
        level: levels.has("process") ? ("process" as const) : ("job" as const),
        scores: { level: NEUTRAL, linkage: NEUTRAL, innovation: NEUTRAL, risk: NEUTRAL, timeliness: NEUTRAL },
        capabilities: solution.differentiator === undefined ? [] : [solution.differentiator],
      };
    }),
  };
  return defineFrame(input);
}
