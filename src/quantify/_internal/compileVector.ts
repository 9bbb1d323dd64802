/**
 * Compiles a checked formula for Monte Carlo: float64, one node evaluated for a whole chunk of iterations
 * at a time (a tight loop over typed arrays), constants folded. Only simulation uses this; reported point
 * figures come from the exact decimal compiler.
 */
import type { Expr } from "./formula.js";

/** A column of one value per iteration, or one number shared by all iterations. */
export type Column = Float64Array | number;
/** Computes a node for iterations [0, n) of the current chunk. */
export type VectorFn = (cols: readonly Column[], n: number) => Column;

type Scalar2 = (x: number, y: number) => number;

const SCALAR_BINARY: Readonly<Record<string, Scalar2>> = {
  "^": (x, y) => x ** y,
  "<": (x, y) => (x < y ? 1 : 0),
  "<=": (x, y) => (x <= y ? 1 : 0),
  ">": (x, y) => (x > y ? 1 : 0),
  ">=": (x, y) => (x >= y ? 1 : 0),
  "==": (x, y) => (x === y ? 1 : 0),
  "!=": (x, y) => (x !== y ? 1 : 0),
  and: (x, y) => (x !== 0 && y !== 0 ? 1 : 0),
  or: (x, y) => (x !== 0 || y !== 0 ? 1 : 0),
  "+": (x, y) => x + y,
  "-": (x, y) => x - y,
  "*": (x, y) => x * y,
  "/": (x, y) => x / y,
};

const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));
const SCALAR_UNARY: Readonly<Record<string, (x: number) => number>> = {
  "-": (x) => -x,
  "+": (x) => x,
  not: (x) => (x === 0 ? 1 : 0),
  abs: Math.abs,
  floor: Math.floor,
  ceil: Math.ceil,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  round: roundHalfAway,
};

/** Compiles `expr` with a buffer of `size` per node (the chunk length). */
export function compileVector(expr: Expr, slotOf: (name: string) => number, size: number): VectorFn {
  const sub = (node: Expr): VectorFn => compileVector(node, slotOf, size);
  switch (expr.type) {
    case "constant": {
      const value = expr.value.toNumber();
      return () => value;
    }
    case "symbol": {
      const slot = slotOf(expr.name);
      return (cols) => cols[slot] as Column;
    }
    case "group":
      return sub(expr.inner);
    case "unary":
      return mapUnary(sub(expr.arg), SCALAR_UNARY[expr.op] as (x: number) => number, size);
    case "binary":
      return binary(expr.op, sub(expr.left), sub(expr.right), size);
    case "call": {
      const args = expr.args.map(sub);
      const [first, second] = args as [VectorFn, VectorFn | undefined];
      if (expr.fn === "min" || expr.fn === "max") {
        const pick: Scalar2 = expr.fn === "min" ? Math.min : Math.max;
        return args.slice(1).reduce((acc, arg) => zip(acc, arg, pick, size), first);
      }
      if (expr.fn === "log" && second !== undefined) return zip(first, second, (x, b) => Math.log(x) / Math.log(b), size);
      if (expr.fn === "round" && second !== undefined) {
        return zip(first, second, (x, d) => {
          const scale = 10 ** Math.min(40, Math.max(0, Math.trunc(d)));
          return roundHalfAway(x * scale) / scale;
        }, size);
      }
      return mapUnary(first, SCALAR_UNARY[expr.fn] as (x: number) => number, size);
    }
    case "conditional": {
      const test = sub(expr.test);
      const then = sub(expr.then);
      const otherwise = sub(expr.otherwise);
      const out = new Float64Array(size);
      return (cols, n) => {
        const t = test(cols, n);
        if (typeof t === "number") return t !== 0 ? then(cols, n) : otherwise(cols, n);
        const a = then(cols, n);
        const b = otherwise(cols, n);
        for (let i = 0; i < n; i++) out[i] = t[i] !== 0 ? at(a, i) : at(b, i);
        return out;
      };
    }
  }
}

const at = (column: Column, i: number): number => (typeof column === "number" ? column : (column[i] as number));

function mapUnary(arg: VectorFn, fn: (x: number) => number, size: number): VectorFn {
  const out = new Float64Array(size);
  return (cols, n) => {
    const a = arg(cols, n);
    if (typeof a === "number") return fn(a);
    for (let i = 0; i < n; i++) out[i] = fn(a[i] as number);
    return out;
  };
}

function zip(left: VectorFn, right: VectorFn, fn: Scalar2, size: number): VectorFn {
  const out = new Float64Array(size);
  return (cols, n) => {
    const a = left(cols, n);
    const b = right(cols, n);
    if (typeof a === "number" && typeof b === "number") return fn(a, b);
    for (let i = 0; i < n; i++) out[i] = fn(at(a, i), at(b, i));
    return out;
  };
}

/** The four arithmetic operators get their own loops (no per-element call); the rest share `zip`. */
function binary(op: string, left: VectorFn, right: VectorFn, size: number): VectorFn {
  const out = new Float64Array(size);
  switch (op) {
    case "+":
      return (cols, n) => {
        const a = left(cols, n);
        const b = right(cols, n);
        if (typeof a === "number") {
          if (typeof b === "number") return a + b;
          for (let i = 0; i < n; i++) out[i] = a + (b[i] as number);
        } else if (typeof b === "number") {
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) + b;
        } else {
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) + (b[i] as number);
        }
        return out;
      };
    case "-":
      return (cols, n) => {
        const a = left(cols, n);
        const b = right(cols, n);
        if (typeof a === "number") {
          if (typeof b === "number") return a - b;
          for (let i = 0; i < n; i++) out[i] = a - (b[i] as number);
        } else if (typeof b === "number") {
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) - b;
        } else {
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) - (b[i] as number);
        }
        return out;
      };
    case "*":
      return (cols, n) => multiplyColumns(left(cols, n), right(cols, n), out, n);
    case "/":
      return (cols, n) => {
        const a = left(cols, n);
        const b = right(cols, n);
        if (typeof a === "number") {
          if (typeof b === "number") return a / b;
          for (let i = 0; i < n; i++) out[i] = a / (b[i] as number);
        } else if (typeof b === "number") {
          const inv = 1 / b;
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) * inv;
        } else {
          for (let i = 0; i < n; i++) out[i] = (a[i] as number) / (b[i] as number);
        }
        return out;
      };
    default:
      return zip(left, right, SCALAR_BINARY[op] as Scalar2, size);
  }
}

/** a × b over iterations [0, n), into `out` (a number when both are numbers). */
export function multiplyColumns(a: Column, b: Column, out: Float64Array, n: number): Column {
  if (typeof a === "number") {
    if (typeof b === "number") return a * b;
    for (let i = 0; i < n; i++) out[i] = a * (b[i] as number);
  } else if (typeof b === "number") {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) * b;
  } else {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) * (b[i] as number);
  }
  return out;
}
