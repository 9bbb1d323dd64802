/**
 * attentionRanking: the buying centre ordered for the seller's attention — influence times how far a
 * person stands from supporting us. The mapping of the two ordinal scales to one number is ours
 * (docs/people.md): distance mentor 0, supporter 1, neutral (or not yet observed) 2, non-supporter 3,
 * opponent 4; attention = influence × (1 + distance), from 1 (a mentor of little influence) to 25 (a
 * decisive opponent).
 */
import { asOfIssues } from "../_internal/asOf.js";
import { PeopleArgumentError } from "./errors.js";
import type { Attitude, BuyingCentre } from "./schema.js";
import { standingOf } from "./standing.js";

/** How far each rung of attitude to us is from supporting us. */
export const attitudeDistance = { mentor: 0, supporter: 1, neutral: 2, nonSupporter: 3, opponent: 4 } as const satisfies Record<Attitude, number>;

/** One row of the ranking. */
export interface AttentionRow {
  readonly id: string;
  readonly name: string;
  readonly influence: number;
  /** The attitude as last observed; undefined when never observed (then counted as neutral). */
  readonly attitude: Attitude | undefined;
  readonly distance: number;
  /** influence × (1 + distance). */
  readonly attention: number;
}

/**
 * Ranks the buying centre for the seller's attention: highest attention first, then higher influence,
 * then the order of the people.
 *
 * @param centre - the buying centre
 * @param options - `asOf`: attitudes as observed by then
 * @returns the frozen rows
 * @throws {PeopleArgumentError} (code `PEOPLE_INVALID_ARGUMENT`) for a bad `asOf`
 *
 * @example
 * ```ts
 * attentionRanking(centre, { asOf: "2026-12-06" })[0]; //=> { id: "p-coo", name: "…", influence: 5, attitude: "opponent", distance: 4, attention: 25 }
 * ```
 */
export function attentionRanking(centre: BuyingCentre, options?: { readonly asOf?: string | undefined }): readonly AttentionRow[] {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new PeopleArgumentError(bad, "attentionRanking options");
  const rows = centre.people.map((person, index) => {
    const attitude = standingOf(person, options?.asOf).attitude?.value;
    const distance = attitudeDistance[attitude ?? "neutral"];
    return { index, row: Object.freeze({ id: person.id, name: person.name, influence: person.influence, attitude, distance, attention: person.influence * (1 + distance) }) };
  });
  rows.sort((a, b) => b.row.attention - a.row.attention || b.row.influence - a.row.influence || a.index - b.index);
  return Object.freeze(rows.map(({ row }) => row));
}
