/** Validates plain BVF data (JSON, YAML, code) and returns the frozen graph with its warnings, or every problem found. */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { checkBvf } from "./checkBvf.js";
import { BvfValidationError } from "./errors.js";
import { validateBvf } from "./_internal/validate.js";
import type { BvfInput } from "./schema.js";
import type { Bvf } from "./types.js";

/** The result of {@link safeDefineBvf} (and of a builder's `safeBuild()`): a graph and its warnings, or the error, never a throw. */
export type SafeDefineBvfResult = SafeDefineResult<Bvf, BvfValidationError>;

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
  return orThrow(safeDefineBvf(data));
}

/**
 * Like {@link defineBvf} but returns `{ success: true, data, warnings }` or `{ success: false, error }`
 * instead of throwing; accepts unknown input. The warnings are {@link checkBvf}'s findings of severity
 * `error` and `warning` (a BVF that misses the method's points is still a valid graph).
 *
 * @param data - anything, typically parsed JSON
 * @returns `{ success: true, data, warnings }` with the frozen graph, or `{ success: false, error }` with a {@link BvfValidationError}
 *
 * @example
 * ```ts
 * const result = safeDefineBvf({ solutions: [{ id: "V1", name: "Scoring", serves: ["E1"] }] });
 * result.success; //=> false
 * ```
 */
export function safeDefineBvf(data: unknown): SafeDefineBvfResult {
  const result = validateBvf(data);
  if (!result.ok) return notDefined(new BvfValidationError(result.issues));
  const graph = result.graph;
  return defined(graph, () =>
    checkBvf(graph)
      .filter((finding) => finding.severity !== "info")
      // Findings never make a BVF invalid; the serious ones say so in their message.
      .map(({ severity, path, code, message }) => Object.freeze({ path, code, message: severity === "error" ? `the BVF misses its purpose: ${message}` : message })),
  );
}
