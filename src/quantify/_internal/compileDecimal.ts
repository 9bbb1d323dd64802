/**
 * Compiles a checked formula into a closure over exact decimals: each node becomes one small function,
 * names become slot reads, so evaluating a formula costs only the decimal arithmetic itself.
 *
 * Every arithmetic result is held to the figure range (0 or 1e-100 ≤ |x| < 1e100, docs/limits.md), and
 * a power or exponential whose result would leave it is refused before decimal.js is asked for it, so a
 * hostile formula such as `10^(10^5)` ends at once in a `QUANTIFY_OUT_OF_RANGE` at the formula's path.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import { Dec, FIGURE_RANGE_TEXT, MAX_FIGURE_EXPONENT, isFigureSized, shortText } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { QUANTIFY_ERROR_CODES, QuantifyError } from "../errors.js";
import type { Expr } from "./formula.js";
import { printExpr } from "./printExpr.js";

/** Values of every declared quantity by slot. */
export type DecimalEnv = readonly Decimal[];
export type DecimalFn = (env: DecimalEnv) => Decimal;

/** Where a formula is written, for its errors. */
export interface FormulaPlace {
  readonly path: IssuePath;
  readonly text: string;
}

const ONE = new Dec(1);
const ZERO = new Dec(0);
const truth = (value: boolean): Decimal => (value ? ONE : ZERO);
/** exp(x) leaves the figure range once |x| passes (MAX_FIGURE_EXPONENT + 1)·ln 10 (one decade of slack; the result is checked exactly). */
const EXP_LIMIT = (MAX_FIGURE_EXPONENT + 1) * Math.LN10;

/** Compiles `expr`; `slotOf` maps each name to its slot (names were checked beforehand). */
export function compileDecimal(expr: Expr, slotOf: (name: string) => number, place: FormulaPlace): DecimalFn {
  const sub = (node: Expr): DecimalFn => compileDecimal(node, slotOf, place);
  // Operands are figures already (checked drivers, constants and sub-results), so only results that can
  // grow or shrink are checked: sums, products, quotients, powers and the functions that scale.
  const sized = (fn: DecimalFn): DecimalFn => (env) => {
    const value = fn(env);
    if (isFigureSized(value)) return value;
    throw outOfRange(place, expr, `is ${shortText(value)}`);
  };
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
        case "+": return sized((env) => a(env).plus(b(env)));
        case "-": return sized((env) => a(env).minus(b(env)));
        case "*": return sized((env) => a(env).times(b(env)));
        case "/": return sized((env) => a(env).div(b(env)));
        case "^": return sized((env) => power(a(env), b(env), place, expr));
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
        case "exp": return sized((env) => exponential(first(env), place, expr));
        case "log":
          return second === undefined ? (env) => first(env).ln() : sized((env) => first(env).ln().div(second(env).ln()));
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

/** x^y, refused before decimal.js computes it when |x^y| would be far outside the figure range. */
function power(x: Decimal, y: Decimal, place: FormulaPlace, node: Expr): Decimal {
  if (x.isFinite() && y.isFinite() && !x.isZero() && !y.isZero()) {
    const decades = powerDecades(x, y);
    if (Math.abs(decades) > MAX_FIGURE_EXPONENT + 1) throw outOfRange(place, node, `would be about 1e${Math.round(decades)}`);
  }
  return x.pow(y);
}

/** log10 |x^y|, to well under one decade. */
function powerDecades(x: Decimal, y: Decimal): number {
  const exponent = y.toNumber();
  // A float log10 |x| is off by about 1e-16, so y·log10 |x| is off by under 0.1 while |y| < 1e15; beyond,
  // x is near 1 in any case that fits, and its logarithm is taken in Decimal.
  if (Math.abs(exponent) < 1e15) {
    const base = Math.abs(x.toNumber());
    return exponent * (base > 0 && Number.isFinite(base) ? Math.log10(base) : x.e);
  }
  return x.abs().ln().times(y).toNumber() / Math.LN10;
}

/** e^x, refused before decimal.js computes it when the result would be far outside the figure range. */
function exponential(x: Decimal, place: FormulaPlace, node: Expr): Decimal {
  if (x.isFinite() && x.abs().gt(EXP_LIMIT)) throw outOfRange(place, node, `would be about 1e${Math.round(x.toNumber() / Math.LN10)}`);
  return x.exp();
}

function outOfRange(place: FormulaPlace, node: Expr, what: string): QuantifyError {
  const part = printExpr(node);
  const where = part === place.text ? "" : ` at ${part}`;
  return new QuantifyError(QUANTIFY_ERROR_CODES.outOfRange, `"${place.text}" leaves the range of figures${where}: it ${what}; ${FIGURE_RANGE_TEXT}`, {
    path: place.path,
  });
}
