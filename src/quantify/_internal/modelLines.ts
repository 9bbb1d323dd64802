/**
 * Compiles one value line: its amount, extension factors and goal contributions, the solution it serves,
 * and the unit of its amount held against its declared unit and what the line needs.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { ValueCase, ValueLine } from "../schema.js";
import { allowedAmountUnits, contradicts, declaredUnit } from "./declaredUnits.js";
import type { FormulaCompiler, FormulaParser } from "./formulas.js";
import type { AddIssue } from "./issues.js";
import type { CompiledFormula, ModelContribution, ModelLine } from "./model.js";
import { describeUnit, formatDims, isDimensionless, sameDims } from "./units.js";

/** The compiled line, or undefined when its amount did not parse (problems are reported either way). */
export function compileLine(
  line: ValueLine,
  index: number,
  valueCase: ValueCase,
  parser: FormulaParser,
  compiler: FormulaCompiler,
  add: AddIssue,
): ModelLine | undefined {
  const path: IssuePath = ["lines", index];
  const amount = parser.amount(line.amount, [...path, "amount"]);
  const factors: CompiledFormula[] = [];
  (line.extension ?? []).forEach((extension, j) => {
    const factorPath = [...path, "extension", j, "factor"];
    const parsed = parser.amount(extension.factor, factorPath);
    if (parsed === undefined) return;
    const formula = compiler.compile(parsed.expr, parsed.text, factorPath);
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
    const expr = parser.parse(link.contribution, contributionPath);
    if (expr !== undefined) contributions.push({ linkIndex: j, goalId: link.id, formula: compiler.compile(expr, link.contribution, contributionPath) });
  });
  if (solutions.length > 1) add([...path, "serves"], "several_solutions", `a line serves at most one solution; this one serves ${solutions.join(", ")}`);
  if (amount === undefined) return undefined;
  const compiled = compiler.compile(amount.expr, amount.text, [...path, "amount"]);
  const lineUnit = declaredUnit(line.unit, [...path, "unit"], add);
  if (contradicts(lineUnit, compiled.unit)) {
    add([...path, "amount"], "unit_mismatch", `the amount is declared in ${line.unit ?? ""} but "${amount.text}" gives ${describeUnit(compiled.unit)}`);
  }
  const effective = lineUnit.kind === "known" ? lineUnit : compiled.unit;
  if (effective.kind === "known") {
    const allowed = allowedAmountUnits(line, valueCase);
    if (!allowed.some((dims) => sameDims(dims, effective.dims))) {
      add([...path, "amount"], "unit_mismatch",
        `the amount "${amount.text}" is in ${formatDims(effective.dims)}; this line needs ${allowed.map(formatDims).join(" or ")}`);
    }
  }
  const drivers = compiler.driversOf([...compiled.uses, ...factors.flatMap((factor) => factor.uses)]);
  return { line, index, amount: compiled, factors, contributions, solution: solutions[0], drivers };
}
