/**
 * Compiles a checked formula into a closure over exact decimals: each node becomes one small function,
 * names become slot reads, so evaluating a formula costs only the decimal arithmetic itself.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Expr } from "./formula.js";

/** Values of every declared quantity by slot. */
export type DecimalEnv = readonly Decimal[];
export type DecimalFn = (env: DecimalEnv) => Decimal;

const ONE = new Dec(1);
const ZERO = new Dec(0);
const truth = (value: boolean): Decimal => (value ? ONE : ZERO);

/** Compiles `expr`; `slotOf` maps each name to its slot (names were checked beforehand). */
export function compileDecimal(expr: Expr, slotOf: (name: string) => number): DecimalFn {
  const sub = (node: Expr): DecimalFn => compileDecimal(node, slotOf);
  switch (expr.type) {
    case "constant": {
      const value = expr.value;
      return () => value;
    }
    case "symbol": {
      const slot = slotOf(expr.name);
      return (env) => env[slot] as Decimal;
    }
    case "group":
      return sub(expr.inner);
    case "unary": {
      const arg = sub(expr.arg);
      if (expr.op === "-") return (env) => arg(env).neg();
      if (expr.op === "not") return (env) => truth(arg(env).isZero());
      return arg;
    }
    case "binary": {
      const a = sub(expr.left);
      const b = sub(expr.right);
      switch (expr.op) {
        case "+": return (env) => a(env).plus(b(env));
        case "-": return (env) => a(env).minus(b(env));
        case "*": return (env) => a(env).times(b(env));
        case "/": return (env) => a(env).div(b(env));
        case "^": return (env) => a(env).pow(b(env));
        case "<": return (env) => truth(a(env).lt(b(env)));
        case "<=": return (env) => truth(a(env).lte(b(env)));
        case ">": return (env) => truth(a(env).gt(b(env)));
        case ">=": return (env) => truth(a(env).gte(b(env)));
        case "==": return (env) => truth(a(env).eq(b(env)));
        case "!=": return (env) => truth(!a(env).eq(b(env)));
        case "and": return (env) => truth(!a(env).isZero() && !b(env).isZero());
        case "or": return (env) => truth(!a(env).isZero() || !b(env).isZero());
      }
      break;
    }
    case "call": {
      const args = expr.args.map(sub);
      const [first, second] = args as [DecimalFn, DecimalFn | undefined];
      switch (expr.fn) {
        case "min": return (env) => Dec.min(...args.map((arg) => arg(env)));
        case "max": return (env) => Dec.max(...args.map((arg) => arg(env)));
        case "abs": return (env) => first(env).abs();
        case "floor": return (env) => first(env).floor();
        case "ceil": return (env) => first(env).ceil();
        case "sqrt": return (env) => first(env).sqrt();
        case "exp": return (env) => first(env).exp();
        case "log":
          return second === undefined ? (env) => first(env).ln() : (env) => first(env).ln().div(second(env).ln());
        case "round":
          return second === undefined
            ? (env) => first(env).round()
            : (env) => first(env).toDecimalPlaces(Math.min(40, Math.max(0, Math.trunc(second(env).toNumber()))), Dec.ROUND_HALF_UP);
      }
      break;
    }
    case "conditional": {
      const test = sub(expr.test);
      const then = sub(expr.then);
      const otherwise = sub(expr.otherwise);
      return (env) => (test(env).isZero() ? otherwise(env) : then(env));
    }
  }
  throw new Error("unreachable formula node");
}
