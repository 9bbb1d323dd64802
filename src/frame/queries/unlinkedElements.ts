/** unlinkedElements: the elements where a chain stops because nothing below links to them. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { IssuePath } from "../../errors/ValueframeError.js";
import { indexFrame } from "../_internal/lookup.js";
import type { FrameElement } from "../elements.js";
import type { Frame } from "../frame.js";

/** An element that nothing links to from the next stage of the method. */
export type UnlinkedElement = FrameElement & {
  /** Where the element sits in the frame, e.g. `["successFactors", 2]`. */
  readonly path: IssuePath;
  /** Why it counts as unlinked. */
  readonly reason: string;
};

/**
 * Lists the elements at which the linkage chain stops, in frame order (goals, success factors,
 * solutions):
 *
 * - a goal that no success factor serves and no issue blocks (nothing traces down from it);
 * - a success factor that no issue hurts (no issue was derived from it);
 * - a solution that no value names (its value has not been presented).
 *
 * Issues that no solution addresses are listed by {@link unaddressedIssues}; a value always serves a goal.
 *
 * @param frame - a frame from {@link defineFrame}
 * @returns the unlinked elements, frozen; empty when every chain is complete
 *
 * @example
 * ```ts
 * import { defineFrame, unlinkedElements } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * unlinkedElements(frame).map((u) => `${u.kind} ${u.element.id}`); //=> ["successFactor csf-inventory-turnover", "solution sol-factoring"]
 * ```
 */
export function unlinkedElements(frame: Frame): readonly UnlinkedElement[] {
  const index = indexFrame(frame);
  const found: UnlinkedElement[] = [];
  frame.goals.forEach((element, i) => {
    if (index.successFactorsServing(element.id).length > 0 || index.issuesBlocking(element.id).length > 0) return;
    found.push({ kind: "goal", element, path: ["goals", i], reason: `no success factor serves goal "${element.id}" and no issue blocks it` });
  });
  frame.successFactors.forEach((element, i) => {
    if (index.issuesHurting(element.id).length > 0) return;
    found.push({ kind: "successFactor", element, path: ["successFactors", i], reason: `no issue hurts success factor "${element.id}"` });
  });
  frame.solutions.forEach((element, i) => {
    if (index.valuesFrom(element.id).length > 0) return;
    found.push({ kind: "solution", element, path: ["solutions", i], reason: `no value names solution "${element.id}"` });
  });
  return deepFreeze(found);
}
