/** Turns zod issues into valueframe issues: same path, a stable code, a message a person understands. */
import type * as z from "zod";
import type { ValueframeIssue } from "../errors/ValueframeError.js";

/**
 * Converts every zod issue (including those nested in unions) into {@link ValueframeIssue}s. A custom
 * check names its own stable code in `params.code` (e.g. `invalid_type` for a value that is not a number).
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ValueframeIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))],
    code: issue.code === "custom" && typeof issue.params?.["code"] === "string" ? issue.params["code"] : issue.code,
    message: issue.message,
  }));
}
