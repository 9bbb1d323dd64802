/** The errors valueframe/bvf throws: invalid input and arguments (every problem, located) and unknown node ids. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of BVF errors. */
export const BVF_ERROR_CODES = {
  /** The BVF is not valid: shapes, ids, links, levels (see `issues`). */
  invalid: "BVF_INVALID",
  /** Arguments or options of a BVF function are not valid (see `issues`). */
  invalidArgument: "BVF_INVALID_ARGUMENT",
  /** A query names a node the BVF does not hold, or one of another level. */
  unknownId: "BVF_UNKNOWN_ID",
} as const;

/** One of {@link BVF_ERROR_CODES}. */
export type BvfErrorCode = (typeof BVF_ERROR_CODES)[keyof typeof BVF_ERROR_CODES];

/**
 * Thrown when a BVF is invalid (or a frame made from it would be); `issues` lists every problem with its
 * path, e.g. `intentions[2].serves[0]` → `wrong_level`. Code `BVF_INVALID`.
 *
 * @example
 * ```ts
 * try { defineBvf({ intentions: [{ id: "I1", name: "Collect faster", serves: ["X"] }] }); }
 * catch (error) { if (error instanceof BvfValidationError) error.issues[0]?.code; } //=> "unknown_reference"
 * ```
 */
export class BvfValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "BVF") {
    super(BVF_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when the arguments or options of a BVF function are invalid, listing every problem with its path.
 * Code `BVF_INVALID_ARGUMENT`.
 * @example
 * ```ts
 * try { rollUp(graph, { improvements: { O1: "fast" } }); }
 * catch (error) { if (error instanceof BvfArgumentError) error.issues[0]?.path; } //=> ["improvements", "O1"]
 * ```
 */
export class BvfArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(BVF_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown when a query names a node the BVF does not hold (or one of the wrong kind). Code `BVF_UNKNOWN_ID`.
 *
 * @example
 * ```ts
 * pathsUp(graph, "nope"); // throws BvfLookupError: valueframe: the BVF has no node "nope"
 * ```
 */
export class BvfLookupError extends ValueframeError {
  /** The id that was asked for. */
  readonly nodeId: string;

  constructor(nodeId: string, message: string) {
    super(BVF_ERROR_CODES.unknownId, message);
    this.nodeId = nodeId;
  }
}
