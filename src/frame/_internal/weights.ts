/** Validation of solution weights and the weighted five-criteria score, shared by scoreSolution and rankSolutions. */
import * as z from "zod";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import { FrameArgumentError } from "../errors.js";
import { type SolutionCriterion, type SolutionScores, solutionCriteria } from "../solution.js";
import { numericInRange } from "./fields.js";
import { frameErrorMap, frameIssuesFromZod } from "./messages.js";

const weight = numericInRange(0, undefined).optional();

/** Schema of optional weights per criterion: each a non-negative Numeric; left out means 1. */
export const weightsSchema = z.lazy(() => z
  .strictObject({ level: weight, linkage: weight, innovation: weight, risk: weight, timeliness: weight })
  .optional());

/** Weights as a caller gives them. */
export type WeightsInput = z.input<typeof weightsSchema>;

/** Every criterion's weight, defaults filled in. */
export type Weights = Readonly<Record<SolutionCriterion, Decimal>>;

/** Problems with a weights argument, located under `["weights", …]`, plus the resolved weights. */
export function checkWeights(input: unknown): { readonly weights: Weights | undefined; readonly issues: ValueframeIssue[] } {
  const parsed = weightsSchema.safeParse(input, { error: frameErrorMap });
  if (!parsed.success) {
    return { weights: undefined, issues: frameIssuesFromZod(parsed.error.issues).map((issue) => ({ ...issue, path: ["weights", ...issue.path] })) };
  }
  const given = parsed.data ?? {};
  const weights = Object.fromEntries(solutionCriteria.map((criterion) => [criterion, given[criterion] ?? new Dec(1)])) as Record<SolutionCriterion, Decimal>;
  if (Dec.sum(...Object.values(weights)).isZero()) {
    return { weights: undefined, issues: [{ path: ["weights"], code: "zero_total", message: "the weights add up to 0; give at least one criterion a positive weight" }] };
  }
  return { weights, issues: [] };
}

/** Validates weights or throws {@link FrameArgumentError}. */
export function requireWeights(input: unknown): Weights {
  const { weights, issues } = checkWeights(input);
  if (weights === undefined) throw new FrameArgumentError(issues, "solution weights");
  return weights;
}

/** The weighted mean of the scores on the 1–5 scale, and each criterion's share of it. */
export function weightedScore(scores: SolutionScores, weights: Weights): { score: Decimal; contributions: Record<SolutionCriterion, Decimal> } {
  const total = Dec.sum(...solutionCriteria.map((criterion) => weights[criterion]));
  const contributions = Object.fromEntries(
    solutionCriteria.map((criterion) => [criterion, weights[criterion].times(scores[criterion]).div(total)]),
  ) as Record<SolutionCriterion, Decimal>;
  const score = Dec.sum(...solutionCriteria.map((criterion) => weights[criterion].times(scores[criterion]))).div(total);
  return { score, contributions };
}
