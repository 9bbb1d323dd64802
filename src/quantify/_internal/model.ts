/**
 * Builds the compiled model behind a value case: every formula parsed once, names resolved to slots,
 * cycles and unit mismatches found, quantities put in dependency order. Models are cached per defined
 * (frozen) case, so evaluation, sensitivity and simulation never parse again.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec } from "../../numeric/decimal.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Driver, Quantity, ValueCase, ValueLine } from "../schema.js";
import { inferUnit } from "./checkUnits.js";
import { compileDecimal } from "./compileDecimal.js";
import type { DecimalFn } from "./compileDecimal.js";
import { RESERVED_NAMES, constantExpr, parseFormula, symbolsOf } from "./formula.js";
import type { Expr } from "./formula.js";
import { DIMENSIONLESS, UNKNOWN, describeUnit, formatDims, isDimensionless, isPercentUnit, parseUnit, sameDims } from "./units.js";
import type { Dims, UnitInfo } from "./units.js";

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

type Issue = ValueframeIssue;
type Path = readonly (string | number)[];

/** Checks names, formulas, cycles and units of a schema-valid case and compiles it; returns every problem found. */
export function buildModel(valueCase: ValueCase): { model: Model } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const add = (path: Path, code: string, message: string): void => {
    issues.push({ path: [...path], code, message });
  };

  // Names: drivers and quantities share one namespace.
  const declared = new Map<string, Path>();
  const declare = (id: string, path: Path): void => {
    const earlier = declared.get(id);
    if (earlier !== undefined) add(path, "duplicate_id", `"${id}" is already declared at ${earlier.join(".")}`);
    else if (RESERVED_NAMES.has(id)) add(path, "reserved_name", `"${id}" is a reserved word or function name in formulas`);
    else declared.set(id, path);
  };
  valueCase.drivers.forEach((driver, i) => declare(driver.id, ["drivers", i, "id"]));
  const quantities = valueCase.quantities ?? [];
  quantities.forEach((quantity, i) => declare(quantity.id, ["quantities", i, "id"]));
  const lineIds = new Set<string>();
  valueCase.lines.forEach((line, i) => {
    if (lineIds.has(line.id)) add(["lines", i, "id"], "duplicate_id", `line "${line.id}" is declared twice`);
    lineIds.add(line.id);
  });

  const driverById = new Map(valueCase.drivers.map((driver) => [driver.id, driver] as const));
  const quantityIndex = new Map(quantities.map((quantity, i) => [quantity.id, i] as const));

  // Declared units.
  const declaredUnit = (text: string | undefined, path: Path): UnitInfo => {
    if (text === undefined) return UNKNOWN;
    if (isPercentUnit(text)) return DIMENSIONLESS;
    const dims = parseUnit(text);
    if (typeof dims === "string") {
      add(path, "invalid_unit", dims);
      return UNKNOWN;
    }
    return { kind: "known", dims };
  };
  const driverUnits = new Map<string, UnitInfo>();
  valueCase.drivers.forEach((driver, i) => {
    driverUnits.set(driver.id, declaredUnit(driver.unit, ["drivers", i, "unit"]));
    checkUncertainty(driver, ["drivers", i], add);
  });

  // Parse every formula once.
  const parse = (text: string, path: Path): Expr | undefined => {
    const parsed = parseFormula(text);
    if ("problems" in parsed) {
      for (const problem of parsed.problems) add(path, problem.code, problem.message);
      return undefined;
    }
    const unknown = symbolsOf(parsed.expr).filter((name) => !declared.has(name));
    for (const name of unknown) add(path, "unknown_name", `unknown name "${name}" in "${text}"${didYouMeanSuffix(name, declared.keys())}`);
    return unknown.length > 0 ? undefined : parsed.expr;
  };
  const amountExpr = (value: string | Decimal, path: Path): { expr: Expr; text: string } | undefined => {
    if (typeof value !== "string") return { expr: constantExpr(value), text: value.toString() };
    const expr = parse(value, path);
    return expr === undefined ? undefined : { expr, text: value };
  };

  const quantityExprs = quantities.map((quantity, i) => parse(quantity.formula, ["quantities", i, "formula"]));

  // Cycles among quantities, and a dependency order.
  const order: number[] = [];
  const state = new Map<number, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (i: number, stack: number[]): void => {
    const seen = state.get(i);
    if (seen === "done") return;
    if (seen === "visiting") {
      const cycle = stack.slice(stack.indexOf(i)).concat(i).map((k) => quantities[k]?.id ?? "?");
      const key = [...cycle.slice(0, -1)].sort().join(" ");
      if (!reported.has(key)) {
        reported.add(key);
        add(["quantities", i, "formula"], "formula_cycle", `formulas depend on each other in a cycle: ${cycle.join(" → ")}`);
      }
      return;
    }
    state.set(i, "visiting");
    const expr = quantityExprs[i];
    if (expr !== undefined) {
      for (const name of symbolsOf(expr)) {
        const k = quantityIndex.get(name);
        if (k !== undefined) visit(k, [...stack, i]);
      }
    }
    state.set(i, "done");
    order.push(i);
  };
  quantities.forEach((_, i) => visit(i, []));

  // Slots: drivers, then quantities in dependency order.
  const slots = new Map<string, number>();
  valueCase.drivers.forEach((driver) => {
    if (!slots.has(driver.id)) slots.set(driver.id, slots.size);
  });
  for (const i of order) {
    const quantity = quantities[i] as Quantity;
    if (!slots.has(quantity.id)) slots.set(quantity.id, slots.size);
  }
  const slotOf = (name: string): number => slots.get(name) as number;

  const units = new Map<string, UnitInfo>(driverUnits);
  const driverClosure = new Map<string, readonly string[]>();
  for (const driver of valueCase.drivers) driverClosure.set(driver.id, [driver.id]);
  const driversOf = (uses: readonly string[]): string[] => {
    const found = new Set<string>();
    for (const name of uses) for (const id of driverClosure.get(name) ?? []) found.add(id);
    return valueCase.drivers.map((driver) => driver.id).filter((id) => found.has(id));
  };
  const compile = (expr: Expr, text: string, path: Path): CompiledFormula => {
    const problems: string[] = [];
    const unit = inferUnit(expr, (name) => units.get(name) ?? UNKNOWN, problems);
    for (const message of problems) add(path, "unit_mismatch", message);
    const uses = symbolsOf(expr);
    return { text, expr, fn: compileDecimal(expr, slotOf), uses, drivers: driversOf(uses), unit };
  };

  const modelQuantities: ModelQuantity[] = [];
  const cyclic = issues.some((issue) => issue.code === "formula_cycle");
  for (const i of order) {
    const quantity = quantities[i] as Quantity;
    const expr = quantityExprs[i];
    const declaredAs = declaredUnit(quantity.unit, ["quantities", i, "unit"]);
    if (expr === undefined || cyclic) {
      units.set(quantity.id, declaredAs);
      continue;
    }
    const formula = compile(expr, quantity.formula, ["quantities", i, "formula"]);
    if (declaredAs.kind === "known" && formula.unit.kind === "known" && !sameDims(declaredAs.dims, formula.unit.dims)) {
      add(["quantities", i, "formula"], "unit_mismatch",
        `"${quantity.id}" is declared in ${quantity.unit ?? ""} but its formula "${quantity.formula}" gives ${describeUnit(formula.unit)}`);
    }
    const unit = declaredAs.kind === "known" ? declaredAs : formula.unit.kind === "literal" ? DIMENSIONLESS : formula.unit;
    units.set(quantity.id, unit);
    driverClosure.set(quantity.id, formula.drivers);
    modelQuantities.push({ quantity, slot: slotOf(quantity.id), formula, unit });
  }

  const currency: Dims = new Map([[valueCase.currency, 1]]);
  const modelLines: ModelLine[] = [];
  valueCase.lines.forEach((line, i) => {
    const path: Path = ["lines", i];
    checkLineTiming(line, valueCase.horizon, path, add);
    const amount = amountExpr(line.amount, [...path, "amount"]);
    const factors: CompiledFormula[] = [];
    (line.extension ?? []).forEach((extension, j) => {
      const factorPath = [...path, "extension", j, "factor"];
      const parsed = amountExpr(extension.factor, factorPath);
      if (parsed === undefined) return;
      const formula = compile(parsed.expr, parsed.text, factorPath);
      if (!isDimensionless(formula.unit)) {
        add(factorPath, "unit_mismatch", `extension factor "${parsed.text}" must be a plain number, but it is in ${describeUnit(formula.unit)}`);
      }
      factors.push(formula);
    });
    const contributions: ModelContribution[] = [];
    const solutions: string[] = [];
    (line.serves ?? []).forEach((link, j) => {
      if (link.kind === "solution") solutions.push(link.id);
      if (link.contribution === undefined) return;
      const contributionPath = [...path, "serves", j, "contribution"];
      if (link.kind !== "goal") {
        add(contributionPath, "contribution_not_goal", `only links to goals carry a contribution; this link is to a ${link.kind}`);
        return;
      }
      const expr = parse(link.contribution, contributionPath);
      if (expr !== undefined) contributions.push({ linkIndex: j, goalId: link.id, formula: compile(expr, link.contribution, contributionPath) });
    });
    if (solutions.length > 1) add([...path, "serves"], "several_solutions", `a line serves at most one solution; this one serves ${solutions.join(", ")}`);
    if (amount === undefined) return;
    const compiled = compile(amount.expr, amount.text, [...path, "amount"]);
    const lineUnit = declaredUnit(line.unit, [...path, "unit"]);
    if (lineUnit.kind === "known" && compiled.unit.kind === "known" && !sameDims(lineUnit.dims, compiled.unit.dims)) {
      add([...path, "amount"], "unit_mismatch", `the amount is declared in ${line.unit ?? ""} but "${amount.text}" gives ${describeUnit(compiled.unit)}`);
    }
    const effective = lineUnit.kind === "known" ? lineUnit : compiled.unit;
    if (effective.kind === "known") {
      const allowed = allowedAmountUnits(line, valueCase, currency);
      if (!allowed.some((dims) => sameDims(dims, effective.dims))) {
        add([...path, "amount"], "unit_mismatch",
          `the amount "${amount.text}" is in ${formatDims(effective.dims)}; this line needs ${allowed.map(formatDims).join(" or ")}`);
      }
    }
    const drivers = driversOf([...compiled.uses, ...factors.flatMap((factor) => factor.uses)]);
    modelLines.push({ line, index: i, amount: compiled, factors, contributions, solution: solutions[0], drivers });
  });

  checkAlternatives(valueCase, add);
  checkScenarios(valueCase, driverById, lineIds, add);

  if (issues.length > 0) return { issues };
  return {
    model: {
      valueCase,
      slots,
      drivers: valueCase.drivers,
      driverById,
      quantities: modelQuantities,
      quantityById: new Map(modelQuantities.map((q) => [q.quantity.id, q] as const)),
      lines: modelLines,
      slotCount: slots.size,
    },
  };
}

