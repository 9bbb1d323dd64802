/**
 * Deep-freezes plain data (objects and arrays) so returned snapshots cannot be changed by callers.
 * It descends into objects that are already frozen too: zod's `.readonly()` freezes each level as it
 * parses, and the values inside still need freezing.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return value;
}
