/** The errors valueframe/bvf throws: invalid input (every problem, located) and unknown node ids. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/**
 * Thrown when a BVF (or the options of a BVF function) is invalid; `issues` lists every problem with its
 * path, e.g. `intentions[2].serves[0]` → `wrong_level`. Code `BVF_INVALID`.
 *
 * @example
 * ```ts
 * try { defineBvf({ intentions: [{ id: "I1", name: "Collect faster", serves: ["X"] }] }); }
 * catch (error) { if (error instanceof BvfValidationError) error.issues[0]?.code; } //=> "unknown_reference"
 * ```
 */
export class BvfValidationError extends ValueframeValidationError {
  constructor(subject: string, issues: readonly ValueframeIssue[]) {
    super("BVF_INVALID", subject, issues);
  }
}

/**
 * Thrown when a query names a node the BVF does not hold (or one of the wrong kind). Code `BVF_UNKNOWN_NODE`.
 *
 * @example
 * ```ts
 * pathsUp(graph, "nope"); // throws BvfUnknownNodeError: valueframe: the BVF has no node "nope"
 * ```
 */
export class BvfUnknownNodeError extends ValueframeError {
  /** The id that was asked for. */
  readonly nodeId: string;

  constructor(nodeId: string, message: string) {
    super("BVF_UNKNOWN_NODE", message);
    this.nodeId = nodeId;
  }
}