function allowedAmountUnits(line: ValueLine, valueCase: ValueCase, currency: Dims): Dims[] {
  const [name] = [...currency.keys()] as [string];
  if (line.recurrence === "once") return [currency];
  const per = (line.per ?? "year") === "year" ? "year" : valueCase.period;
  return [currency, new Map([[name, 1], [per, -1]])];
}

type Add = (path: Path, code: string, message: string) => void;

function checkUncertainty(driver: Driver, path: Path, add: Add): void {
  const u = driver.uncertainty;
  if (u === undefined) return;
  const at = [...path, "uncertainty"];
  if (u.distribution === "normal") return;
  if (!u.low.lt(u.high)) {
    add([...at, "low"], "invalid_range", `low (${u.low.toString()}) must be below high (${u.high.toString()})`);
    return;
  }
  if (u.distribution === "lognormal" && !u.low.gt(0)) {
    add([...at, "low"], "invalid_range", `a lognormal range needs a positive low, got ${u.low.toString()}`);
  }
  if (u.distribution === "triangular" || u.distribution === "pert") {
    const mode = u.mode ?? driver.value;
    if (mode.lt(u.low) || mode.gt(u.high)) {
      const field = u.mode === undefined ? "the driver's value" : "mode";
      add([...at, u.mode === undefined ? "low" : "mode"], "invalid_range",
        `${field} (${mode.toString()}) must lie between low (${u.low.toString()}) and high (${u.high.toString()})`);
    }
  }
}

