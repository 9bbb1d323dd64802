/** The define/safeDefine contract in one place: build results of the one shape, and throw from them. */
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue, ValueframeValidationError } from "../errors/ValueframeError.js";

const NO_WARNINGS: readonly ValueframeIssue[] = Object.freeze([]);

/** A frozen success carrying the model and its warnings. */
export function defined<T, E extends ValueframeValidationError>(data: T, warnings: readonly ValueframeIssue[] = NO_WARNINGS): SafeDefineResult<T, E> {
  return Object.freeze({ success: true as const, data, warnings: Object.isFrozen(warnings) ? warnings : Object.freeze([...warnings]) });
}

/** A frozen failure carrying the validation error. */
export function notDefined<T, E extends ValueframeValidationError>(error: E): SafeDefineResult<T, E> {
  return Object.freeze({ success: false as const, error });
}

/** `defineX` from `safeDefineX`: the model, or the error thrown. */
export function orThrow<T, E extends ValueframeValidationError>(result: SafeDefineResult<T, E>): T {
  if (!result.success) throw result.error;
  return result.data;
}
