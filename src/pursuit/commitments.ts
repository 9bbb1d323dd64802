/**
 * Action commitments and progress: the state of every commitment as of a day, and progress as the seed
 * defines it — commitments obtained, not visits made or information gained — with the kept-rate beside
 * it, per period and per person.
 */
import { Dec, type Decimal } from "../numeric/decimal.js";
import type { CommitmentKind } from "./process.js";
import type { Commitment, Pursuit, Visit } from "./schema.js";
import { checkedAsOf } from "./stageHistory.js";

/**
 * Where a commitment stands: `planned` (its visit is after `asOf`), `asked` (no answer recorded),
 * `notAsked` (the lowest, not needed once the highest was obtained), `refused`, `obtained`, `overdue`
 * (obtained, due before `asOf`, not yet judged: follow up), `kept`, `partlyKept`, `broken`.
 */
export type CommitmentState = "planned" | "asked" | "notAsked" | "refused" | "obtained" | "overdue" | "kept" | "partlyKept" | "broken";

/** A commitment with its visit and its state. */
export interface CommitmentStatus {
  readonly id: string;
  readonly visit: string;
  readonly visitDate: string;
  readonly level: "highest" | "lowest";
  readonly kind: CommitmentKind | undefined;
  /** The customer's people who made it: its own, else those at the visit. */
  readonly people: readonly string[];
  readonly state: CommitmentState;
  readonly due: string | undefined;
  readonly answeredOn: string | undefined;
  readonly judgedOn: string | undefined;
  /** Where it is in the pursuit: `["visits", v, "commitments", c]`. */
  readonly path: readonly ["visits", number, "commitments", number];
  readonly commitment: Commitment;
}

/**
 * Every commitment of every visit with its state as of `asOf` (without `asOf` every visit counts as held
 * and nothing is overdue).
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `asOf`
 * @returns the commitments in the order written
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * commitmentStatuses(pursuit, { asOf: "2026-12-06" }).map((c) => `${c.id}: ${c.state}`);
 * //=> ["c-1: kept", "c-2: notAsked", "c-3: overdue", …]
 * ```
 */
export function commitmentStatuses(pursuit: Pursuit, options?: { readonly asOf?: string | undefined }): readonly CommitmentStatus[] {
  const asOf = checkedAsOf(options, "commitmentStatuses options");
  return Object.freeze(pursuit.visits.flatMap((visit, v) => visit.commitments.map((commitment, c) => Object.freeze(statusOf(visit, v, commitment, c, asOf)))));
}

function statusOf(visit: Visit, v: number, commitment: Commitment, c: number, asOf: string | undefined): CommitmentStatus {
  // What happened after asOf has not happened yet.
  const known = <T extends { readonly date: string }>(event: T | undefined): T | undefined => (event === undefined || asOf === undefined || event.date <= asOf ? event : undefined);
  const answer = known(commitment.answer);
  const outcome = known(commitment.outcome);
  const highestObtained = visit.commitments.some((other) => other.level === "highest" && known(other.answer)?.state === "obtained");
  const state: CommitmentState =
    asOf !== undefined && visit.date > asOf
      ? "planned"
      : answer === undefined
        ? commitment.level === "lowest" && highestObtained
          ? "notAsked"
          : "asked"
        : answer.state === "refused"
          ? "refused"
          : outcome !== undefined
            ? outcome.state
            : asOf !== undefined && commitment.due !== undefined && commitment.due < asOf
              ? "overdue"
              : "obtained";
  return {
    id: commitment.id,
    visit: visit.id,
    visitDate: visit.date,
    level: commitment.level,
    kind: commitment.kind as CommitmentKind | undefined,
    people: commitment.people.length > 0 ? commitment.people : visit.people,
    state,
    due: commitment.due,
    answeredOn: answer?.date,
    judgedOn: outcome?.date,
    path: ["visits", v, "commitments", c],
    commitment,
  };
}

