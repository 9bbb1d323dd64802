/**
 * Freezes a parsed frame completely. zod's `.readonly()` freezes each level as it parses, and a walk
 * that stops at frozen objects would then leave the Decimals inside unfrozen, so this one always descends.
 */
export function freezeParsed<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) freezeParsed((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
