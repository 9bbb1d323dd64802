/** defineRealisation and safeDefineRealisation: validate what the customer measures after the sale into an immutable realisation, or every problem at once. */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { asOfIssues } from "../_internal/asOf.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { validateRealisation, type RealisationContext } from "./_internal/validate.js";
import { RealiseArgumentError, RealiseValidationError } from "./errors.js";
import type { Realisation } from "./schema.js";

/** Options of {@link defineRealisation}: what its links are checked against, and today. */
export type DefineRealisationOptions = RealisationContext;

/** The result of {@link safeDefineRealisation}. */
export type SafeDefineRealisationResult = SafeDefineResult<Realisation, RealiseValidationError>;

/**
 * Validates a realisation and returns it deep-frozen: the shape of every KPI and measurement; a target
 * that differs from the baseline in the KPI's direction; unique ids; the driver and line each KPI names
 * in the value case, its goal in the frame, its operational KPI in the BVF, who measures it in the
 * buying centre (each when given); measurements of known KPIs, in the KPI's unit, within the case's
 * horizon and not after `asOf`; and one measurement per KPI and date unless a later one is a
 * `correction` (both are kept). Every problem is listed at once, in the order of the input; the input is
 * never changed.
 *
 * @param input - the realisation as plain data, e.g. the `realisation` member of a value-case document
 * @param options - `valueCase`, `frame`, `bvf`, `centre`, `asOf`
 * @returns the frozen realisation
 * @throws {RealiseValidationError} (code `REALISE_INVALID`) listing every problem with its path
 * @throws {RealiseArgumentError} (code `REALISE_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * import { defineRealisation } from "valueframe/realise";
 * const realisation = defineRealisation({
 *   start: "2025-12-01",
 *   kpis: [{ id: "k-dso", name: "DSO", unit: "days", baseline: "62", target: "48", direction: "decrease", sets: { driver: "dsoReduction", as: "gain" }, line: "workingCapital" }],
 *   actuals: [{ kpi: "k-dso", date: "2026-05-31", value: "55", source: "ERP ageing report" }],
 * }, { valueCase, asOf: "2026-12-06" });
 * realisation.actuals[0].value.toString(); //=> "55"
 * ```
 */
export function defineRealisation(input: unknown, options?: DefineRealisationOptions): Realisation {
  return orThrow(safeDefineRealisation(input, options));
}

/**
 * Like {@link defineRealisation} but returns `{ success: true, data, warnings }` or `{ success: false,
 * error }` instead of throwing for bad input. A realisation has no warning rules: `warnings` is empty.
 *
 * @param input - anything, typically parsed JSON or YAML
 * @param options - `valueCase`, `frame`, `bvf`, `centre`, `asOf`
 * @returns the realisation, or the error listing every problem
 * @throws {RealiseArgumentError} for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const result = safeDefineRealisation({ start: "2025-12-01", kpis: [], actuals: [{ kpi: "k-dso", date: "2026-01-31", value: "sixty", source: "ERP" }] });
 * !result.success && result.error.issues.map((i) => i.code); //=> ["not_numeric"]
 * ```
 */
export function safeDefineRealisation(input: unknown, options?: DefineRealisationOptions): SafeDefineRealisationResult {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new RealiseArgumentError(bad, "defineRealisation options");
  const result = validateRealisation(input, options ?? {});
  if ("issues" in result) return notDefined(new RealiseValidationError(result.issues));
  return defined(result.realisation);
}
