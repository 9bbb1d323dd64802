/**
 * checkPursuit: the seeds' warnings about how the order moves, as typed findings naming the people they
 * concern — a key person never placed in the process, a fall-back, a commitment missing one of its four
 * elements or failing one of its three marks or not suiting the stage, a refusal without its concern, an
 * overdue or broken commitment, visits that obtained nothing, a concern open or escalating, an empty zone
 * of agreement, a concession without a return. Seller-only material, all of it.
 */
import type { IssuePath } from "../errors/ValueframeError.js";
import { daysBetween } from "../_internal/asOf.js";
import { isKeyPerson, STALE_AFTER_DAYS } from "../people/checkBuyingCentre.js";
import type { BuyingCentre } from "../people/schema.js";
import type { Evaluation } from "../quantify/types.js";
import { commitmentStatuses } from "./commitments.js";
import { negotiationPosition } from "./negotiation.js";
import { commitmentKinds, concernLevels, stageSigns, type StageNumber } from "./process.js";
import type { Concern, Pursuit, Visit } from "./schema.js";
import { checkedAsOf, stageHistories, type StageHistory } from "./stageHistory.js";

/** How serious a finding is: `error` endangers the deal, `warning` needs work, `info` is worth knowing. */
export type PursuitFindingSeverity = "error" | "warning" | "info";

/** The codes of {@link checkPursuit}'s findings. */
export const pursuitFindingCodes = [
  "key_person_unstaged",
  "fell_back",
  "stage_skipped",
  "signs_disagree",
  "stale_stage",
  "visit_plan_incomplete",
  "visit_without_commitment",
  "commitment_missing_element",
  "commitment_fails_mark",
  "commitment_marks_unjudged",
  "commitment_off_stage",
  "commitment_unanswered",
  "refused_without_concern",
  "commitment_overdue",
  "commitment_broken",
  "stalled",
  "concern_open",
  "concern_escalating",
  "no_zone_of_agreement",
  "concession_without_return",
  "concession_to_non_key_person",
  "negotiation_other_currency",
] as const;

/** One of {@link pursuitFindingCodes}. */
export type PursuitFindingCode = (typeof pursuitFindingCodes)[number];

/** One finding: what, how serious, where in the pursuit's data, and the people it concerns. */
export interface PursuitFinding {
  readonly severity: PursuitFindingSeverity;
  readonly code: PursuitFindingCode;
  readonly path: IssuePath;
  readonly message: string;
  /** Ids of the people concerned. */
  readonly people: readonly string[];
}

/** Options of {@link checkPursuit}. */
export interface CheckPursuitOptions {
  /** The buying centre: with it, key people never placed are found and concessions checked against who is key. */
  readonly centre?: BuyingCentre | undefined;
  /** The case's evaluation: the negotiation's currency is compared with the case's. */
  readonly evaluation?: Evaluation | undefined;
  /** Today (ISO date): visits after it are planned; due dates, staleness and stalling are judged by it. */
  readonly asOf?: string | undefined;
}

/** Days without an obtained commitment, while visits go on, after which the pursuit has stalled. */
export const STALL_AFTER_DAYS = 60;

const ELEMENTS = [
  ["due", "time"],
  ["people", "people"],
  ["action", "action"],
  ["benefit", "benefit"],
] as const;
const MARKS = [
  ["customersAction", "it is the customer's action, not words"],
  ["movesOrder", "it moves the order"],
  ["favoursUs", "it favours us, not a rival"],
] as const;

/**
 * Checks a pursuit against the seeds' warnings. Each finding is typed (`code`), names the people it
 * concerns, and points into the data (`path`). Pure; nothing is read from a clock: what depends on
 * today needs `asOf`.
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `centre`, `evaluation`, `asOf`
 * @returns the findings, most serious first, in the order of the data within a severity
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * checkPursuit(pursuit, { centre, asOf: "2026-12-06" }).map((f) => f.code);
 * //=> ["commitment_missing_element", "fell_back", "commitment_broken"] (for instance)
 * ```
 */
