/** Validates plain BVF data (JSON, YAML, code) and returns the frozen graph, or every problem found. */
import { BvfValidationError } from "./errors.js";
import { validateBvf } from "./_internal/validate.js";
import type { BvfInput } from "./schema.js";
import type { Bvf } from "./types.js";

/** The result of {@link safeDefineBvf} (and of a builder's `safeBuild()`): a graph or the error, never a throw. */
export type SafeBvfResult = { readonly success: true; readonly data: Bvf } | { readonly success: false; readonly error: BvfValidationError };

/**
 * Builds a BVF from plain data: validates shapes, ids, links and levels in one linear pass and returns a
 * deep-frozen graph whose figures are Decimals.
 *
 * @param data - the BVF as plain data ({@link BvfInput}); numbers may be numbers, decimal strings, bigints or Decimals
 * @returns the frozen graph
 * @throws {BvfValidationError} (code `BVF_INVALID`) listing every problem with its path: bad shapes,
 *   `duplicate_id`, `unknown_reference`, `wrong_level`, `pruned_reference`, `duplicate_link`, `cycle`
 *
 * @example
 * ```ts
 * const graph = defineBvf({
 *   executiveKpis: [{ id: "E1", name: "Operating cash flow", expectedImprovement: "20" }],
 *   intentions: [{ id: "I1", name: "Collect receivables faster", serves: [{ id: "E1", elasticity: "0.8" }] }],
 * });
 * graph.intentions[0].serves[0].elasticity.toString(); //=> "0.8"
 * ```
 */
export function defineBvf(data: BvfInput): Bvf {
  const result = safeDefineBvf(data);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link defineBvf} but returns `{ success, data | error }` instead of throwing; accepts unknown input.
 *
 * @param data - anything, typically parsed JSON
 * @returns `{ success: true, data }` with the frozen graph, or `{ success: false, error }` with a {@link BvfValidationError}
 *
 * @example
 * ```ts
 * const result = safeDefineBvf({ solutions: [{ id: "V1", name: "Scoring", serves: ["E1"] }] });
 * result.success; //=> false
 * ```
 */
export function safeDefineBvf(data: unknown): SafeBvfResult {
  const result = validateBvf(data);
  if (result.ok) return { success: true, data: result.graph };
  return { success: false, error: new BvfValidationError("BVF", result.issues) };
}
