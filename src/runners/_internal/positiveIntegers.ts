/** The one check every runner's counts share: options that, when given, are positive integers. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";

/** A problem for each of `names` that is given and is not a positive integer, at its path. */
export function positiveIntegerIssues<T extends object>(options: T, names: readonly (keyof T & string)[]): ValueframeIssue[] {
  return names.flatMap((name) => {
    const value = options[name] as unknown;
    return value === undefined || (Number.isInteger(value) && (value as number) >= 1) ? [] : [{ path: [name], code: "invalid_value", message: `${name} must be a positive integer, not ${String(value)}` }];
  });
}