export function checkPursuit(pursuit: Pursuit, options?: CheckPursuitOptions): readonly PursuitFinding[] {
  const asOf = checkedAsOf(options, "checkPursuit options");
  const centre = options?.centre;
  const findings: PursuitFinding[] = [];
  const add = (severity: PursuitFindingSeverity, code: PursuitFindingCode, path: IssuePath, message: string, people: readonly string[]): void => {
    findings.push(Object.freeze({ severity, code, path: Object.freeze([...path]), message, people: Object.freeze([...new Set(people)]) }));
  };
  const names = new Map((centre?.people ?? []).map((p) => [p.id, `${p.name} (${p.id})`]));
  const named = (ids: readonly string[]): string => ids.map((id) => names.get(id) ?? id).join(", ");

  const histories = stageHistories(pursuit, { asOf });
  const historyOf = new Map(histories.map((history) => [history.person, history]));
  if (centre !== undefined) {
    centre.people.forEach((person) => {
      if (isKeyPerson(person) && !historyOf.has(person.id)) add("warning", "key_person_unstaged", ["stages"], `${named([person.id])} is a key person whose stage in the purchase process has never been observed`, [person.id]);
    });
  }
  for (const history of histories) {
    for (const back of history.fallBacks)
      add("warning", "fell_back", ["stages", back.index, "stage"], `${named([history.person])} fell back from stage ${back.from} to ${back.to} on ${back.date}: if this was not our doing, it is likely a rival's`, [history.person]);
    for (const skip of history.skips)
      add("info", "stage_skipped", ["stages", skip.index, "stage"], `${named([history.person])} went from stage ${skip.from} to ${skip.to} on ${skip.date}: a stage may have been overlooked — check its decision point was really passed`, [history.person]);
    const current = history.current;
    if (asOf !== undefined && current !== undefined && daysBetween(current.date, asOf) > STALE_AFTER_DAYS)
      add("info", "stale_stage", ["stages", current.index, "date"], `${named([history.person])}'s stage was last observed on ${current.date}, ${daysBetween(current.date, asOf)} days before ${asOf}`, [history.person]);
  }
  // Only the observations that count: not one a same-day correction replaced, nor one after asOf.
  const counted = new Set(histories.flatMap((history) => history.points.map((point) => point.index)));
  pursuit.stages.forEach((observation, index) => {
    if (!counted.has(index)) return;
    const other = observation.signs.filter((sign) => stageSigns[sign as keyof typeof stageSigns] !== observation.stage);
    if (other.length > 0)
      add("info", "signs_disagree", ["stages", index, "signs"], `${named([observation.person])} is put at stage ${observation.stage} on ${observation.date}, but ${other.map((sign) => `"${sign}" is a sign of stage ${stageSigns[sign as keyof typeof stageSigns]}`).join(", ")}`, [observation.person]);
  });

  const statuses = commitmentStatuses(pursuit, { asOf });
  pursuit.visits.forEach((visit, v) => {
    const planned = asOf !== undefined && visit.date > asOf;
    const missing = missingCommitment(visit);
    if (planned && missing !== undefined) add("warning", "visit_plan_incomplete", ["visits", v, "commitments"], `the visit "${visit.id}" on ${visit.date} is planned without ${MISSING_COMMITMENT_WORDS[missing]} to ask for: plan both, from high to low`, visit.people);
    if (!planned && visit.commitments.length === 0)
      add("info", "visit_without_commitment", ["visits", v], `the visit "${visit.id}" on ${visit.date} asked for no commitment: information gained is not progress`, visit.people);
  });
  for (const status of statuses) {
    const { commitment, path } = status;
    const missing = ELEMENTS.filter(([key]) => (key === "people" ? commitment.people.length === 0 : commitment[key] === undefined)).map(([, word]) => word);
    if (missing.length > 0) add("warning", "commitment_missing_element", path, `the commitment "${commitment.id}" lacks ${missing.join(", ")}: a commitment has a time, the customer's people, an action and a benefit to the customer`, status.people);
    const failed = MARKS.filter(([key]) => commitment.marks[key] === false).map(([, words]) => words);
    if (failed.length > 0) add("warning", "commitment_fails_mark", [...path, "marks"], `the commitment "${commitment.id}" fails: ${failed.join("; ")}`, status.people);
    const unjudged = MARKS.filter(([key]) => commitment.marks[key] === undefined).map(([, words]) => words);
    if (unjudged.length > 0 && failed.length === 0) add("info", "commitment_marks_unjudged", [...path, "marks"], `the commitment "${commitment.id}" is not judged on: ${unjudged.join("; ")}`, status.people);
    if (status.kind !== undefined) {
      const [from, to] = commitmentKinds[status.kind];
      const stages = status.people.flatMap((id) => {
        const at = stageOn(historyOf.get(id), status.visitDate);
        return at === undefined ? [] : [[id, at] as const];
      });
      if (stages.length > 0 && !stages.some(([, stage]) => stage >= from && stage <= to))
        add("warning", "commitment_off_stage", [...path, "kind"], `the commitment "${commitment.id}" ("${status.kind}") suits stages ${from}–${to}, but on ${status.visitDate} ${stages.map(([id, stage]) => `${named([id])} stood at ${stage}`).join(", ")}`, status.people);
    }
    if (status.state === "asked") add("info", "commitment_unanswered", path, `the commitment "${commitment.id}" was asked for on ${status.visitDate} and no answer is recorded`, status.people);
    if (status.state === "refused" && commitment.answer?.concern === undefined)
      add("warning", "refused_without_concern", [...path, "answer"], `the commitment "${commitment.id}" was refused on ${status.answeredOn}: a concern is the only reason for a refusal — ask for it and log it`, status.people);
    if (status.state === "overdue") add("warning", "commitment_overdue", path, `the commitment "${commitment.id}" was due on ${status.due} and whether it was kept is not recorded: follow it up`, status.people);
    if (status.state === "broken") add("warning", "commitment_broken", [...path, "outcome"], `the commitment "${commitment.id}" was broken (${status.judgedOn}): a warning sign — find the concern behind it`, status.people);
  }
  if (asOf !== undefined) {
    const recent = statuses.filter((s) => s.state !== "planned" && daysBetween(s.visitDate, asOf) <= STALL_AFTER_DAYS);
    const recentVisits = pursuit.visits.filter((visit) => visit.date <= asOf && daysBetween(visit.date, asOf) <= STALL_AFTER_DAYS);
    const obtained = statuses.filter((s) => s.answeredOn !== undefined && s.commitment.answer?.state === "obtained" && daysBetween(s.answeredOn, asOf) <= STALL_AFTER_DAYS);
    if (recentVisits.length > 0 && obtained.length === 0)
      add("warning", "stalled", ["visits"], `${recentVisits.length} visit${recentVisits.length > 1 ? "s" : ""} in the ${STALL_AFTER_DAYS} days before ${asOf} obtained no commitment${recent.length === 0 ? " (none was asked for)" : ""}: the order has not moved`, [...new Set(recentVisits.flatMap((visit) => visit.people))]);
  }

  pursuit.concerns.forEach((concern, index) => {
    const levels = concernLevelsAsOf(concern, asOf);
    const current = levels.at(-1);
    if (current === undefined) return;
    const resolved = concern.resolved !== undefined && (asOf === undefined || concern.resolved.date <= asOf);
    if (resolved) return;
    const rank = concernLevels.indexOf(current.level.level);
    add(
      rank >= concernLevels.indexOf("nonCommitment") ? "warning" : "info",
      "concern_open",
      ["concerns", index],
      `${named([concern.person])} has an open concern at the level of ${current.level.level}${concern.falseObjection ? " behind a false objection" : ""}: "${concern.objection}"${concern.concern === undefined ? " — the personal concern behind it is not yet dug out" : ""}`,
      [concern.person],
    );
    const before = levels.at(-2);
    if (before !== undefined && concernLevels.indexOf(before.level.level) < rank)
      add("warning", "concern_escalating", ["concerns", index, "levels", current.index], `${named([concern.person])}'s concern rose from ${before.level.level} to ${current.level.level} on ${current.level.date}`, [concern.person]);
  });

  const negotiation = pursuit.negotiation;
  if (negotiation !== undefined) {
    const position = negotiationPosition(negotiation, { asOf });
    if (position.empty)
      add("error", "no_zone_of_agreement", ["negotiation"], `our reservation price ${position.floor.toFixed(2)} ${position.currency} is above the customer's ${position.ceiling.toFixed(2)} ${position.currency}: there is no zone of agreement (short by ${position.width.negated().toFixed(2)})`, []);
    position.trades.forEach((trade, t) => {
      if (trade.net.isNegative())
        add("warning", "concession_without_return", ["negotiation", "trades", t], `we give "${trade.give}" (${trade.giveValue.toFixed(2)} ${position.currency}) for "${trade.get}" (${trade.getValue.toFixed(2)}): a concession worth ${trade.net.negated().toFixed(2)} more than its return`, trade.with === undefined ? [] : [trade.with]);
      const person = trade.with === undefined ? undefined : centre?.people.find((p) => p.id === trade.with);
      if (person !== undefined && !isKeyPerson(person))
        add("info", "concession_to_non_key_person", ["negotiation", "trades", t, "with"], `the concession "${trade.give}" is made to ${named([person.id])}, who is not a key person: concede to those who decide`, [person.id]);
    });
    const evaluation = options?.evaluation;
    if (evaluation !== undefined && evaluation.currency !== negotiation.currency)
      add("info", "negotiation_other_currency", ["negotiation", "currency"], `the negotiation is in ${negotiation.currency} and the case in ${evaluation.currency}`, []);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return Object.freeze(findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index).map(({ finding }) => finding));
}

