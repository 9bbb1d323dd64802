/** Quantify's issue lists: zod issues converted keeping the specific codes of custom checks, and a list to add issues to. */
import type * as z from "zod";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
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

/** Reports one problem at a path. */
export type AddIssue = (path: IssuePath, code: string, message: string) => void;

/** An empty list of issues and the function that adds to it. */
export function issueList(): { readonly issues: ValueframeIssue[]; readonly add: AddIssue } {
  const issues: ValueframeIssue[] = [];
  const add: AddIssue = (path, code, message) => {
    issues.push({ path: [...path], code, message });
  };
  return { issues, add };
}
