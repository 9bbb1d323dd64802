/** Builds trace figures: a formula's words, its substituted values, its inputs with their provenance. */
import type { Decimal } from "../../numeric/decimal.js";
import type { Driver } from "../schema.js";
import type { Figure, TraceInput } from "../types.js";
import { displayValue } from "./display.js";
import { printExpr } from "./printExpr.js";
import type { CompiledFormula, Model } from "./model.js";
import { formatDims } from "./units.js";
import type { UnitInfo } from "./units.js";

/** Adds a figure to an evaluation's trace (by its id) and returns it. */
export type PutFigure = (figure: Figure) => Figure;

/** The unit string a figure shows: declared, else the inferred one, else none. */
export function unitText(declared: string | undefined, inferred: UnitInfo): string | undefined {
  if (declared !== undefined) return declared;
  return inferred.kind === "known" && inferred.dims.size > 0 ? formatDims(inferred.dims) : undefined;
}

/** Label, unit and trace id of a declared name. */
export function describeName(model: Model, name: string): { label: string; unit: string | undefined; ref: string; driver: Driver | undefined } {
  const driver = model.driverById.get(name);
  if (driver !== undefined) return { label: driver.label ?? name, unit: driver.unit, ref: `driver:${name}`, driver };
  const quantity = model.quantityById.get(name);
  return {
    label: quantity?.quantity.label ?? name,
    unit: quantity === undefined ? undefined : unitText(quantity.quantity.unit, quantity.unit),
    ref: `quantity:${name}`,
    driver: undefined,
  };
}

/** A figure without a formula: a driver's value with its provenance. */
export function driverFigure(driver: Driver, used: Decimal, note: string | undefined): Figure {
  return {
    id: `driver:${driver.id}`,
    label: driver.label ?? driver.id,
    formula: undefined,
    expression: undefined,
    substituted: undefined,
    value: used,
    unit: driver.unit,
    inputs: [],
    drivers: [driver.id],
    provenance: driver.provenance,
    note,
  };
}

/** A figure computed by a formula, with everything substituted from `env`. */
export function formulaFigure(
  model: Model,
  env: readonly Decimal[],
  id: string,
  label: string,
  formula: CompiledFormula,
  value: Decimal,
  unit: string | undefined,
  note?: string,
): Figure {
  const valueOf = (name: string): Decimal => env[model.slots.get(name) as number] as Decimal;
  const inputs: TraceInput[] = formula.uses.map((name) => {
    const info = describeName(model, name);
    return { ref: info.ref, name, label: info.label, value: valueOf(name), unit: info.unit, provenance: info.driver?.provenance };
  });
  const expression = printExpr(formula.expr, { math: true, symbol: (name) => describeName(model, name).label });
  const substituted = printExpr(formula.expr, {
    math: true,
    symbol: (name) => {
      const shown = displayValue(valueOf(name), describeName(model, name).unit);
      return valueOf(name).isNegative() && formula.expr.type !== "symbol" ? `(${shown})` : shown;
    },
  });
  return { id, label, formula: formula.text, expression, substituted, value, unit, inputs, drivers: formula.drivers, provenance: undefined, note };
}

/** A figure whose derivation is given as text (finance measures, totals). */
export function derivedFigure(
  id: string,
  label: string,
  expression: string,
  substituted: string,
  value: Decimal,
  unit: string | undefined,
  inputs: readonly TraceInput[],
  drivers: readonly string[],
  note?: string,
): Figure {
  return { id, label, formula: expression, expression, substituted, value, unit, inputs, drivers, provenance: undefined, note };
}
