/** rankSolutions: the frame's solutions ordered by their five-criteria score. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { requireWeights, weightedScore } from "../_internal/weights.js";
import type { Frame } from "../frame.js";
import type { Solution } from "../solution.js";
import type { SolutionScore, SolutionWeights } from "./scoreSolution.js";

/** A solution with its score and its place in the ranking. */
export interface RankedSolution extends SolutionScore {
  /** 1 for the best; solutions with equal scores keep their frame order and get consecutive ranks. */
  readonly rank: number;
  readonly solution: Solution;
}

/**
 * Ranks the frame's solutions by {@link scoreSolution}, best first. Ties keep frame order, so the result
 * is stable.
 *
 * @param frame - a frame from {@link defineFrame}
 * @param weights - optional weights per criterion, as for {@link scoreSolution}
 * @returns the ranked solutions, frozen (empty for a frame without solutions)
 * @throws {FrameArgumentError} (code `FRAME_INVALID_ARGUMENT`) for invalid weights
 *
 * @example
 * ```ts
 * import { defineFrame, rankSolutions } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * rankSolutions(frame).map((r) => `${r.rank}. ${r.solution.id} ${r.score.toString()}`);
 * //=> ["1. sol-credit-to-cash 3.8", "2. sol-factoring 2.8"]
 * ```
 */
export function rankSolutions(frame: Frame, weights?: SolutionWeights): readonly RankedSolution[] {
  const resolved = requireWeights(weights);
  const scored = frame.solutions.map((solution, order) => ({ solution, order, ...weightedScore(solution.scores, resolved), weights: resolved }));
  scored.sort((a, b) => b.score.cmp(a.score) || a.order - b.order);
  return deepFreeze(scored.map(({ order: _order, ...rest }, index) => ({ rank: index + 1, ...rest })));
}
