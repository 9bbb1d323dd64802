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
      return fused(expr, sub, size) ?? binary(expr.op, sub(expr.left), sub(expr.right), size);
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

/** A node without its groups (parentheses). */
const bare = (expr: Expr): Expr => (expr.type === "group" ? bare(expr.inner) : expr);

/** The value of a constant node as a float, or `undefined`. */
const constantOf = (expr: Expr): number | undefined => {
  const node = bare(expr);
  return node.type === "constant" ? node.value.toNumber() : undefined;
};

/**
 * A constant operation on the result of an arithmetic one, in one pass instead of two, with the same
 * float operations in the same order (so the same results):
 * - (a × b) × k and (a × b) ÷ k: a product scaled, as in `rate * amount / 100`;
 * - (x × k₁) ± k₂ and k₂ ± (x × k₁), with ÷ k₁ too: a column scaled then shifted, as in `1 + growth / 100`.
 * `undefined` for any other shape. When a column turns out to be one number (a driver without
 * uncertainty) the operations are taken one at a time, as without fusing.
 */
function fused(expr: Extract<Expr, { type: "binary" }>, sub: (node: Expr) => VectorFn, size: number): VectorFn | undefined {
  const op = expr.op;
  const kRight = constantOf(expr.right);
  const k = kRight ?? constantOf(expr.left);
  const inner = bare(kRight !== undefined ? expr.left : expr.right);
  if (k === undefined || !isArithmetic(op) || inner.type !== "binary" || !isArithmetic(inner.op)) return undefined;
  // The outer operation with its constant on its own side, and the inner one likewise.
  const outer = (y: Column, out: Float64Array, n: number): Column => (kRight !== undefined ? arithmetic(op, y, k, out, n) : arithmetic(op, k, y, out, n));
  const innerOp = inner.op;
  const out = new Float64Array(size);
  const scratch = new Float64Array(size);
  if ((op === "*" || (op === "/" && kRight !== undefined)) && innerOp === "*" && constantOf(inner.left) === undefined && constantOf(inner.right) === undefined) {
    // (a × b) × scale; a column ÷ k is a column × (1 ÷ k), as divideColumns does.
    const scale = op === "*" ? k : 1 / k;
    const left = sub(inner.left);
    const right = sub(inner.right);
    return (cols, n) => {
      const a = left(cols, n);
      const b = right(cols, n);
      if (typeof a === "number" || typeof b === "number") return outer(multiplyColumns(a, b, scratch, n), out, n);
      for (let i = 0; i < n; i++) out[i] = (a[i] as number) * (b[i] as number) * scale;
      return out;
    };
  }
  // The inner constant: on the right, or on either side of a product.
  const innerRight = constantOf(inner.right);
  const innerK = innerRight ?? (innerOp === "*" ? constantOf(inner.left) : undefined);
  const xNode = innerRight !== undefined ? inner.left : inner.right;
  if ((op === "+" || op === "-") && (innerOp === "*" || innerOp === "/") && innerK !== undefined && constantOf(xNode) === undefined) {
    // x × s + shift: k − y is k + (−y) exactly, and −(x × s) is x × (−s) exactly.
    const negate = op === "-" && kRight === undefined;
    const s = (innerOp === "*" ? innerK : 1 / innerK) * (negate ? -1 : 1);
    const shift = op === "-" && kRight !== undefined ? -k : k;
    const x = sub(xNode);
    return (cols, n) => {
      const a = x(cols, n);
      if (typeof a === "number") return outer(arithmetic(innerOp, a, innerK, scratch, n), out, n);
      for (let i = 0; i < n; i++) out[i] = (a[i] as number) * s + shift;
      return out;
    };
  }
  return undefined;
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

type Arithmetic = "+" | "-" | "*" | "/";
const isArithmetic = (op: string): op is Arithmetic => op === "+" || op === "-" || op === "*" || op === "/";

/** The four arithmetic operators get their own loops (no per-element call); the rest share `zip`. */
function binary(op: string, left: VectorFn, right: VectorFn, size: number): VectorFn {
  if (!isArithmetic(op)) return zip(left, right, SCALAR_BINARY[op] as Scalar2, size);
  const out = new Float64Array(size);
  return (cols, n) => arithmetic(op, left(cols, n), right(cols, n), out, n);
}

/** a ∘ b over iterations [0, n), into `out` (a number when both are numbers). */
function arithmetic(op: Arithmetic, a: Column, b: Column, out: Float64Array, n: number): Column {
  switch (op) {
    case "+":
      return addColumns(a, b, out, n);
    case "-":
      return subtractColumns(a, b, out, n);
    case "*":
      return multiplyColumns(a, b, out, n);
    case "/":
      return divideColumns(a, b, out, n);
  }
}

function addColumns(a: Column, b: Column, out: Float64Array, n: number): Column {
  if (typeof a === "number") {
    if (typeof b === "number") return a + b;
    for (let i = 0; i < n; i++) out[i] = a + (b[i] as number);
  } else if (typeof b === "number") {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) + b;
  } else {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) + (b[i] as number);
  }
  return out;
}

function subtractColumns(a: Column, b: Column, out: Float64Array, n: number): Column {
  if (typeof a === "number") {
    if (typeof b === "number") return a - b;
    for (let i = 0; i < n; i++) out[i] = a - (b[i] as number);
  } else if (typeof b === "number") {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) - b;
  } else {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) - (b[i] as number);
  }
  return out;
}

/** a ÷ b; a column divided by one number is multiplied by its reciprocal (a multiply is cheaper). */
function divideColumns(a: Column, b: Column, out: Float64Array, n: number): Column {
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
