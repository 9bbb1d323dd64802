/** goalChain: trace a goal down to the values that move it (goal → success factors → issues → solutions → values). */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { indexFrame, requireElement } from "../_internal/lookup.js";
import type { CriticalIssue } from "../criticalIssue.js";
import type { Frame } from "../frame.js";
import type { Goal } from "../goal.js";
import type { PerformanceValue } from "../performanceValue.js";
import type { Solution } from "../solution.js";
import type { SuccessFactor } from "../successFactor.js";

/** A solution on a goal's chain, with the values it brings to that goal. */
export interface GoalChainSolution {
  readonly solution: Solution;
  /** Values that name this solution and serve this goal. */
  readonly values: readonly PerformanceValue[];
}

/** An issue on a goal's chain, with the solutions that address it. */
export interface GoalChainIssue {
  readonly issue: CriticalIssue;
  readonly solutions: readonly GoalChainSolution[];
}

/** The downward chain of a goal. */
export interface GoalChain {
  readonly goal: Goal;
  /** The success factors serving the goal, each with the issues that hurt it. */
  readonly successFactors: readonly { readonly successFactor: SuccessFactor; readonly issues: readonly GoalChainIssue[] }[];
  /** Issues that block the goal directly. */
  readonly blockingIssues: readonly GoalChainIssue[];
  /** Every value that serves the goal, with or without a solution, in frame order. */
  readonly values: readonly PerformanceValue[];
}

/**
 * Traces a goal down its linkage chain: the success factors that serve it, the issues hurting them (and
 * those blocking the goal directly), the solutions addressing those issues and the values each brings
 * to this goal. Every list is in frame order.
 *
 * @param frame - a frame from {@link defineFrame}
 * @param goalId - the id of a goal in the frame
 * @returns the chain, frozen
 * @throws {FrameLookupError} `FRAME_UNKNOWN_ID` or `FRAME_WRONG_KIND` for a bad id
 *
 * @example
 * ```ts
 * import { defineFrame, goalChain } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * const chain = goalChain(frame, "g-cash");
 * chain.successFactors[0].issues[0].solutions[0].values.map((v) => v.id);
 * //=> ["v-working-capital", "v-financing-cost", "v-one-process"]
 * ```
 */
export function goalChain(frame: Frame, goalId: string): GoalChain {
  const goal = requireElement(frame, goalId, "goal");
  const index = indexFrame(frame);
  const issueLink = (issue: CriticalIssue): GoalChainIssue => ({
    issue,
    solutions: index.solutionsAddressing(issue.id).map((solution) => ({
      solution,
      values: index.valuesFrom(solution.id).filter((value) => value.serves === goal.id),
    })),
  });
  return deepFreeze({
    goal,
    successFactors: index.successFactorsServing(goal.id).map((successFactor) => ({
      successFactor,
      issues: index.issuesHurting(successFactor.id).map(issueLink),
    })),
    blockingIssues: index.issuesBlocking(goal.id).map(issueLink),
    values: [...index.valuesServing(goal.id)],
  });
}
