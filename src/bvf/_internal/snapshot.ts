/** Copies caller input (plain objects and arrays, recursively) and freezes the copy, so later changes by the caller cannot reach a builder. */

/** A frozen copy of plain data; non-plain objects such as Decimals are kept as they are (they are immutable). */
export function snapshot<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(snapshot)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = snapshot(field);
    return Object.freeze(copy) as T;
  }
  return value;
}
