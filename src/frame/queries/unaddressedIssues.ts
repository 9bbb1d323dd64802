/** unaddressedIssues: the issues no solution deals with yet. */
import { indexFrame } from "../_internal/lookup.js";
import type { CriticalIssue } from "../criticalIssue.js";
import type { Frame } from "../frame.js";

/**
 * Lists the issues that no solution addresses, in frame order: the gaps left in the *improve* stage.
 *
 * @param frame - a frame from {@link defineFrame}
 * @returns the unaddressed issues (a new frozen array; empty when every issue is addressed)
 *
 * @example
 * ```ts
 * import { defineFrame, unaddressedIssues } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * unaddressedIssues(frame).map((issue) => issue.id); //=> ["cbi-stockouts"]
 * ```
 */
export function unaddressedIssues(frame: Frame): readonly CriticalIssue[] {
  const index = indexFrame(frame);
  return Object.freeze(frame.issues.filter((issue) => index.solutionsAddressing(issue.id).length === 0));
}
