/** solutionChain: trace a solution up to the goals it serves (solution → issues → success factors → goals). */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { goalsOfIssues, indexFrame, requireElement, resolveAll } from "../_internal/lookup.js";
import type { CriticalIssue } from "../criticalIssue.js";
import type { Frame } from "../frame.js";
import type { Goal } from "../goal.js";
import type { PerformanceValue } from "../performanceValue.js";
import type { Solution } from "../solution.js";
import type { SuccessFactor } from "../successFactor.js";

/** One issue on a solution's chain, with where it leads. */
export interface SolutionChainIssue {
  readonly issue: CriticalIssue;
  /** The success factors the issue hurts, each with the goals it serves. */
  readonly successFactors: readonly { readonly successFactor: SuccessFactor; readonly goals: readonly Goal[] }[];
  /** The goals the issue blocks directly. */
  readonly blockedGoals: readonly Goal[];
}

/** The upward chain of a solution. */
export interface SolutionChain {
  readonly solution: Solution;
  /** The issues it addresses, in the order the solution lists them. */
  readonly issues: readonly SolutionChainIssue[];
  /** Every goal the chain reaches, in frame order, once each. */
  readonly goals: readonly Goal[];
  /** The values that name this solution, in frame order. */
  readonly values: readonly PerformanceValue[];
}

/**
 * Traces a solution up its linkage chain: the issues it addresses, the success factors they hurt and the
 * goals those serve (plus goals an issue blocks directly), and the values credited to it.
 *
 * @param frame - a frame from {@link defineFrame}
 * @param solutionId - the id of a solution in the frame
 * @returns the chain, frozen
 * @throws {FrameLookupError} `FRAME_UNKNOWN_ID` when there is no such id, `FRAME_WRONG_KIND` when
 *   the id belongs to another kind of element
 *
 * @example
 * ```ts
 * import { defineFrame, solutionChain } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * const chain = solutionChain(frame, "sol-credit-to-cash");
 * chain.issues.map((link) => link.issue.id); //=> ["cbi-dso", "cpi-sales-not-measured", "cpi-no-credit-check"]
 * chain.goals.map((goal) => goal.id); //=> ["g-cash"]
 * ```
 */
export function solutionChain(frame: Frame, solutionId: string): SolutionChain {
  const solution = requireElement(frame, solutionId, "solution");
  const issues = resolveAll(frame, solution.addresses, "issue");
  return deepFreeze({
    solution,
    issues: issues.map((issue) => ({
      issue,
      successFactors: resolveAll(frame, issue.hurts, "successFactor").map((successFactor) => ({
        successFactor,
        goals: resolveAll(frame, successFactor.serves, "goal"),
      })),
      blockedGoals: resolveAll(frame, issue.blocks, "goal"),
    })),
    goals: goalsOfIssues(frame, issues),
    values: [...indexFrame(frame).valuesFrom(solution.id)],
  });
}
