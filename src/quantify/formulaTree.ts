/**
 * formulaTree: a formula of a value case as its checked syntax tree — what a tool needs to carry the
 * calculation elsewhere (the workbook writes it as a spreadsheet formula) without re-implementing the
 * whitelist. The tree is plain frozen data; numbers are exact Decimals.
 */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { QuantifyValidationError } from "./errors.js";
import { type Expr, FUNCTIONS, parseFormula } from "./_internal/formula.js";

/** A node of a checked formula: a number, a name, an operator, a whitelisted function, `?:` or parentheses. */
export type FormulaNode = Expr;

/** The whitelisted functions a formula may call, with their fewest and most arguments. */
export const formulaFunctions: Readonly<Record<keyof typeof FUNCTIONS, readonly [number, number]>> = FUNCTIONS;

/**
 * Parses a formula as value cases accept it (the same whitelist, length and depth limits) into its tree.
 *
 * @param text - a formula such as `"dsoReduction * dailyRevenue"`
 * @returns the frozen tree
 * @throws {QuantifyValidationError} `QUANTIFY_INVALID` listing every problem of the formula (path `["formula"]`)
 *
 * @example
 * ```ts
 * formulaTree("max(a, 2) * b").type; //=> "binary"
 * ```
 */
export function formulaTree(text: string): FormulaNode {
  if (typeof text !== "string") throw new QuantifyValidationError([{ path: ["formula"], code: "invalid_type", message: "a formula is a string" }], "formula");
  const parsed = parseFormula(text);
  if ("problems" in parsed) throw new QuantifyValidationError(parsed.problems.map((problem) => ({ path: ["formula"], code: problem.code, message: problem.message })), "formula");
  return deepFreeze(parsed.expr);
}
