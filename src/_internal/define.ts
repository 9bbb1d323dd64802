/** The define/safeDefine contract in one place: build results of the one shape, and throw from them. */
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue, ValueframeValidationError } from "../errors/ValueframeError.js";

const NO_WARNINGS: readonly ValueframeIssue[] = Object.freeze([]);

const frozenList = (list: readonly ValueframeIssue[]): readonly ValueframeIssue[] => (Object.isFrozen(list) ? list : Object.freeze([...list]));

/**
 * A frozen success carrying the model and its warnings. Warnings given as a function are found on first
 * read of `warnings`, once: `defineX`, which never reads them, does not pay for the checks.
 */
export function defined<T, E extends ValueframeValidationError>(
  data: T,
  warnings: readonly ValueframeIssue[] | (() => readonly ValueframeIssue[]) = NO_WARNINGS,
): SafeDefineResult<T, E> {
  if (typeof warnings !== "function") return Object.freeze({ success: true as const, data, warnings: frozenList(warnings) });
  let found: readonly ValueframeIssue[] | undefined;
  const result = Object.defineProperty({ success: true as const, data }, "warnings", { enumerable: true, get: () => (found ??= frozenList(warnings())) });
  return Object.freeze(result) as SafeDefineResult<T, E>;
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
