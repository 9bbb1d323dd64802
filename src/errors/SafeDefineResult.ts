/**
 * The one result shape of every `safeDefineX`: the frozen model and its warnings, or the validation
 * error listing every problem. `defineX` is `safeDefineX` that throws the error instead.
 */
import type { ValueframeIssue, ValueframeValidationError } from "./ValueframeError.js";

/**
 * What `safeDefineFrame`, `safeDefineValueCase`, `safeDefineBvf`, `safeDefineValueDocument` (and every
 * model added later) return, like zod's `safeParse`: `{ success: true, data, warnings }` or
 * `{ success: false, error }`. Warnings are located problems that do not stop the model (an empty list
 * where the model has no warning rules).
 *
 * @example
 * ```ts
 * const result = safeDefineFrame(input);
 * if (result.success) use(result.data, result.warnings);
 * else report(result.error.issues);
 * ```
 */
export type SafeDefineResult<T, E extends ValueframeValidationError = ValueframeValidationError> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly ValueframeIssue[] }
  | { readonly success: false; readonly error: E };
