/**
 * The compiled model behind a value case: every formula parsed once, names resolved to slots, cycles and
 * unit mismatches found, quantities put in dependency order. {@link buildModel} runs the steps, each in
 * its own file (names, formulas, order, quantities, lines, checks); models are cached per defined
 * (frozen) case, so evaluation, sensitivity and simulation never parse again.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Driver, Quantity, ValueCase, ValueLine } from "../schema.js";
import { checkAlternatives, checkLineTiming, checkScenarios, checkUncertainty } from "./caseChecks.js";
import { declareNames } from "./caseNames.js";
import type { DecimalFn } from "./compileDecimal.js";
import { declaredUnit } from "./declaredUnits.js";
import { evaluationOrder } from "./evaluationOrder.js";
import type { Expr } from "./formula.js";
import { formulaCompiler, formulaParser } from "./formulas.js";
import { issueList } from "./issues.js";
import { compileLine } from "./modelLines.js";
import { compileQuantities } from "./modelQuantities.js";
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

/** Checks names, formulas, cycles and units of a schema-valid case and compiles it; returns every problem found. */
export function buildModel(valueCase: ValueCase): { model: Model } | { issues: ValueframeIssue[] } {
  const { issues, add } = issueList();
  const names = declareNames(valueCase, add);
  const driverUnits = new Map<string, UnitInfo>();
  valueCase.drivers.forEach((driver, i) => {
    driverUnits.set(driver.id, declaredUnit(driver.unit, ["drivers", i, "unit"], add));
    checkUncertainty(driver, ["drivers", i], add);
  });

  const parser = formulaParser(names.declared, add);
  const quantities = valueCase.quantities ?? [];
  const quantityExprs = quantities.map((quantity, i) => parser.parse(quantity.formula, ["quantities", i, "formula"]));
  const order = evaluationOrder(valueCase, quantityExprs, add);
  const compiler = formulaCompiler(valueCase.drivers, order.slots, driverUnits, add);
  const modelQuantities = compileQuantities(quantities, quantityExprs, order, compiler, add);
  const modelLines: ModelLine[] = [];
  valueCase.lines.forEach((line, i) => {
    checkLineTiming(line, valueCase.horizon, ["lines", i], add);
    const compiled = compileLine(line, i, valueCase, parser, compiler, add);
    if (compiled !== undefined) modelLines.push(compiled);
  });

  const driverById = new Map(valueCase.drivers.map((driver) => [driver.id, driver] as const));
  checkAlternatives(valueCase, add);
  checkScenarios(valueCase, driverById, names.lineIds, add);

  if (issues.length > 0) return { issues };
  return {
    model: {
      valueCase,
      slots: order.slots,
      drivers: valueCase.drivers,
      driverById,
      quantities: modelQuantities,
      quantityById: new Map(modelQuantities.map((q) => [q.quantity.id, q] as const)),
      lines: modelLines,
      slotCount: order.slots.size,
    },
  };
}

/** The value a driver enters formulas with: as written, or ÷ 100 when its unit is "%". */
export function driverScale(driver: Driver): Decimal {
  return isPercentUnit(driver.unit) ? HUNDREDTH : ONE;
}

const ONE = new Dec(1);
const HUNDREDTH = new Dec("0.01");
