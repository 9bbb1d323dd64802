/** The one test of "a plain object with named fields" (not null, not an array) that validation shares. */

/** True when `value` is an object with named fields: not null and not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
