/** zod issues → valueframe issues, keeping the specific codes quantify's schemas attach to custom checks. */
import type * as z from "zod";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { fromZodIssues } from "../../_internal/zodIssues.js";

/** Converts zod issues; a custom issue carrying `params.code` keeps that code (e.g. `not_numeric`). */
export function zodToIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ValueframeIssue[] {
  const converted = fromZodIssues(issues, prefix);
  return converted.map((issue, i) => {
    const source = issues[i];
    const code = source?.code === "custom" ? (source.params as { code?: unknown } | undefined)?.code : undefined;
    return typeof code === "string" ? { ...issue, code } : issue;
  });
}
