/**
 * Formula text → quantify's own small syntax tree, refusing anything outside the whitelist.
 *
 * mathjs parses; this walk keeps only numbers, names, the whitelisted operators and functions, the
 * conditional `?:` and parentheses. Everything else (assignment, function definition, property access,
 * matrices, strings, units, unknown functions such as `import` or `evaluate`) is a located problem.
 */
import { Dec, MAX_SIGNIFICANT_DIGITS, figureRangeProblem } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { parseWithMathjs } from "./mathjs.js";
import type { RawNode } from "./mathjs.js";

/** Longest formula accepted, in characters. */
export const MAX_FORMULA_LENGTH = 2000;
/** Deepest syntax tree accepted (each operator, call or parenthesis is one level). */
export const MAX_FORMULA_DEPTH = 64;

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "and" | "or";
export type UnaryOp = "-" | "+" | "not";

/** Whitelisted functions with their argument counts. */
export const FUNCTIONS = {
  min: [1, Infinity],
  max: [1, Infinity],
  abs: [1, 1],
  round: [1, 2],
  floor: [1, 1],
  ceil: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
} as const satisfies Record<string, readonly [number, number]>;

export type FunctionName = keyof typeof FUNCTIONS;

/** A node of a checked formula. */
export type Expr =
  | { readonly type: "constant"; readonly value: Decimal; readonly text: string }
  | { readonly type: "symbol"; readonly name: string }
  | { readonly type: "unary"; readonly op: UnaryOp; readonly arg: Expr }
  | { readonly type: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly type: "call"; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | { readonly type: "conditional"; readonly test: Expr; readonly then: Expr; readonly otherwise: Expr }
  | { readonly type: "group"; readonly inner: Expr };

/** A problem found in one formula. */
export interface FormulaProblem {
  readonly code: string;
  readonly message: string;
}

const BINARY: Readonly<Record<string, BinaryOp>> = {
  add: "+",
  subtract: "-",
  multiply: "*",
  divide: "/",
  pow: "^",
  smaller: "<",
  smallerEq: "<=",
  larger: ">",
  largerEq: ">=",
  equal: "==",
  unequal: "!=",
  and: "and",
  or: "or",
};
const UNARY: Readonly<Record<string, UnaryOp>> = { unaryMinus: "-", unaryPlus: "+", not: "not" };

/** Names mathjs always reads as something other than a plain name. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(FUNCTIONS),
  "mod", "to", "in", "and", "or", "xor", "not", "end", "true", "false", "null", "undefined", "NaN", "Infinity",
  // Names every JavaScript object answers to: a driver so named could be shadowed or dropped on the way.
  "__proto__", "constructor", "prototype",
]);

const REFUSED_NODES: Readonly<Record<string, string>> = {
  AssignmentNode: "assignment is not allowed in a formula",
  FunctionAssignmentNode: "function definition is not allowed in a formula",
  AccessorNode: "property access is not allowed in a formula",
  IndexNode: "indexing is not allowed in a formula",
  ArrayNode: "matrices and arrays are not allowed in a formula",
  ObjectNode: "objects are not allowed in a formula",
  RangeNode: "ranges are not allowed in a formula",
  BlockNode: "a formula is one expression: separators ; and newlines are not allowed",
  RelationalNode: "chained comparisons are not allowed: write a < b and b < c",
};

type Walk = { expr: Expr } | { problem: FormulaProblem };

/**
 * Parses and checks one formula.
 *
 * @returns the syntax tree, or every problem found (syntax errors report mathjs's character position).
 */
export function parseFormula(text: string): { expr: Expr } | { problems: FormulaProblem[] } {
  if (text.length > MAX_FORMULA_LENGTH) {
    return { problems: [{ code: "formula_too_long", message: `formula is ${text.length} characters long; at most ${MAX_FORMULA_LENGTH} are allowed` }] };
  }
  if (text.trim() === "") return { problems: [{ code: "formula_empty", message: "formula is empty" }] };
  const nesting = maxNesting(text);
  if (nesting > MAX_FORMULA_DEPTH) {
    return { problems: [{ code: "formula_too_deep", message: `formula nests ${nesting} levels deep; at most ${MAX_FORMULA_DEPTH} are allowed` }] };
  }
  let raw: RawNode;
  try {
    raw = parseWithMathjs(text);
  } catch (error) {
    const err = error as { message?: unknown; char?: unknown };
    const message = typeof err.message === "string" ? err.message.replace(/\s*\(char \d+\)\s*$/, "") : "cannot parse";
    const at = typeof err.char === "number" ? ` at character ${err.char}` : "";
    return { problems: [{ code: "formula_syntax", message: `syntax error${at}: ${message}` }] };
  }
  const problems: FormulaProblem[] = [];
  const result = convert(raw, 1, problems);
  if (problems.length > 0 || result === undefined) return { problems };
  return { expr: result };
}

function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[" || ch === "{") max = Math.max(max, ++depth);
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
  }
  return max;
}

function convert(node: RawNode, depth: number, problems: FormulaProblem[]): Expr | undefined {
  if (depth > MAX_FORMULA_DEPTH) {
    if (!problems.some((p) => p.code === "formula_too_deep")) {
      problems.push({ code: "formula_too_deep", message: `formula nests more than ${MAX_FORMULA_DEPTH} levels deep` });
    }
    return undefined;
  }
  const walked = convertNode(node, depth, problems);
  if (walked === undefined) return undefined;
  if ("problem" in walked) {
    problems.push(walked.problem);
    return undefined;
  }
  return walked.expr;
}

function convertNode(node: RawNode, depth: number, problems: FormulaProblem[]): Walk | undefined {
  const refused = REFUSED_NODES[node.type];
  if (refused !== undefined) return { problem: { code: "formula_forbidden", message: refused } };
  const sub = (child: RawNode | undefined): Expr | undefined =>
    child === undefined ? undefined : convert(child, depth + 1, problems);
  switch (node.type) {
    case "ConstantNode":
      return constant(node.value);
    case "SymbolNode":
      return { expr: { type: "symbol", name: String(node.name) } };
    case "ParenthesisNode": {
      const inner = sub(node.content);
      return inner === undefined ? undefined : { expr: { type: "group", inner } };
    }
    case "ConditionalNode": {
      const test = sub(node.condition);
      const then = sub(node.trueExpr);
      const otherwise = sub(node.falseExpr);
      if (test === undefined || then === undefined || otherwise === undefined) return undefined;
      return { expr: { type: "conditional", test, then, otherwise } };
    }
    case "OperatorNode": {
      const fn = String(node.fn);
      const args = (node.args ?? []).map(sub);
      const binary = BINARY[fn];
      const unary = UNARY[fn];
      if (binary !== undefined && args.length === 2) {
        const [left, right] = args;
        if (left === undefined || right === undefined) return undefined;
        return { expr: { type: "binary", op: binary, left, right } };
      }
      if (unary !== undefined && args.length === 1) {
        const [arg] = args;
        return arg === undefined ? undefined : { expr: { type: "unary", op: unary, arg } };
      }
      return { problem: { code: "formula_forbidden", message: `operator "${String(node.op)}" is not allowed (allowed: + - * / ^, comparisons, and, or, not, ?:)` } };
    }
    case "FunctionNode": {
      const callee = node.fn as RawNode | undefined;
      if (callee === undefined || callee.type !== "SymbolNode") {
        return { problem: { code: "formula_forbidden", message: "only calls of named functions are allowed" } };
      }
      const name = String(callee.name);
      if (!Object.hasOwn(FUNCTIONS, name)) {
        return { problem: { code: "formula_function", message: `function "${name}" is not allowed (allowed: ${Object.keys(FUNCTIONS).join(", ")})` } };
      }
      const fn = name as FunctionName;
      const [least, most] = FUNCTIONS[fn];
      const given = node.args ?? [];
      if (given.length < least || given.length > most) {
        const expected = least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} or ${most}`;
        return { problem: { code: "formula_arity", message: `${name}() takes ${expected} argument${most === 1 ? "" : "s"}, got ${given.length}` } };
      }
      const args = given.map(sub);
      if (args.some((arg) => arg === undefined)) return undefined;
      return { expr: { type: "call", fn, args: args as Expr[] } };
    }
    default:
      return { problem: { code: "formula_forbidden", message: `${node.type.replace(/Node$/, "").toLowerCase()} expressions are not allowed in a formula` } };
  }
}

function constant(value: unknown): Walk {
  if (value !== null && typeof value === "object" && typeof (value as { isFinite?: unknown }).isFinite === "function") {
    const big = value as { isFinite(): boolean; toString(): string };
    if (big.isFinite()) return sizedConstant(new Dec(big.toString()), undefined);
  }
  if (typeof value === "number" && Number.isFinite(value)) return sizedConstant(new Dec(value), String(value));
  const shown = typeof value === "string" ? `the string "${value}"` : String(value);
  return { problem: { code: "formula_forbidden", message: `only finite numbers may appear as constants, not ${shown}` } };
}

/** A constant is held to the limits of every number of a case: at most 1000 digits, a figure's size. */
function sizedConstant(dec: Decimal, text: string | undefined): Walk {
  const digits = dec.sd();
  const problem = digits > MAX_SIGNIFICANT_DIGITS
    ? `the constant has ${digits} significant digits; at most ${MAX_SIGNIFICANT_DIGITS} are accepted`
    : figureRangeProblem(dec);
  if (problem !== undefined) return { problem: { code: "out_of_range", message: problem.startsWith("the ") ? problem : `the constant ${problem}` } };
  return { expr: { type: "constant", value: dec, text: text ?? dec.toString() } };
}

/** Every name a formula refers to, in order of first appearance. */
export function symbolsOf(expr: Expr, into: string[] = []): string[] {
  switch (expr.type) {
    case "symbol":
      if (!into.includes(expr.name)) into.push(expr.name);
      break;
    case "unary":
      symbolsOf(expr.arg, into);
      break;
    case "binary":
      symbolsOf(expr.left, into);
      symbolsOf(expr.right, into);
      break;
    case "call":
      for (const arg of expr.args) symbolsOf(arg, into);
      break;
    case "conditional":
      symbolsOf(expr.test, into);
      symbolsOf(expr.then, into);
      symbolsOf(expr.otherwise, into);
      break;
    case "group":
      symbolsOf(expr.inner, into);
      break;
    case "constant":
      break;
  }
  return into;
}

/** A formula that is just a number (used for amounts written as plain numbers). */
export function constantExpr(value: Decimal): Expr {
  return { type: "constant", value, text: value.toString() };
}
