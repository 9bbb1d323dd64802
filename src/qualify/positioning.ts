/**
 * Where a deal sits before the pursuit (`000_…`, ch. 7): the customer value matrix — short-term gain ×
 * long-term impact (follow-on potential, brand and reputation, the sales team's morale) → category 1–4
 * with how much to commit — and the opening position — whose home turf × who leads now → one of nine
 * openings, grouped normal, problem or abnormal, with a strategy for each. The seed names the categories
 * and the three groups; the thresholds, the axes' values, the cells of each group and the strategies are
 * ours (docs/qualify.md).
 */
import { Dec, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { QualifyArgumentError } from "./errors.js";
import { optionFigure } from "./_internal/optionFigure.js";

/** The long-term impact of a deal, each 1 (little) … 5 (much). */
export interface LongTermImpact {
  readonly followOn: number;
  readonly brand: number;
  readonly morale: number;
}

/** The value matrix's thresholds: a gain at or above `bigGain` is big business; an impact averaging at least `highImpact` is high. */
export interface ValueMatrixThresholds {
  readonly bigGain: Numeric;
  readonly highImpact?: Numeric;
}

/** How much to commit in each category (ours). */
export const categoryCommitment = { 1: "commitBestTeam", 2: "investForTheLongTerm", 3: "pursueForRevenueAtControlledCost", 4: "minimalEffortOrDecline" } as const;

/** A deal placed on the customer value matrix. */
export interface ValueMatrixPlacement {
  /** 1 big business & high impact, 2 small & high, 3 big & low, 4 small & low. */
  readonly category: 1 | 2 | 3 | 4;
  readonly bigGain: boolean;
  readonly highImpact: boolean;
  /** The mean of the three impacts, 1 … 5. */
  readonly impact: Decimal;
  readonly gain: Decimal;
  readonly commitment: (typeof categoryCommitment)[1 | 2 | 3 | 4];
}

/**
 * Places a deal on the customer value matrix: the short-term gain (e.g. the deal's revenue, or the
 * case's NPV for the seller) against `bigGain`, the mean of the three long-term impacts against
 * `highImpact` (default 3).
 *
 * @param gain - the short-term gain, in the seller's currency
 * @param impact - follow-on potential, brand and reputation, team morale, each 1–5
 * @param thresholds - `bigGain` (required: what counts as big business is the seller's call) and `highImpact`
 * @returns the category and how much to commit
 * @throws {QualifyArgumentError} for an impact off 1–5 or a threshold that is not a number
 *
 * @example
 * ```ts
 * valueMatrix("1800000", { followOn: 5, brand: 4, morale: 3 }, { bigGain: "1000000" }).category; //=> 1
 * ```
 */
export function valueMatrix(gain: Numeric, impact: LongTermImpact, thresholds: ValueMatrixThresholds): ValueMatrixPlacement {
  const issues: ValueframeIssue[] = [];
  for (const key of ["followOn", "brand", "morale"] as const) {
    const value = impact?.[key];
    if (!Number.isInteger(value) || value < 1 || value > 5) issues.push({ path: ["impact", key], code: "out_of_range", message: `expected a whole number from 1 to 5; got ${String(value)}` });
  }
  const figure = (value: unknown, path: IssuePath, check: (d: Decimal) => string | undefined) => optionFigure(value, path, issues, check);
  const g = figure(gain, ["gain"], (d) => (d.isNegative() ? `a gain is not negative; got ${d.toString()}` : undefined));
  if (thresholds?.bigGain === undefined) issues.push({ path: ["thresholds", "bigGain"], code: "invalid_type", message: "required: the gain from which a deal is big business for you" });
  else figure(thresholds.bigGain, ["thresholds", "bigGain"], (d) => (d.gt(0) ? undefined : "the gain from which a deal is big business must be above 0"));
  if (thresholds?.highImpact !== undefined) figure(thresholds.highImpact, ["thresholds", "highImpact"], (d) => (d.lt(1) || d.gt(5) ? `a high impact is on the impacts' scale, from 1 to 5; got ${d.toString()}` : undefined));
  if (issues.length > 0) throw new QualifyArgumentError(issues, "valueMatrix");
  const mean = new Dec(impact.followOn + impact.brand + impact.morale).div(3);
  const bigGain = g!.gte(toDec(thresholds.bigGain));
  const highImpact = mean.gte(toDec(thresholds.highImpact ?? 3));
  const category = (bigGain ? (highImpact ? 1 : 3) : highImpact ? 2 : 4) as 1 | 2 | 3 | 4;
  return Object.freeze({ category, bigGain, highImpact, impact: mean, gain: g!, commitment: categoryCommitment[category] });
}

/** Whose home turf the deal is on. */
export const turfs = ["ours", "neutral", "theirs"] as const;
/** Who leads now. */
export const leaders = ["us", "none", "rival"] as const;

/** The nine openings, by turf then leader, with their group and strategy (ours: the seed names only the groups). */
export const openings = {
  "ours/us": { group: "normal", strategy: "consolidate" },
  "ours/none": { group: "normal", strategy: "setTheStandard" },
  "neutral/us": { group: "normal", strategy: "lockInTheCriteria" },
  "neutral/none": { group: "problem", strategy: "redefineTheProblem" },
  "ours/rival": { group: "problem", strategy: "findWhatChanged" },
  "theirs/us": { group: "problem", strategy: "protectTheLeadWithTheTop" },
  "theirs/none": { group: "abnormal", strategy: "attackTheStandard" },
  "neutral/rival": { group: "abnormal", strategy: "changeTheRules" },
  "theirs/rival": { group: "abnormal", strategy: "qualifyOutOrWaitForAMistake" },
} as const satisfies Record<`${(typeof turfs)[number]}/${(typeof leaders)[number]}`, { readonly group: "normal" | "problem" | "abnormal"; readonly strategy: string }>;

/** The three groups of openings. */
export type OpeningGroup = (typeof openings)[keyof typeof openings]["group"];
/** The strategy of an opening (ours). */
export type OpeningStrategy = (typeof openings)[keyof typeof openings]["strategy"];

/**
 * The opening: whose turf × who leads → its group and strategy.
 *
 * @param turf - `ours`, `neutral` or `theirs` (a rival's)
 * @param leader - `us`, `none` or `rival`
 * @returns the opening's key, group and strategy
 * @throws {QualifyArgumentError} for a value off the axes
 *
 * @example
 * ```ts
 * opening("neutral", "rival"); //=> { opening: "neutral/rival", group: "abnormal", strategy: "changeTheRules" }
 * ```
 */
export function opening(turf: (typeof turfs)[number], leader: (typeof leaders)[number]): { readonly opening: keyof typeof openings; readonly group: OpeningGroup; readonly strategy: OpeningStrategy } {
  const issues: ValueframeIssue[] = [];
  if (!(turfs as readonly string[]).includes(turf)) issues.push({ path: ["turf"], code: "invalid_value", message: `expected one of ${turfs.join(", ")}; got ${String(turf)}` });
  if (!(leaders as readonly string[]).includes(leader)) issues.push({ path: ["leader"], code: "invalid_value", message: `expected one of ${leaders.join(", ")}; got ${String(leader)}` });
  if (issues.length > 0) throw new QualifyArgumentError(issues, "opening");
  const key = `${turf}/${leader}` as keyof typeof openings;
  return Object.freeze({ opening: key, ...openings[key] });
}
