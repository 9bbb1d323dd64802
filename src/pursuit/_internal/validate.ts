/**
 * Validates a pursuit in one pass and collects every problem with its path: the shape of each item (one
 * bad visit hides no other), duplicate ids, people the buying centre does not hold (with a "did you
 * mean" hint), a refusal naming an unknown concern, answers and outcomes out of order, anything recorded
 * after `asOf`, and two observations of one person on one date that disagree without a correction.
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { inInputOrder } from "../../_internal/inputOrder.js";
import { isRecord } from "../../_internal/isRecord.js";
import { itemwiseReader } from "../../_internal/itemwise.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import type { BuyingCentre } from "../../people/schema.js";
import { concernSchema, negotiationSchema, stageObservationSchema, visitSchema, type Concern, type Pursuit, type StageObservation, type Visit } from "../schema.js";

/** What a pursuit's links are checked against. */
export interface PursuitContext {
  /** The buying centre whose people the pursuit names; without it the person ids are not checked. */
  readonly centre?: BuyingCentre | undefined;
  /** Nothing that happened (an observation, an answer, an outcome, a concern's level) may be dated after it. */
  readonly asOf?: string | undefined;
}

const TOP_KEYS = new Set(["stages", "visits", "concerns", "negotiation"]);

/** Validates unknown input as a pursuit: the frozen pursuit, or every problem found, in input order. */
export function validatePursuit(input: unknown, context: PursuitContext = {}): { readonly pursuit: Pursuit } | { readonly issues: readonly ValueframeIssue[] } {
  if (!isRecord(input)) return { issues: [{ path: [], code: "invalid_type", message: "expected a pursuit object { stages?, visits?, concerns?, negotiation? }" }] };
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TOP_KEYS);
  const stages = read.items<StageObservation>(read.list("stages"), "stages", stageObservationSchema as never);
  const visits = read.items<Visit>(read.list("visits"), "visits", visitSchema as never);
  const concerns = read.items<Concern>(read.list("concerns"), "concerns", concernSchema as never);
  const negotiation: Pursuit["negotiation"] = read.member("negotiation", negotiationSchema as never);

  const people = context.centre === undefined ? undefined : new Set(context.centre.people.map((p) => p.id));
  const person = (value: string, path: IssuePath): void => {
    if (people !== undefined && !people.has(value)) issues.push({ path, code: "unknown_reference", message: `the buying centre has no person "${value}"${didYouMeanSuffix(value, people)}` });
  };
  const asOf = context.asOf;
  const notAfterAsOf = (day: string | undefined, path: IssuePath, what: string): void => {
    if (asOf !== undefined && day !== undefined && day > asOf) issues.push({ path, code: "after_as_of", message: `${what} on ${day}, after the as-of date ${asOf}` });
  };
  const unique = (seen: Map<string, string>, value: string, path: IssuePath, where: string): void => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, where);
    else issues.push({ path, code: "duplicate_id", message: `id "${value}" is already the id of ${first}` });
  };

  // The stage log: people, dates, and one stage per person and day unless corrected.
  const byPersonDay = new Map<string, { readonly index: number; readonly observation: StageObservation }>();
  stages.forEach((observation, index) => {
    if (observation === undefined) return;
    person(observation.person, ["stages", index, "person"]);
    notAfterAsOf(observation.date, ["stages", index, "date"], "observed");
    const key = `${observation.person}\u0000${observation.date}`;
    const earlier = byPersonDay.get(key);
    if (earlier !== undefined && !observation.correction && (earlier.observation.stage !== observation.stage || earlier.observation.leaning !== observation.leaning)) {
      issues.push({
        path: ["stages", index, "stage"],
        code: "conflicting_observation",
        message: `stages[${earlier.index}] puts "${observation.person}" at stage ${earlier.observation.stage}${earlier.observation.leaning === undefined ? "" : ` leaning to ${earlier.observation.leaning}`} on ${observation.date}, this one at stage ${observation.stage}${observation.leaning === undefined ? "" : ` leaning to ${observation.leaning}`}: mark the right one "correction: true"`,
      });
    }
    if (earlier === undefined || observation.correction) byPersonDay.set(key, { index, observation });
  });

  const concernIds = new Map<string, string>();
  concerns.forEach((concern, index) => {
    if (concern === undefined) return;
    unique(concernIds, concern.id, ["concerns", index, "id"], `concerns[${index}]`);
    person(concern.person, ["concerns", index, "person"]);
    concern.levels.forEach((level, l) => notAfterAsOf(level.date, ["concerns", index, "levels", l, "date"], "observed"));
    if (concern.resolved !== undefined) {
      notAfterAsOf(concern.resolved.date, ["concerns", index, "resolved", "date"], "resolved");
      const first = concern.levels.map((level) => level.date).sort()[0]!;
      if (concern.resolved.date < first) issues.push({ path: ["concerns", index, "resolved", "date"], code: "invalid_date", message: `resolved on ${concern.resolved.date}, before the concern was first seen on ${first}` });
    }
  });
  // Concern ids written on items that failed their shape still count, so a refusal naming them is not also flagged.
  (Array.isArray(input["concerns"]) ? input["concerns"] : []).forEach((item) => {
    if (isRecord(item) && typeof item["id"] === "string" && !concernIds.has(item["id"])) concernIds.set(item["id"], "a concern");
  });

  const visitIds = new Map<string, string>();
  const commitmentIds = new Map<string, string>();
  visits.forEach((visit, v) => {
    if (visit === undefined) return;
    unique(visitIds, visit.id, ["visits", v, "id"], `visits[${v}]`);
    visit.people.forEach((id, p) => person(id, ["visits", v, "people", p]));
    visit.commitments.forEach((commitment, c) => {
      const at: IssuePath = ["visits", v, "commitments", c];
      unique(commitmentIds, commitment.id, [...at, "id"], `visits[${v}].commitments[${c}]`);
      commitment.people.forEach((id, p) => person(id, [...at, "people", p]));
      const { answer, outcome } = commitment;
      if (answer !== undefined) {
        notAfterAsOf(answer.date, [...at, "answer", "date"], "answered");
        if (answer.date < visit.date) issues.push({ path: [...at, "answer", "date"], code: "invalid_date", message: `answered on ${answer.date}, before the visit on ${visit.date} where it was asked` });
        if (answer.concern !== undefined) {
          if (answer.state !== "refused") issues.push({ path: [...at, "answer", "concern"], code: "invalid_value", message: "only a refused commitment has a concern behind it" });
          else if (!concernIds.has(answer.concern)) issues.push({ path: [...at, "answer", "concern"], code: "unknown_reference", message: `no concern has the id "${answer.concern}"${didYouMeanSuffix(answer.concern, concernIds.keys())}` });
        }
      }
      if (outcome !== undefined) {
        notAfterAsOf(outcome.date, [...at, "outcome", "date"], "judged");
        if (answer?.state !== "obtained") issues.push({ path: [...at, "outcome"], code: "invalid_value", message: `only an obtained commitment can be kept or broken; this one is ${answer === undefined ? "not answered" : "refused"}` });
        else if (outcome.date < answer.date) issues.push({ path: [...at, "outcome", "date"], code: "invalid_date", message: `judged ${outcome.state} on ${outcome.date}, before it was obtained on ${answer.date}` });
      }
    });
  });

  if (negotiation !== undefined) {
    negotiation.stages.forEach((reached, s) => notAfterAsOf(reached.date, ["negotiation", "stages", s, "date"], "reached"));
    negotiation.trades.forEach((trade, t) => {
      if (trade.with !== undefined) person(trade.with, ["negotiation", "trades", t, "with"]);
      notAfterAsOf(trade.date, ["negotiation", "trades", t, "date"], "traded");
    });
  }

  if (issues.length > 0) return { issues: inInputOrder(issues, input) };
  const pursuit = {
    stages: stages as StageObservation[],
    visits: visits as Visit[],
    concerns: concerns as Concern[],
    ...(negotiation === undefined ? {} : { negotiation }),
  };
  return { pursuit: deepFreeze(pursuit) };
}
