/** The errors the frame module throws, each with a stable `code`. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";
import { aKind } from "./_internal/labels.js";
import { type ElementKind, elementKindInfo } from "./elements.js";

/** The stable codes of frame errors. */
export const FRAME_ERROR_CODES = {
  /** The frame is not valid: shape and integrity (see `issues`). */
  invalid: "FRAME_INVALID",
  /** Arguments or options of a frame function are not valid (see `issues`). */
  invalidArgument: "FRAME_INVALID_ARGUMENT",
  /** A query names an id the frame does not hold. */
  unknownId: "FRAME_UNKNOWN_ID",
  /** A query names an element of another kind than it needs. */
  wrongKind: "FRAME_WRONG_KIND",
} as const;

/** One of {@link FRAME_ERROR_CODES}. */
export type FrameErrorCode = (typeof FRAME_ERROR_CODES)[keyof typeof FRAME_ERROR_CODES];

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
  constructor(issues: readonly ValueframeIssue[], subject = "frame") {
    super(FRAME_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown by a query given an id the frame does not hold (code `FRAME_UNKNOWN_ID`) or an id of
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
      actual === undefined ? FRAME_ERROR_CODES.unknownId : FRAME_ERROR_CODES.wrongKind,
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
 * problem by argument name (`["weights", "risk"]`). Code: `FRAME_INVALID_ARGUMENT`.
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
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(FRAME_ERROR_CODES.invalidArgument, issues, subject);
  }
}
