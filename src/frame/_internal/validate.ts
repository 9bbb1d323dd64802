/** Shape and integrity validation of a frame input, shared by defineFrame and safeDefineFrame. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { type Frame, frameSchema } from "../frame.js";
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { inInputOrder } from "../../_internal/inputOrder.js";
import { integrityIssues } from "./integrity.js";
import { frameErrorMap, frameIssuesFromZod } from "./messages.js";

/** Validates a frame input: the frozen frame, or every problem found. */
export function validateFrame(input: unknown): { readonly frame: Frame } | { readonly issues: readonly ValueframeIssue[] } {
  const parsed = frameSchema.safeParse(input, { error: frameErrorMap });
  // In input order; at one place, shape problems before integrity ones.
  const issues = inInputOrder([...(parsed.success ? [] : frameIssuesFromZod(parsed.error.issues)), ...integrityIssues(input)], input);
  if (parsed.success && issues.length === 0) return { frame: deepFreeze(parsed.data) };
  return { issues };
}
