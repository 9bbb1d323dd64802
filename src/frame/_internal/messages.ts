/** Turns zod issues from frame parsing into valueframe issues with messages a person can act on. */
import type * as z from "zod";
import { fromZodIssues } from "../../_internal/zodIssues.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";

/** Shows a value in a message: strings quoted, objects named by their type. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

const typeNames: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  array: "an array",
  object: "an object",
  boolean: "true or false",
};

/** zod error map for frame parsing; returns undefined to keep zod's message where ours adds nothing. */
export const frameErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `required: expected ${expected}`;
      return `expected ${expected}, got ${show(issue.input)}`;
    }
    case "invalid_value":
      if (issue.input === undefined) return `required: expected ${issue.values.map(show).join(" or ")}`;
      return issue.values.length === 1
        ? `expected ${show(issue.values[0])}, got ${show(issue.input)}`
        : `${show(issue.input)} is not one of ${issue.values.map(show).join(", ")}`;
    case "unrecognized_keys": {
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(", ");
      return `unknown ${issue.keys.length === 1 ? "key" : "keys"} ${keys} (a misspelt key would silently lose data, so unknown keys are rejected)`;
    }
    case "invalid_format":
      return issue.format === "date" ? `${show(issue.input)} is not an ISO date (YYYY-MM-DD)` : undefined;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array") return `must list at least ${String(issue.minimum)}`;
      return `must be at least ${String(issue.minimum)}, got ${show(issue.input)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}, got ${show(issue.input)}`;
    case "invalid_union":
      if (issue.discriminator === undefined || !("options" in issue) || !Array.isArray(issue.options)) return undefined;
    {
      const options = (issue.options as readonly unknown[]).map(show);
      const given = issue.input !== null && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
      return given === undefined ? `required: expected ${options.join(" or ")}` : `${show(given)} is not one of ${options.join(", ")}`;
    }
    default:
      return undefined;
  }
};

/**
 * Converts zod issues into valueframe issues. Custom checks carry their code in `params.code`; an unknown
 * discriminator (e.g. a value's `kind`) is reported like any other unknown enum value, as `invalid_value`.
 */
export function frameIssuesFromZod(issues: readonly z.core.$ZodIssue[]): ValueframeIssue[] {
  const converted = fromZodIssues(issues);
  return converted.map((issue, index) => {
    const source = issues[index];
    if (source?.code === "custom" && typeof source.params?.["code"] === "string") {
      return { ...issue, code: source.params["code"] };
    }
    if (source?.code === "invalid_union" && source.discriminator !== undefined) return { ...issue, code: "invalid_value" };
    return issue;
  });
}
