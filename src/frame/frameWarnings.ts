/** frameWarnings: what is valid but probably wrong or weak in a frame. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { goalsOfIssues, requireElement, resolveAll } from "./_internal/lookup.js";
import { type IssueTest, issueTests } from "./criticalIssue.js";
import type { Frame } from "./frame.js";

/** A warning has the shape of an issue: where, a stable code, and a message. */
export type FrameWarning = ValueframeIssue;

/** Ratings at or below this on an issue test earn a warning. */
const weakRating = 2;

const weakTestReason: Record<IssueTest, string> = {
  importance: "the leadership may not care enough to act on it",
  hiddenness: "the customer already sees it, so finding it will not make them listen",
  trend: "it may go away without a solution",
};

/**
 * Lists what is valid but probably wrong or weak in a frame, in frame order. Codes:
 *
 * - `target_wrong_direction` — a goal's target moves away from its baseline against its `direction`;
 * - `target_equals_baseline` — a goal's target asks for no change;
 * - `weak_issue_test` — an issue rates 2 or less (of 5) on importance, hiddenness or trend;
 * - `value_off_chain` — a value names a solution whose chain (issues → success factors → goals) does
 *   not reach the goal the value serves.
 *
 * @param frame - a frame from {@link defineFrame}
 * @returns the warnings, frozen; empty when there are none
 *
 * @example
 * ```ts
 * import { defineFrame, frameWarnings } from "valueframe";
 * const frame = defineFrame({ customer: { name: "ACME" }, currency: "CNY", goals: [{
 *   id: "g-share", name: "Market share 15 %", perspective: "market", metric: "market share", unit: "%",
 *   baseline: 12, target: 10, direction: "increase", deadline: "2026-12-31" }] });
 * frameWarnings(frame)[0].message;
 * //=> 'goal "g-share" should increase, but its target 10 is below its baseline 12'
 * ```
 */
export function frameWarnings(frame: Frame): readonly FrameWarning[] {
  const warnings: FrameWarning[] = [];
  frame.goals.forEach((goal, index) => {
    const path = ["goals", index, "target"];
    const { baseline, target } = goal;
    if (target.eq(baseline)) {
      warnings.push({ path, code: "target_equals_baseline", message: `goal "${goal.id}" has its baseline ${baseline.toString()} as target: it asks for no change` });
    } else if (goal.direction === "increase" ? target.lt(baseline) : target.gt(baseline)) {
      const side = goal.direction === "increase" ? "below" : "above";
      warnings.push({
        path,
        code: "target_wrong_direction",
        message: `goal "${goal.id}" should ${goal.direction}, but its target ${target.toString()} is ${side} its baseline ${baseline.toString()}`,
      });
    }
  });
  frame.issues.forEach((issue, index) => {
    for (const test of issueTests) {
      const rating = issue.tests[test];
      if (rating > weakRating) continue;
      warnings.push({
        path: ["issues", index, "tests", test],
        code: "weak_issue_test",
        message: `issue "${issue.id}" rates ${rating} of 5 on ${test}: ${weakTestReason[test]}`,
      });
    }
  });
  frame.values.forEach((value, index) => {
    if (value.solution === undefined) return;
    const solution = requireElement(frame, value.solution, "solution");
    const reached = goalsOfIssues(frame, resolveAll(frame, solution.addresses, "issue"));
    if (reached.some((goal) => goal.id === value.serves)) return;
    warnings.push({
      path: ["values", index, "solution"],
      code: "value_off_chain",
      message: `value "${value.id}" serves goal "${value.serves}", but solution "${solution.id}" does not lead to it through the issues it addresses`,
    });
  });
  return deepFreeze(warnings);
}
