/** Shape and integrity validation of a frame input, shared by defineFrame and safeDefineFrame. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { type Frame, frameSchema } from "../frame.js";
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { integrityIssues } from "./integrity.js";
import { frameErrorMap, frameIssuesFromZod } from "./messages.js";

const sectionOrder = ["customer", "currency", "goals", "successFactors", "issues", "solutions", "values"];

/** Orders issues by frame section, then element; within one element, shape problems come first. */
function byPlace(a: ValueframeIssue, b: ValueframeIssue): number {
  const section = (issue: ValueframeIssue) => (typeof issue.path[0] === "string" ? sectionOrder.indexOf(issue.path[0]) : -1);
  const element = (issue: ValueframeIssue) => (typeof issue.path[1] === "number" ? issue.path[1] : -1);
  return section(a) - section(b) || element(a) - element(b);
}

/** Validates a frame input: the frozen frame, or every problem found. */
export function validateFrame(input: unknown): { readonly frame: Frame } | { readonly issues: readonly ValueframeIssue[] } {
  const parsed = frameSchema.safeParse(input, { error: frameErrorMap });
  const issues = [...(parsed.success ? [] : frameIssuesFromZod(parsed.error.issues)), ...integrityIssues(input)].sort(byPlace);
  if (parsed.success && issues.length === 0) return { frame: deepFreeze(parsed.data) };
  return { issues };
}
