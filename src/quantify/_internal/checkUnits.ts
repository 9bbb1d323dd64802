/**
 * Infers the unit of a formula from the declared units of the names it uses and reports every place
 * where units do not fit (see units.ts for the rules).
 */
import type { Expr } from "./formula.js";
import { printExpr } from "./printExpr.js";
import {
  DIMENSIONLESS,
  LITERAL,
  combine,
  describeUnit,
  isDimensionless,
  power,
  root,
  unify,
} from "./units.js";
import type { UnitInfo } from "./units.js";

/** Infers the unit of `expr`; pushes a message for each mismatch found. */
export function inferUnit(expr: Expr, unitOf: (name: string) => UnitInfo, problems: string[]): UnitInfo {
  const infer = (node: Expr): UnitInfo => inferUnit(node, unitOf, problems);
  const mismatch = (message: string): UnitInfo => {
    problems.push(message);
    return { kind: "unknown" };
  };
  switch (expr.type) {
    case "constant":
      return LITERAL;
    case "symbol":
      return unitOf(expr.name);
    case "group":
      return infer(expr.inner);
    case "unary": {
      const unit = infer(expr.arg);
      if (expr.op !== "not") return unit;
      return DIMENSIONLESS;
    }
    case "binary": {
      const left = infer(expr.left);
      const right = infer(expr.right);
      switch (expr.op) {
        case "*":
          return combine(left, right, 1);
        case "/":
          return combine(left, right, -1);
        case "^": {
          const exponent = constantValue(expr.right);
          if (!isDimensionless(right)) return mismatch(`the exponent in "${printExpr(expr)}" must be a plain number, not ${describeUnit(right)}`);
          if (left.kind !== "known" || left.dims.size === 0) return left.kind === "literal" ? LITERAL : left;
          if (exponent === undefined || !Number.isInteger(exponent)) {
            return mismatch(`"${printExpr(expr)}" raises ${describeUnit(left)} to a power that is not a whole constant number`);
          }
          return power(left, exponent);
        }
        case "and":
        case "or":
          return DIMENSIONLESS;
        default: {
          const common = unify(left, right);
          if (common === undefined) {
            const verb = expr.op === "+" ? "add" : expr.op === "-" ? "subtract" : "compare";
            return mismatch(`cannot ${verb} ${describeUnit(left)} and ${describeUnit(right)} in "${printExpr(expr)}"`);
          }
          return expr.op === "+" || expr.op === "-" ? common : DIMENSIONLESS;
        }
      }
    }
    case "call": {
      const units = expr.args.map(infer);
      const first = units[0] ?? LITERAL;
      switch (expr.fn) {
        case "min":
        case "max": {
          let common: UnitInfo | undefined = first;
          for (const unit of units.slice(1)) common = common === undefined ? undefined : unify(common, unit);
          return common ?? mismatch(`${expr.fn}() needs arguments of one unit in "${printExpr(expr)}", got ${units.map(describeUnit).join(", ")}`);
        }
        case "abs":
        case "floor":
        case "ceil":
          return first;
        case "round": {
          const digits = units[1];
          if (digits !== undefined && !isDimensionless(digits)) return mismatch(`the digits of "${printExpr(expr)}" must be a plain number`);
          return first;
        }
        case "sqrt":
          return root(first) ?? mismatch(`"${printExpr(expr)}" takes the square root of ${describeUnit(first)}, which has an odd power`);
        case "exp":
        case "log":
          if (units.some((unit) => !isDimensionless(unit))) {
            return mismatch(`${expr.fn}() needs a plain number in "${printExpr(expr)}", got ${units.map(describeUnit).join(", ")}`);
          }
          return first.kind === "literal" && units.every((unit) => unit.kind === "literal") ? LITERAL : DIMENSIONLESS;
      }
      return first;
    }
    case "conditional": {
      infer(expr.test);
      const then = infer(expr.then);
      const otherwise = infer(expr.otherwise);
      return unify(then, otherwise) ?? mismatch(`the branches of "${printExpr(expr)}" have different units: ${describeUnit(then)} and ${describeUnit(otherwise)}`);
    }
  }
}

/** The value of a constant (possibly negated or parenthesised) sub-expression, for exponents. */
function constantValue(expr: Expr): number | undefined {
  if (expr.type === "constant") return expr.value.toNumber();
  if (expr.type === "group") return constantValue(expr.inner);
  if (expr.type === "unary" && expr.op !== "not") {
    const inner = constantValue(expr.arg);
    return inner === undefined ? undefined : expr.op === "-" ? -inner : inner;
  }
  return undefined;
}
