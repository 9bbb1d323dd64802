/**
 * The compiled model behind a value case: every formula parsed once, names resolved to slots,
 * quantities in dependency order (built by {@link buildModel}). Models are cached per defined (frozen)
 * case, so evaluation, sensitivity and simulation never parse again.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Driver, Quantity, ValueCase, ValueLine } from "../schema.js";
import type { DecimalFn } from "./compileDecimal.js";
import type { Expr } from "./formula.js";
import { isPercentUnit } from "./units.js";
import type { UnitInfo } from "./units.js";

/** A formula ready to run. */
export interface CompiledFormula {
  /** The text as written (or the number, for plain amounts). */
  readonly text: string;
  readonly expr: Expr;
  readonly fn: DecimalFn;
  /** Names used directly. */
  readonly uses: readonly string[];
  /** Drivers reached through every quantity used, in declaration order. */
  readonly drivers: readonly string[];
  readonly unit: UnitInfo;
}

export interface ModelQuantity {
  readonly quantity: Quantity;
  readonly slot: number;
  readonly formula: CompiledFormula;
  /** The unit the quantity has: declared, else inferred. */
  readonly unit: UnitInfo;
}

export interface ModelContribution {
  readonly linkIndex: number;
  readonly goalId: string;
  readonly formula: CompiledFormula;
}

export interface ModelLine {
  readonly line: ValueLine;
  readonly index: number;
  readonly amount: CompiledFormula;
  readonly factors: readonly CompiledFormula[];
  readonly contributions: readonly ModelContribution[];
  /** The solution this line serves, if any. */
  readonly solution: string | undefined;
  /** Every driver the line's amount and factors reach. */
  readonly drivers: readonly string[];
}

export interface Model {
  readonly valueCase: ValueCase;
  /** Slot of every driver and quantity (drivers first, in declaration order; then quantities in dependency order). */
  readonly slots: ReadonlyMap<string, number>;
  readonly drivers: readonly Driver[];
  readonly driverById: ReadonlyMap<string, Driver>;
  /** Quantities in dependency order. */
  readonly quantities: readonly ModelQuantity[];
  readonly quantityById: ReadonlyMap<string, ModelQuantity>;
  readonly lines: readonly ModelLine[];
  readonly slotCount: number;
}

const models = new WeakMap<object, Model>();

/** The cached model of a defined case, if any. */
export function cachedModel(valueCase: object): Model | undefined {
  return models.get(valueCase);
}

/** Remembers the model of a defined (frozen) case. */
export function rememberModel(valueCase: object, model: Model): void {
  models.set(valueCase, model);
}

/** The value a driver enters formulas with: as written, or ÷ 100 when its unit is "%". */
export function driverScale(driver: Driver): Decimal {
  return isPercentUnit(driver.unit) ? HUNDREDTH : ONE;
}

const ONE = new Dec(1);
const HUNDREDTH = new Dec("0.01");
