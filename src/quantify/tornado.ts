/** One-at-a-time sensitivity of NPV to each uncertain driver (tornado data). */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Decimal } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import { QuantifyArgumentError } from "./errors.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import type { CaseOptions, Tornado, TornadoRow } from "./types.js";
import { caseNpv, compute } from "./_internal/compute.js";
import { swingOf } from "./_internal/distributions.js";
import { resolveSettings } from "./_internal/settings.js";


/** Options of {@link tornado}. */
export interface TornadoOptions extends CaseOptions {
  /** Which NPV to swing: probability-weighted (default) or unadjusted. */
  readonly measure?: "weighted" | "unadjusted";
  /** Drivers to swing (default: every driver with an uncertainty). */
  readonly swing?: readonly string[];
}

/**
 * Swings each uncertain driver to its low and high value, the others staying at their values (or the
 * scenario's), and ranks the drivers by how far NPV moves. Exact, in Decimal.
 *
 * @param valueCase - a defined case or case data
 * @param options - `measure`, `swing` (driver ids), and the shared `scenario` / `drivers` / `basis`
 * @returns the base NPV and rows ranked by swing
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` when a driver to swing is unknown or certain
 *
 * @example
 * ```ts
 * tornado(distributor).rows.map((row) => row.driver);
 * //=> ["dsoReduction", "otherUnitSize", "costOfFunds", "implementationCost", "runningCost"]
 * ```
 */
export function tornado(valueCase: ValueCase | ValueCaseInput, options?: TornadoOptions): Tornado {
  const model = modelOf(valueCase);
  const { settings } = resolveSettings(model, options, "tornado options");
  const weighted = (options?.measure ?? "weighted") === "weighted";
  const ids = options?.swing ?? model.drivers.filter((driver) => driver.uncertainty !== undefined).map((driver) => driver.id);
  const problems = ids.flatMap((id, i) => {
    const driver = model.driverById.get(id);
    if (driver === undefined) return [{ path: ["swing", i], code: "unknown_driver", message: `"${id}" is not a driver of the case` }];
    if (driver.uncertainty === undefined) return [{ path: ["swing", i], code: "no_range", message: `"${id}" has no uncertainty to swing over` }];
    return [];
  });
  if (problems.length > 0) throw new QuantifyArgumentError(problems, "tornado options");
  const npvWith = (id: string, value: Decimal): Decimal => {
    const drivers = new Map(settings.drivers);
    drivers.set(id, value);
    return caseNpv(compute(model, { ...settings, drivers }), weighted);
  };
  const rows = ids.map((id): TornadoRow => {
    const driver = model.driverById.get(id)!;
    const { low, high } = swingOf(driver)!;
    const npvAtLow = npvWith(id, low);
    const npvAtHigh = npvWith(id, high);
    return { driver: id, label: driver.label ?? id, low, high, npvAtLow, npvAtHigh, swing: npvAtHigh.minus(npvAtLow).abs() };
  });
  rows.sort((a, b) => b.swing.comparedTo(a.swing));
  return deepFreeze({ measure: weighted ? "weighted" : "unadjusted", baseNpv: caseNpv(compute(model, settings), weighted), rows });
}
