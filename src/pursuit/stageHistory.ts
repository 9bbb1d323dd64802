/**
 * Where each person stands in the purchase process over time — their stage log sorted by date, a day's
 * correction replacing what it corrects — and the deal's stage derived from the people (docs/pursuit.md:
 * an order is only as far as its least advanced key person, since each must pass every decision point).
 */
import { asOfIssues } from "../_internal/asOf.js";
import { isKeyPerson } from "../people/checkBuyingCentre.js";
import type { BuyingCentre } from "../people/schema.js";
import { PursuitArgumentError } from "./errors.js";
import type { StageNumber, StageSign } from "./process.js";
import type { Leaning, Pursuit } from "./schema.js";

/** One point of a person's history: the stage seen on a day, and which observation said so. */
export interface StagePoint {
  readonly date: string;
  readonly stage: StageNumber;
  readonly leaning: Leaning | undefined;
  readonly signs: readonly StageSign[];
  readonly source: string;
  /** Index of the observation in `pursuit.stages`. */
  readonly index: number;
}

/** A person's way through the stages: one point per day observed, in date order. */
export interface StageHistory {
  readonly person: string;
  readonly points: readonly StagePoint[];
  /** The latest point on or before `asOf`; undefined when the person has no observation. */
  readonly current: StagePoint | undefined;
  /** The days the person moved back, with the stages from and to. */
  readonly fallBacks: readonly { readonly date: string; readonly from: StageNumber; readonly to: StageNumber; readonly index: number }[];
  /** The days the person moved forward by more than one stage (a stage may be overlooked). */
  readonly skips: readonly { readonly date: string; readonly from: StageNumber; readonly to: StageNumber; readonly index: number }[];
}

/** Options of {@link stageHistories} and {@link dealStage}. */
export interface StageOptions {
  /** Today (ISO date): observations after it are not counted. */
  readonly asOf?: string | undefined;
}

/**
 * Each observed person's history, in the order each was first observed in the log as written. On a
 * day with several observations of one person the last correction written wins (observations that
 * agree count once).
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `asOf`
 * @returns one history per person observed
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const [cfo] = stageHistories(pursuit, { asOf: "2026-12-06" });
 * cfo.current?.stage; //=> 8
 * cfo.fallBacks; //=> [{ date: "2026-11-20", from: 8, to: 7, index: 5 }]
 * ```
 */
export function stageHistories(pursuit: Pursuit, options?: StageOptions): readonly StageHistory[] {
  const asOf = checkedAsOf(options, "stageHistories options");
  // One point per person and day, chosen as validation allowed: the last correction written, else the first observation.
  const days = new Map<string, Map<string, StagePoint & { readonly correction: boolean }>>();
  pursuit.stages.forEach((observation, index) => {
    if (asOf !== undefined && observation.date > asOf) return;
    let byDay = days.get(observation.person);
    if (byDay === undefined) days.set(observation.person, (byDay = new Map()));
    const earlier = byDay.get(observation.date);
    if (earlier !== undefined && !observation.correction) return;
    byDay.set(observation.date, {
      date: observation.date,
      stage: observation.stage as StageNumber,
      leaning: observation.leaning,
      signs: observation.signs as readonly StageSign[],
      source: observation.source,
      index,
      correction: observation.correction,
    });
  });
  return Object.freeze(
    [...days].map(([person, byDay]) => {
      const points = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map(({ correction: _correction, ...point }) => Object.freeze(point));
      const fallBacks: { date: string; from: StageNumber; to: StageNumber; index: number }[] = [];
      const skips: { date: string; from: StageNumber; to: StageNumber; index: number }[] = [];
      for (let i = 1; i < points.length; i++) {
        const [before, after] = [points[i - 1]!, points[i]!];
        if (after.stage < before.stage) fallBacks.push(Object.freeze({ date: after.date, from: before.stage, to: after.stage, index: after.index }));
        else if (after.stage > before.stage + 1) skips.push(Object.freeze({ date: after.date, from: before.stage, to: after.stage, index: after.index }));
      }
      return Object.freeze({ person, points: Object.freeze(points), current: points.at(-1), fallBacks: Object.freeze(fallBacks), skips: Object.freeze(skips) });
    }),
  );
}

/** The deal's stage and how it was derived. */
export interface DealStage {
  /** The least advanced stage among the people the rule counts; undefined when no one has been observed. */
  readonly stage: StageNumber | undefined;
  /** `leastAdvancedKeyPerson` (decision makers, approvers, influence 4–5, with a centre), else `leastAdvancedPerson`. */
  readonly rule: "leastAdvancedKeyPerson" | "leastAdvancedPerson";
  /** The people at that stage: who holds the deal back. */
  readonly limitedBy: readonly string[];
  /** The most advanced stage anyone has reached. */
  readonly furthest: StageNumber | undefined;
  /** Each decision maker's current stage (undefined: not observed), when a centre is given. */
  readonly decisionMakers: readonly { readonly person: string; readonly stage: StageNumber | undefined }[];
  /** Key people never observed: the deal's stage cannot count them. */
  readonly unstagedKeyPeople: readonly string[];
}

/**
 * The deal's stage: the least advanced stage among the key people of the buying centre who have been
 * observed (decision makers, approvers and anyone of influence 4 or 5) — an order moves only as each of
 * them passes every decision point. Without a centre, or when no key person has been observed, the least
 * advanced of everyone observed. Beside it, the decision makers' stages and the key people not yet placed.
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `centre` (the buying centre, for who is key) and `asOf`
 * @returns the stage, the rule used and the people who set it
 * @throws {PursuitArgumentError} for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * dealStage(pursuit, { centre, asOf: "2026-12-06" });
 * //=> { stage: 7, rule: "leastAdvancedKeyPerson", limitedBy: ["p-it"], furthest: 8, … }
 * ```
 */
export function dealStage(pursuit: Pursuit, options?: StageOptions & { readonly centre?: BuyingCentre | undefined }): DealStage {
  const asOf = checkedAsOf(options, "dealStage options");
  const current = new Map(stageHistories(pursuit, { asOf }).flatMap((history) => (history.current === undefined ? [] : [[history.person, history.current.stage] as const])));
  const centre = options?.centre;
  const key = centre === undefined ? [] : centre.people.filter(isKeyPerson).map((p) => p.id);
  const keyStaged = key.filter((id) => current.has(id));
  const rule = keyStaged.length > 0 ? "leastAdvancedKeyPerson" : "leastAdvancedPerson";
  const counted = rule === "leastAdvancedKeyPerson" ? keyStaged : [...current.keys()];
  const stages = counted.map((id) => current.get(id)!);
  const stage = stages.length === 0 ? undefined : (Math.min(...stages) as StageNumber);
  const all = [...current.values()];
  return Object.freeze({
    stage,
    rule,
    limitedBy: Object.freeze(counted.filter((id) => current.get(id) === stage)),
    furthest: all.length === 0 ? undefined : (Math.max(...all) as StageNumber),
    decisionMakers: Object.freeze((centre?.people ?? []).filter((p) => p.roles.includes("decisionMaker")).map((p) => Object.freeze({ person: p.id, stage: current.get(p.id) }))),
    unstagedKeyPeople: Object.freeze(key.filter((id) => !current.has(id))),
  });
}

/** The `asOf` option, checked. */
export function checkedAsOf(options: { readonly asOf?: string | undefined } | undefined, subject: string): string | undefined {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new PursuitArgumentError(bad, subject);
  return options?.asOf;
}
