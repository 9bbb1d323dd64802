/** standingOf: where a person stands on the five dimensions as of a day — the latest observation of each, with its date. */
import type { Attitude, ChangeAttitude, MaslowLevel, Observation, Person } from "./schema.js";

/** A person's five dimensions as last observed on or before a day: each value with the date it was seen. */
export interface Standing {
  readonly maslow?: { readonly value: MaslowLevel; readonly on: string };
  readonly attitudeToChange?: { readonly value: ChangeAttitude; readonly on: string };
  readonly concerns?: { readonly value: NonNullable<Observation["concerns"]>; readonly on: string };
  readonly closeness?: { readonly value: number; readonly on: string };
  readonly attitude?: { readonly value: Attitude; readonly on: string };
  readonly mentorConditions?: { readonly value: NonNullable<Observation["mentorConditions"]>; readonly on: string };
  /** The date of the latest observation counted, if any. */
  readonly lastObserved?: string;
}

const DIMENSIONS = ["maslow", "attitudeToChange", "concerns", "closeness", "attitude", "mentorConditions"] as const;

/**
 * The person's standing: for each dimension, the value of the latest observation that sets it, on or
 * before `asOf` (every observation without it). Observations of the same day count in the order written.
 *
 * @param person - a person of a buying centre
 * @param asOf - the day to look from (ISO date), or undefined for all observations
 * @returns each observed dimension with the date it was observed
 *
 * @example
 * ```ts
 * standingOf(centre.people[0], "2026-11-01").attitude; //=> { value: "supporter", on: "2026-10-12" }
 * ```
 */
export function standingOf(person: Person, asOf?: string): Standing {
  const counted = person.observations.map((observation, index) => ({ observation, index })).filter(({ observation }) => asOf === undefined || observation.date <= asOf);
  counted.sort((a, b) => (a.observation.date < b.observation.date ? -1 : a.observation.date > b.observation.date ? 1 : a.index - b.index));
  const standing: Record<string, unknown> = {};
  for (const { observation } of counted) {
    for (const dimension of DIMENSIONS) {
      const value = observation[dimension];
      if (value !== undefined) standing[dimension] = { value, on: observation.date };
    }
  }
  const last = counted.at(-1)?.observation.date;
  return Object.freeze({ ...standing, ...(last === undefined ? {} : { lastObserved: last }) }) as Standing;
}
