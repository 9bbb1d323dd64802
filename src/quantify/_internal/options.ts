/**
 * Validates a function's own options (a zod schema) together with the shared case options (scenario,
 * drivers), so one error lists every problem of both.
 */
import type * as z from "zod";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { QuantifyArgumentError } from "../errors.js";
import type { CaseOptions } from "../types.js";
import { zodToIssues } from "./issues.js";
import type { Model } from "./model.js";
import { resolveSettings } from "./settings.js";
import type { ResolvedSettings } from "./settings.js";

/** Parses `options` with `schema` and resolves its `scenario` and `drivers`; throws {@link QuantifyArgumentError} listing every problem. */
export function parseOptions<S extends z.ZodType>(
  model: Model,
  options: (Omit<CaseOptions, "basis"> & object) | undefined,
  schema: S,
  subject: string,
): { data: z.output<S>; resolved: ResolvedSettings } {
  const issues: ValueframeIssue[] = [];
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) issues.push(...zodToIssues(parsed.error.issues));
  let resolved: ResolvedSettings | undefined;
  try {
    const shared = {
      ...(options?.scenario === undefined ? {} : { scenario: options.scenario }),
      ...(options?.drivers === undefined ? {} : { drivers: options.drivers }),
      ...(options?.excludeLines === undefined ? {} : { excludeLines: options.excludeLines }),
    };
    resolved = resolveSettings(model, shared, subject);
  } catch (error) {
    if (!(error instanceof QuantifyArgumentError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || resolved === undefined || !parsed.success) throw new QuantifyArgumentError(issues, subject);
  return { data: parsed.data, resolved };
}
