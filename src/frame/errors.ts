/** The errors the frame module throws, each with a stable `code`. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";
import { aKind } from "./_internal/labels.js";
import { type ElementKind, elementKindInfo } from "./elements.js";

/**
 * Thrown by {@link defineFrame} when the input is not a valid frame. `issues` lists every problem found,
 * shape and integrity alike, each with its `path`, `code` and message. Code: `FRAME_INVALID`.
 *
 * @example
 * ```ts
 * try { defineFrame({ customer: { name: "ACME" }, currency: "cny" }); }
 * catch (error) { if (error instanceof FrameValidationError) error.issues[0].path; } //=> ["currency"]
 * ```
 */
export class FrameValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[]) {
    super("FRAME_INVALID", "frame", issues);
  }
}

/**
 * Thrown by a query given an id the frame does not hold (code `FRAME_UNKNOWN_ELEMENT`) or an id of
 * another kind of element (code `FRAME_WRONG_KIND`).
 *
 * @example
 * ```ts
 * try {
 *   solutionChain(frame, "sol-nope");
 * } catch (error) {
 *   if (error instanceof FrameLookupError) error.message; //=> 'valueframe: the frame has no solution "sol-nope"'
 * }
 * ```
 */
export class FrameLookupError extends ValueframeError {
  /** The id looked up. */
  readonly id: string;
  /** The kind of element the query needed. */
  readonly expected: ElementKind;

  constructor(id: string, expected: ElementKind, actual?: ElementKind) {
    const label = elementKindInfo[expected].label;
    super(
      actual === undefined ? "FRAME_UNKNOWN_ELEMENT" : "FRAME_WRONG_KIND",
      actual === undefined
        ? `the frame has no ${label} "${id}"`
        : `"${id}" is ${aKind(actual)}, not ${aKind(expected)}`,
    );
    this.id = id;
    this.expected = expected;
  }
}

/**
 * Thrown by a query given invalid arguments, e.g. negative solution weights. `issues` locates each
 * problem by argument name (`["weights", "risk"]`). Code: `FRAME_ARGUMENT_INVALID`.
 *
 * @example
 * ```ts
 * try {
 *   scoreSolution(frame.solutions[0], { risk: -1 });
 * } catch (error) {
 *   if (error instanceof FrameArgumentError) error.issues[0]?.message; //=> "must be at least 0, got -1"
 * }
 * ```
 */
export class FrameArgumentError extends ValueframeValidationError {
  constructor(subject: string, issues: readonly ValueframeIssue[]) {
    super("FRAME_ARGUMENT_INVALID", subject, issues);
  }
}
