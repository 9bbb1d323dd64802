/**
 * Validates a realisation in one pass and collects every problem with its path: the shape of each KPI
 * and measurement (one bad row hides no other), KPI ids, a baseline equal to its target or a direction
 * its target contradicts, links to the case (driver, line), the frame (goal), the BVF (operational KPI)
 * and the buying centre (who measures) with a "did you mean", measurements of unknown KPIs, in another
 * unit, outside the case's horizon or after `asOf`, and two measurements of one KPI on one date without
 * a correction.
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { inInputOrder } from "../../_internal/inputOrder.js";
import { isRecord } from "../../_internal/isRecord.js";
import { itemwiseReader } from "../../_internal/itemwise.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import { fromZodIssues } from "../../_internal/zodIssues.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { BuyingCentre } from "../../people/schema.js";
import type { ValueCase } from "../../quantify/schema.js";
import { kpiSchema, measurementSchema, type Kpi, type Measurement, type Realisation } from "../schema.js";
import { periodEnd } from "./calendar.js";

/** What a realisation's links are checked against; each is optional. */
export interface RealisationContext {
  readonly valueCase?: ValueCase | undefined;
  readonly frame?: Frame | undefined;
  readonly bvf?: Bvf | undefined;
  readonly centre?: BuyingCentre | undefined;
  /** No measurement may be dated after it. */
  readonly asOf?: string | undefined;
}

const TOP_KEYS = new Set(["start", "kpis", "actuals"]);

