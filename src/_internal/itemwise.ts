/**
 * Reading a model's top-level lists item by item, so one malformed item hides no problem of another:
 * the buying centre and the pursuit validate this way and then check links across the items that parsed.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { fromZodIssues } from "./zodIssues.js";

/** A zod schema as far as item-wise reading needs it. */
interface ItemSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** Reads the lists and single members of `input`, pushing every problem to `issues`. */
export function itemwiseReader(input: Readonly<Record<string, unknown>>, issues: ValueframeIssue[]) {
  return {
    /** The array under `key` ([] when absent — a problem when `required`). */
    list(key: string, required: string | false = false): readonly unknown[] {
      const value = input[key];
      if (value === undefined) {
        if (required !== false) issues.push({ path: [key], code: "invalid_type", message: `required: expected an array of ${required}` });
        return [];
      }
      if (Array.isArray(value)) return value;
      issues.push({ path: [key], code: "invalid_type", message: "expected an array" });
      return [];
    },
    /** Each item parsed by `schema`: its data, or undefined with its problems recorded under `[key, index]`. */
    items<T>(items: readonly unknown[], key: string, schema: ItemSchema<T>): (T | undefined)[] {
      return items.map((item, index) => {
        const result = schema.safeParse(item);
        if (result.success) return result.data;
        issues.push(...fromZodIssues(result.error.issues as never, [key, index]));
        return undefined;
      });
    },
    /** The optional member `key` parsed by `schema`, or undefined (with its problems recorded). */
    member<T>(key: string, schema: ItemSchema<T>): T | undefined {
      if (input[key] === undefined) return undefined;
      const result = schema.safeParse(input[key]);
      if (result.success) return result.data;
      issues.push(...fromZodIssues(result.error.issues as never, [key]));
      return undefined;
    },
    /** A problem when `input` has keys other than `known`. */
    onlyKeys(known: ReadonlySet<string>): void {
      const extra = Object.keys(input).filter((key) => !known.has(key));
      if (extra.length > 0) issues.push({ path: [], code: "unrecognized_keys", message: `unrecognized key${extra.length > 1 ? "s" : ""}: ${extra.map((key) => `"${key}"`).join(", ")}` });
    },
  };
}
