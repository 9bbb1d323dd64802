/** findElement: look an element up by id, whatever its kind. */
import { indexFrame } from "../_internal/lookup.js";
import type { FrameElement } from "../elements.js";
import type { Frame } from "../frame.js";

/**
 * Finds the element with this id and says what kind it is.
 *
 * @param frame - a frame from {@link defineFrame}
 * @param id - any element id
 * @returns `{ kind, element }`, or `undefined` when the frame has no such id
 *
 * @example
 * ```ts
 * import { defineFrame, findElement } from "valueframe";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * findElement(frame, "cbi-dso")?.kind; //=> "issue"
 * findElement(frame, "nope"); //=> undefined
 * ```
 */
export function findElement(frame: Frame, id: string): FrameElement | undefined {
  return indexFrame(frame).byId.get(id);
}
