/**
 * Compiles a value case's quantities in dependency order: each formula against the units and drivers of
 * what it uses, its declared unit held against the unit the formula gives.
 */
import type { Quantity } from "../schema.js";
import { contradicts, declaredUnit } from "./declaredUnits.js";
import type { EvaluationOrder } from "./evaluationOrder.js";
import type { Expr } from "./formula.js";
import type { FormulaCompiler } from "./formulas.js";
import type { AddIssue } from "./issues.js";
import type { ModelQuantity } from "./model.js";
import { DIMENSIONLESS, describeUnit } from "./units.js";

/**
 * The compiled quantities, in `order`. A quantity whose formula did not parse, or every quantity when
 * formulas form a cycle, is only defined with its declared unit (the case has issues and no model).
 */
export function compileQuantities(
  quantities: readonly Quantity[],
  exprs: readonly (Expr | undefined)[],
  { order, cyclic }: EvaluationOrder,
  compiler: FormulaCompiler,
  add: AddIssue,
): ModelQuantity[] {
  const compiled: ModelQuantity[] = [];
  for (const i of order) {
    const quantity = quantities[i] as Quantity;
    const expr = exprs[i];
    const declaredAs = declaredUnit(quantity.unit, ["quantities", i, "unit"], add);
    if (expr === undefined || cyclic) {
      compiler.define(quantity.id, declaredAs);
      continue;
    }
    const formula = compiler.compile(expr, quantity.formula, ["quantities", i, "formula"]);
    if (contradicts(declaredAs, formula.unit)) {
      add(["quantities", i, "formula"], "unit_mismatch",
        `"${quantity.id}" is declared in ${quantity.unit ?? ""} but its formula "${quantity.formula}" gives ${describeUnit(formula.unit)}`);
    }
    const unit = declaredAs.kind === "known" ? declaredAs : formula.unit.kind === "literal" ? DIMENSIONLESS : formula.unit;
    compiler.define(quantity.id, unit, formula.drivers);
    compiled.push({ quantity, slot: compiler.slotOf(quantity.id), formula, unit });
  }
  return compiled;
}
