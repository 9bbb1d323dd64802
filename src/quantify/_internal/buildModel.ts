/**
 * Builds the model of a schema-valid value case, step by step, each step in its own file: names and
 * ids, declared units and driver ranges, parsing formulas, cycles and the computing order, compiling
 * quantities, then lines (with their timing), then the checks of alternatives and scenarios. Every
 * problem is collected, in that order.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { ValueCase } from "../schema.js";
import { checkAlternatives, checkLineTiming, checkScenarios, checkUncertainty } from "./caseChecks.js";
import { declareNames } from "./caseNames.js";
import { declaredUnit } from "./declaredUnits.js";
import { evaluationOrder } from "./evaluationOrder.js";
import { formulaCompiler, formulaParser } from "./formulas.js";
import { issueList } from "./issues.js";
import type { Model, ModelLine } from "./model.js";
import { compileLine } from "./modelLines.js";
import { compileQuantities } from "./modelQuantities.js";
import type { UnitInfo } from "./units.js";

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