/** Counts of one slice of the pursuit (a period, a person, or all of it). */
export interface ProgressCounts {
  /** Visits held: shown beside progress, never counted as progress. */
  readonly visits: number;
  /** Commitments asked for (answered or not). */
  readonly asked: number;
  /** Progress: commitments obtained (the seed's only measure). */
  readonly obtained: number;
  readonly refused: number;
  readonly kept: number;
  readonly partlyKept: number;
  readonly broken: number;
  /** Obtained, due and not yet judged. */
  readonly overdue: number;
  /** Kept ÷ (kept + partly kept + broken): of the obtained commitments judged so far; undefined when none is. */
  readonly keptRate: Decimal | undefined;
}

/** Progress as the seed measures it: obtained commitments, with the kept-rate beside. */
export interface Progress extends ProgressCounts {
  /** Per calendar month (`YYYY-MM`) of the visit that asked them, oldest first: what each month's visits obtained, and how those were kept. */
  readonly byPeriod: readonly (ProgressCounts & { readonly period: string })[];
  /** Per person of the customer who made the commitments (a commitment of several people counts for each), in order of first appearance. */
  readonly byPerson: readonly (ProgressCounts & { readonly person: string })[];
}

/**
 * Progress of the pursuit as of `asOf`: commitments obtained — not visits made, not information gained —
 * and the kept-rate of those judged, overall, per month and per person. A month holds the visits of that
 * month and the commitments they asked (a cohort: what was obtained then, and how it was kept since).
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `asOf`: later visits are planned, not held
 * @returns the counts and rates
 * @throws {PursuitArgumentError} for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const p = progress(pursuit, { asOf: "2026-12-06" });
 * p.obtained; //=> 5
 * p.keptRate?.toFixed(4); //=> "0.6667" (2 kept of 3 judged)
 * ```
 */
export function progress(pursuit: Pursuit, options?: { readonly asOf?: string | undefined }): Progress {
  const asOf = checkedAsOf(options, "progress options");
  const statuses = commitmentStatuses(pursuit, { asOf });
  const held = pursuit.visits.filter((visit) => asOf === undefined || visit.date <= asOf);
  // One pass each: slices are grouped, never filtered per key, so the work stays linear in the log.
  const byPeriod = new Map<string, { visits: number; statuses: CommitmentStatus[] }>();
  const byPerson = new Map<string, { visits: number; statuses: CommitmentStatus[] }>();
  const slice = (map: typeof byPeriod, key: string) => {
    let entry = map.get(key);
    if (entry === undefined) map.set(key, (entry = { visits: 0, statuses: [] }));
    return entry;
  };
  for (const visit of held) {
    slice(byPeriod, visit.date.slice(0, 7)).visits += 1;
    for (const person of new Set(visit.people)) slice(byPerson, person).visits += 1;
  }
  for (const status of statuses) {
    if (status.state !== "planned") slice(byPeriod, status.visitDate.slice(0, 7)).statuses.push(status);
    if (status.state !== "planned") for (const person of new Set(status.people)) slice(byPerson, person).statuses.push(status);
  }
  return Object.freeze({
    ...counts(held.length, statuses),
    byPeriod: Object.freeze([...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, entry]) => Object.freeze({ period, ...counts(entry.visits, entry.statuses) }))),
    byPerson: Object.freeze([...byPerson].map(([person, entry]) => Object.freeze({ person, ...counts(entry.visits, entry.statuses) }))),
  });
}

function counts(visits: number, statuses: readonly CommitmentStatus[]): ProgressCounts {
  const tally: Record<CommitmentState, number> = { planned: 0, asked: 0, notAsked: 0, refused: 0, obtained: 0, overdue: 0, kept: 0, partlyKept: 0, broken: 0 };
  for (const status of statuses) tally[status.state] += 1;
  const { kept, partlyKept, broken, refused, overdue } = tally;
  const judged = kept + partlyKept + broken;
  return {
    visits,
    asked: statuses.length - tally.planned - tally.notAsked,
    obtained: tally.obtained + overdue + judged,
    refused,
    kept,
    partlyKept,
    broken,
    overdue,
    keptRate: judged === 0 ? undefined : new Dec(kept).div(judged),
  };
}
