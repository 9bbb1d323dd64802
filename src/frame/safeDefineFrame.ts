/** safeDefineFrame: defineFrame that returns success or failure instead of throwing, with the warnings. */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { validateFrame } from "./_internal/validate.js";
import { FrameValidationError } from "./errors.js";
import type { Frame } from "./frame.js";
import { frameWarnings } from "./frameWarnings.js";

/** The result of {@link safeDefineFrame}. */
export type SafeDefineFrameResult =
  | { readonly success: true; readonly data: Frame; readonly warnings: readonly ValueframeIssue[] }
  | { readonly success: false; readonly error: FrameValidationError };

/**
 * Validates a reference frame like {@link defineFrame} but never throws for bad input: it returns
 * `{ success: true, data, warnings }` or `{ success: false, error }`, like zod's `safeParse`.
 *
 * @param input - the frame as plain data
 * @returns the frame and its {@link frameWarnings}, or the {@link FrameValidationError} listing every problem
 *
 * @example
 * ```ts
 * import { safeDefineFrame } from "valueframe";
 * const result = safeDefineFrame({ customer: { name: "ACME" }, currency: "CNY", goals: [{
 *   id: "g-dso", name: "Cut DSO", perspective: "financial", metric: "DSO", unit: "days",
 *   baseline: 62, target: 70, direction: "decrease", deadline: "2026-12-31" }] });
 * result.success && result.warnings.map((w) => w.code); //=> ["target_wrong_direction"]
 *
 * const bad = safeDefineFrame({ customer: {}, currency: "CNY" });
 * !bad.success && bad.error.issues.map((i) => i.path); //=> [["customer", "name"]]
 * ```
 */
export function safeDefineFrame(input: unknown): SafeDefineFrameResult {
  const result = validateFrame(input);
  if ("issues" in result) return Object.freeze({ success: false, error: new FrameValidationError(result.issues) });
  const frame = result.frame;
  return Object.freeze({ success: true, data: frame, warnings: frameWarnings(frame) });
}
