/**
 * A value case's formulas from text to compiled functions: each is parsed once against the declared
 * names ("did you mean" for an unknown one), then compiled to read its inputs from slots, with the unit
 * it gives and every driver it reaches.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { Decimal } from "../../numeric/decimal.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import type { Driver } from "../schema.js";
import { inferUnit } from "./checkUnits.js";
import { compileDecimal } from "./compileDecimal.js";
import { constantExpr, parseFormula, symbolsOf } from "./formula.js";
import type { Expr } from "./formula.js";
import type { AddIssue } from "./issues.js";
import type { CompiledFormula } from "./model.js";
import { UNKNOWN } from "./units.js";
import type { UnitInfo } from "./units.js";

/** Parses formulas, reporting syntax problems and unknown names. */
export interface FormulaParser {
  /** The formula's expression, or undefined when it has problems (each reported at `path`). */
  parse(text: string, path: IssuePath): Expr | undefined;
  /** A line amount or extension factor: a formula, or a plain number taken as a constant. */
  amount(value: string | Decimal, path: IssuePath): { expr: Expr; text: string } | undefined;
}

/** Compiles parsed formulas; quantities are defined as they are compiled, in dependency order. */
export interface FormulaCompiler {
  /** The formula ready to run; unit mismatches inside it are reported at `path`, and its evaluation errors name it. */
  compile(expr: Expr, text: string, path: IssuePath): CompiledFormula;
  /** The drivers these names reach, directly or through defined quantities, in declaration order. */
  driversOf(uses: readonly string[]): string[];
  slotOf(name: string): number;
  /** Records a quantity's unit, and the drivers it reaches once its formula is compiled. */
  define(id: string, unit: UnitInfo, drivers?: readonly string[]): void;
}

export function formulaParser(declared: ReadonlyMap<string, unknown>, add: AddIssue): FormulaParser {
  const parse = (text: string, path: IssuePath): Expr | undefined => {
    const parsed = parseFormula(text);
    if ("problems" in parsed) {
      for (const problem of parsed.problems) add(path, problem.code, problem.message);
      return undefined;
    }
    const unknown = symbolsOf(parsed.expr).filter((name) => !declared.has(name));
    for (const name of unknown) add(path, "unknown_name", `unknown name "${name}" in "${text}"${didYouMeanSuffix(name, declared.keys())}`);
    return unknown.length > 0 ? undefined : parsed.expr;
  };
  const amount = (value: string | Decimal, path: IssuePath): { expr: Expr; text: string } | undefined => {
    if (typeof value !== "string") return { expr: constantExpr(value), text: value.toString() };
    const expr = parse(value, path);
    return expr === undefined ? undefined : { expr, text: value };
  };
  return { parse, amount };
}

/** A compiler over these slots, starting from the drivers' declared units. */
export function formulaCompiler(
  drivers: readonly Driver[],
  slots: ReadonlyMap<string, number>,
  driverUnits: ReadonlyMap<string, UnitInfo>,
  add: AddIssue,
): FormulaCompiler {
  const units = new Map<string, UnitInfo>(driverUnits);
  const driverClosure = new Map<string, readonly string[]>();
  for (const driver of drivers) driverClosure.set(driver.id, [driver.id]);
  const slotOf = (name: string): number => slots.get(name) as number;
  const driversOf = (uses: readonly string[]): string[] => {
    const found = new Set<string>();
    for (const name of uses) for (const id of driverClosure.get(name) ?? []) found.add(id);
    return drivers.map((driver) => driver.id).filter((id) => found.has(id));
  };
  const compile = (expr: Expr, text: string, path: IssuePath): CompiledFormula => {
    const problems: string[] = [];
    const unit = inferUnit(expr, (name) => units.get(name) ?? UNKNOWN, problems);
    for (const message of problems) add(path, "unit_mismatch", message);
    const uses = symbolsOf(expr);
    return { text, expr, fn: compileDecimal(expr, slotOf, { path, text }), uses, drivers: driversOf(uses), unit };
  };
  const define = (id: string, unit: UnitInfo, reached?: readonly string[]): void => {
    units.set(id, unit);
    if (reached !== undefined) driverClosure.set(id, reached);
  };
  return { compile, driversOf, slotOf, define };
}
