/** scoreSolution: a high-energy solution's weighted score on the five criteria. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Decimal } from "../../numeric/decimal.js";
import { frameErrorMap, frameIssuesFromZod } from "../_internal/messages.js";
import { type Weights, type WeightsInput, checkWeights, weightedScore } from "../_internal/weights.js";
import { FrameArgumentError } from "../errors.js";
import { type SolutionCriterion, type SolutionScores, solutionScoresSchema } from "../solution.js";

/**
 * Weights per criterion, each a non-negative number (or decimal string, bigint, Decimal). A criterion
 * left out weighs 1, so `{ timeliness: 2 }` counts timeliness double and `{ risk: 0 }` ignores risk. The
 * weights must not all be 0.
 */
export type SolutionWeights = NonNullable<WeightsInput>;

/** A solution's score. */
export interface SolutionScore {
  /** The weighted mean of the five ratings: Σ wᵢ·sᵢ / Σ wᵢ, on the same 1–5 scale. */
  readonly score: Decimal;
  /** Each criterion's share of the score, wᵢ·sᵢ / Σ wᵢ; they add up to `score`. */
  readonly contributions: Readonly<Record<SolutionCriterion, Decimal>>;
  /** The weights used, defaults filled in. */
  readonly weights: Weights;
}

/**
 * Scores a high-energy solution on the five criteria (level, linkage, innovation, risk, timeliness): the
 * weighted mean of its 1–5 ratings, exact in Decimal. With no weights every criterion weighs the same,
 * so the score is the plain average.
 *
 * @param solution - a solution of a frame (anything with valid `scores`)
 * @param weights - optional weights per criterion; left-out criteria weigh 1
 * @returns the score, each criterion's contribution and the weights used, frozen
 * @throws {FrameArgumentError} (code `FRAME_INVALID_ARGUMENT`) for ratings outside 1–5, negative or
 *   unknown weights, or weights adding up to 0; paths start with `"solution"` or `"weights"`
 *
 * @example
 * ```ts
 * const solution = { scores: { level: 4, linkage: 5, innovation: 3, risk: 3, timeliness: 4 } };
 * scoreSolution(solution).score.toString(); //=> "3.8"
 * scoreSolution(solution, { timeliness: 2, risk: 0 }).score.toString(); //=> "4"
 * ```
 */
export function scoreSolution(solution: { readonly scores: SolutionScores }, weights?: SolutionWeights): SolutionScore {
  const scores = solutionScoresSchema.safeParse((solution as { scores?: unknown } | undefined)?.scores, { error: frameErrorMap });
  const checked = checkWeights(weights);
  const issues = [
    ...(scores.success ? [] : frameIssuesFromZod(scores.error.issues).map((issue) => ({ ...issue, path: ["solution", "scores", ...issue.path] }))),
    ...checked.issues,
  ];
  if (!scores.success || checked.weights === undefined) throw new FrameArgumentError(issues, "solution score");
  return deepFreeze({ ...weightedScore(scores.data, checked.weights), weights: checked.weights });
}
