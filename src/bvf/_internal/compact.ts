/** Drops `undefined` fields so optional properties are absent, not present-and-undefined. */

/** The type of `value` with every field that may be undefined made optional and defined. */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Returns a fresh object without the fields whose value is `undefined`. */
export function compact<T extends object>(value: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as Compact<T>;
}