function checkLineTiming(line: ValueLine, horizon: number, path: Path, add: Add): void {
  if (line.recurrence === "once") {
    for (const key of ["per", "duration", "rampUp"] as const) {
      if (line[key] !== undefined) add([...path, key], "once_line_option", `"${key}" applies only to recurring lines`);
    }
  }
  const start = line.start ?? (line.recurrence === "once" ? 0 : 1);
  if (start > horizon) add([...path, "start"], "outside_horizon", `start period ${start} is after the horizon (${horizon} periods)`);
}

function checkAlternatives(valueCase: ValueCase, add: Add): void {
  const seen = new Map<string, string>();
  (valueCase.alternatives ?? []).forEach((alternative, i) => {
    alternative.options.forEach((option, j) => {
      const other = seen.get(option);
      if (other !== undefined) add(["alternatives", i, "options", j], "duplicate_option", `solution "${option}" is already an option of alternative "${other}"`);
      seen.set(option, alternative.id);
    });
    if (alternative.chosen !== undefined && !alternative.options.includes(alternative.chosen)) {
      add(["alternatives", i, "chosen"], "unknown_option", `"${alternative.chosen}" is not one of the options ${alternative.options.join(", ")}`);
    }
  });
}

function checkScenarios(valueCase: ValueCase, drivers: ReadonlyMap<string, Driver>, lines: ReadonlySet<string>, add: Add): void {
  const ids = new Set<string>();
  (valueCase.scenarios ?? []).forEach((scenario, i) => {
    if (ids.has(scenario.id)) add(["scenarios", i, "id"], "duplicate_id", `scenario "${scenario.id}" is declared twice`);
    ids.add(scenario.id);
    for (const id of Object.keys(scenario.drivers ?? {})) {
      if (!drivers.has(id)) add(["scenarios", i, "drivers", id], "unknown_driver", `scenario "${scenario.id}" overrides "${id}", which is not a driver`);
    }
    for (const id of Object.keys(scenario.probabilities ?? {})) {
      if (!lines.has(id)) add(["scenarios", i, "probabilities", id], "unknown_line", `scenario "${scenario.id}" sets the probability of "${id}", which is not a line`);
    }
  });
}

/** The value a driver enters formulas with: as written, or ÷ 100 when its unit is "%". */
export function driverScale(driver: Driver): Decimal {
  return isPercentUnit(driver.unit) ? HUNDREDTH : ONE;
}

const ONE = new Dec(1);
const HUNDREDTH = new Dec("0.01");