/** What a visit's plan lacks of its highest and lowest commitment. */
export type MissingCommitment = "both" | "lowest" | "highest";

/**
 * What a visit's plan lacks of its two commitments, or undefined when it has both.
 *
 * @example
 * ```ts
 * missingCommitment({ ...visit, commitments: [highest] }); //=> "lowest"
 * ```
 */
export function missingCommitment(visit: Visit): MissingCommitment | undefined {
  const levels = new Set(visit.commitments.map((c) => c.level));
  if (levels.has("highest") && levels.has("lowest")) return undefined;
  return levels.size === 0 ? "both" : levels.has("highest") ? "lowest" : "highest";
}

/** {@link MissingCommitment} in the findings' and moves' English. */
export const MISSING_COMMITMENT_WORDS = { both: "a highest and a lowest commitment", lowest: "a lowest commitment", highest: "a highest commitment" } as const satisfies Record<MissingCommitment, string>;

/**
 * A concern's levels observed by `asOf` (all without it), in date order, the written order within a day,
 * each with its index in `concern.levels`: the last is the current level.
 *
 * @example
 * ```ts
 * concernLevelsAsOf(concern, "2026-12-06").at(-1)?.level.level; //=> "objection"
 * ```
 */
export function concernLevelsAsOf(concern: Concern, asOf: string | undefined): readonly { readonly level: Concern["levels"][number]; readonly index: number }[] {
  return concern.levels
    .map((level, index) => ({ level, index }))
    .filter(({ level }) => asOf === undefined || level.date <= asOf)
    .sort((a, b) => (a.level.date < b.level.date ? -1 : a.level.date > b.level.date ? 1 : a.index - b.index));
}

/** The person's stage on a day: the latest point on or before it (a binary search: histories are long). */
export function stageOn(history: StageHistory | undefined, day: string): StageNumber | undefined {
  if (history === undefined) return undefined;
  const points = history.points;
  let [low, high] = [0, points.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle]!.date <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : points[low - 1]!.stage;
}