/** Validates unknown input as a realisation: the frozen realisation, or every problem found, in input order. */
export function validateRealisation(input: unknown, context: RealisationContext = {}): { readonly realisation: Realisation } | { readonly issues: readonly ValueframeIssue[] } {
  if (!isRecord(input)) return { issues: [{ path: [], code: "invalid_type", message: "expected a realisation object { start, kpis, actuals? }" }] };
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TOP_KEYS);
  const startResult = measurementSchema.shape.date.safeParse(input["start"]);
  if (!startResult.success) issues.push(...fromZodIssues(startResult.error.issues, ["start"]).map((issue) => (input["start"] === undefined ? { ...issue, message: "required: the day the case's period 0 begins, e.g. \"2025-12-01\"" } : issue)));
  const start = startResult.success ? startResult.data : undefined;
  const kpis = read.items<Kpi>(read.list("kpis", "KPIs"), "kpis", kpiSchema as never);
  const actuals = read.items<Measurement>(read.list("actuals"), "actuals", measurementSchema as never);

  const link = (known: ReadonlySet<string> | undefined, value: string | undefined, path: IssuePath, what: string): void => {
    if (known !== undefined && value !== undefined && !known.has(value)) issues.push({ path, code: "unknown_reference", message: `${what} "${value}"${didYouMeanSuffix(value, known)}` });
  };
  const { valueCase, frame, bvf, centre, asOf } = context;
  // The ids each link may name, gathered once.
  const idsOf = (items: readonly { readonly id: string }[] | undefined) => (items === undefined ? undefined : new Set(items.map((item) => item.id)));
  const [caseDrivers, caseLines, frameGoals, bvfKpis, people] = [idsOf(valueCase?.drivers), idsOf(valueCase?.lines), idsOf(frame?.goals), idsOf(bvf?.operationalKpis), idsOf(centre?.people)];
  const horizonEnd = valueCase === undefined || start === undefined ? undefined : periodEnd(start, valueCase.period, valueCase.horizon);
  if (horizonEnd !== undefined && !/^\d{4}-/.test(horizonEnd)) issues.push({ path: ["start"], code: "out_of_range", message: `the case's horizon from ${start} runs past the year 9999` });
  /** A day within the case: on or after `start` and before the horizon ends (the day it ends begins no period). */
  const within = (date: string, path: IssuePath, what: string): boolean => {
    if (start !== undefined && date < start) issues.push({ path, code: "out_of_horizon", message: `${what} ${date}, before the start ${start}` });
    else if (horizonEnd !== undefined && date >= horizonEnd) issues.push({ path, code: "out_of_horizon", message: `${what} ${date}, on or after the day the case's horizon ends, ${horizonEnd}` });
    else return true;
    return false;
  };
  const drivers = new Map<string, number>();
  const byId = new Map<string, Kpi>();
  kpis.forEach((kpi, k) => {
    if (kpi === undefined) return;
    if (byId.has(kpi.id)) issues.push({ path: ["kpis", k, "id"], code: "duplicate_id", message: `id "${kpi.id}" is already the id of another KPI` });
    else byId.set(kpi.id, kpi);
    if (kpi.baseline.eq(kpi.target)) issues.push({ path: ["kpis", k, "target"], code: "invalid_value", message: `the target equals the baseline (${kpi.baseline.toString()}): there is no improvement to measure` });
    else if ((kpi.direction === "decrease") !== kpi.target.lt(kpi.baseline))
      issues.push({ path: ["kpis", k, "direction"], code: "invalid_value", message: `the KPI should ${kpi.direction} but its target ${kpi.target.toString()} is ${kpi.target.lt(kpi.baseline) ? "below" : "above"} its baseline ${kpi.baseline.toString()}` });
    link(caseDrivers, kpi.sets?.driver, ["kpis", k, "sets", "driver"], "the case has no driver");
    if (kpi.sets !== undefined) {
      const other = drivers.get(kpi.sets.driver);
      if (other !== undefined) issues.push({ path: ["kpis", k, "sets", "driver"], code: "duplicate_driver", message: `kpis[${other}] already sets the driver "${kpi.sets.driver}": one measurement each, or the money would follow whichever came last` });
      else drivers.set(kpi.sets.driver, k);
    }
    if (kpi.operationalKpi !== undefined && kpi.baseline.isZero())
      issues.push({ path: ["kpis", k, "baseline"], code: "invalid_value", message: "a KPI rolled up through the BVF is read as percent better than its baseline, which cannot be 0" });
    kpi.plan?.forEach((point, i) => {
      within(point.date, ["kpis", k, "plan", i, "date"], "the plan point is dated");
      const share = point.value.minus(kpi.baseline).div(kpi.target.minus(kpi.baseline));
      if (share.lt(0)) issues.push({ path: ["kpis", k, "plan", i, "value"], code: "out_of_range", message: `the plan point ${point.value.toString()} is worse than the baseline ${kpi.baseline.toString()}` });
    });
    link(caseLines, kpi.line, ["kpis", k, "line"], "the case has no line");
    link(frameGoals, kpi.goal, ["kpis", k, "goal"], "the frame has no goal");
    link(bvfKpis, kpi.operationalKpi, ["kpis", k, "operationalKpi"], "the BVF has no operational KPI");
    link(people, kpi.measuredBy, ["kpis", k, "measuredBy"], "the buying centre has no person");
    const milestoneIds = new Set<string>();
    kpi.milestones.forEach((milestone, m) => {
      if (milestoneIds.has(milestone.id)) issues.push({ path: ["kpis", k, "milestones", m, "id"], code: "duplicate_id", message: `milestone id "${milestone.id}" is used twice in this KPI` });
      milestoneIds.add(milestone.id);
      within(milestone.date, ["kpis", k, "milestones", m, "date"], "the milestone is due on");
    });
  });
  // KPI ids written on items that failed their shape still count, so their measurements are not also flagged.
  const writtenIds = new Set([...byId.keys(), ...(Array.isArray(input["kpis"]) ? input["kpis"] : []).flatMap((item) => (isRecord(item) && typeof item["id"] === "string" ? [item["id"]] : []))]);

  const seen = new Map<string, number>();
  actuals.forEach((measurement, index) => {
    if (measurement === undefined) return;
    const at = (key: string): IssuePath => ["actuals", index, key];
    if (!writtenIds.has(measurement.kpi)) issues.push({ path: at("kpi"), code: "unknown_reference", message: `no KPI has the id "${measurement.kpi}"${didYouMeanSuffix(measurement.kpi, writtenIds)}` });
    const kpi = byId.get(measurement.kpi);
    if (kpi !== undefined && measurement.unit !== undefined && measurement.unit !== kpi.unit)
      issues.push({ path: at("unit"), code: "unit_mismatch", message: `measured in "${measurement.unit}", but the KPI "${kpi.id}" is in "${kpi.unit}"` });
    within(measurement.date, at("date"), "measured on");
    if (asOf !== undefined && measurement.date > asOf) issues.push({ path: at("date"), code: "after_as_of", message: `measured on ${measurement.date}, after the as-of date ${asOf}` });
    if (measurement.confidence !== undefined && (measurement.confidence.lt(0) || measurement.confidence.gt(1)))
      issues.push({ path: at("confidence"), code: "out_of_range", message: `a confidence is from 0 to 1; got ${measurement.confidence.toString()}` });
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && !measurement.correction)
      issues.push({ path: at("date"), code: "duplicate_measurement", message: `actuals[${earlier}] already measures "${measurement.kpi}" on ${measurement.date}: mark the later one "correction: true" to replace it (both are kept)` });
    if (earlier === undefined) seen.set(key, index);
  });

  if (issues.length > 0) return { issues: inInputOrder(issues, input) };
  return { realisation: deepFreeze({ start: start!, kpis: kpis as Kpi[], actuals: actuals as Measurement[] }) };
}
