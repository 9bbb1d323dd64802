/**
 * The vector compiler of Monte Carlo formulas: a formula over columns of draws gives, element by element,
 * exactly the float64 value of evaluating it one operation at a time (division by a constant as a product
 * with its reciprocal, as the compiler has always done), whether or not it fuses operations into one pass.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileVector } from "../../src/quantify/_internal/compileVector.js";
import type { Column } from "../../src/quantify/_internal/compileVector.js";
import { parseFormula, symbolsOf } from "../../src/quantify/_internal/formula.js";
import type { Expr } from "../../src/quantify/_internal/formula.js";

const parse = (text: string): Expr => {
  const parsed = parseFormula(text);
  if (!("expr" in parsed)) throw new Error(`bad formula ${text}`);
  return parsed.expr;
};

/**
 * One operation at a time, on numbers: the reference. `columnar` tells which drivers are columns: the
 * compiler multiplies a column divided by one number by that number's reciprocal, and divides otherwise.
 */
function scalar(expr: Expr, env: Readonly<Record<string, number>>, columnar: (name: string) => boolean): number {
  const isColumn = (node: Expr): boolean => symbolsOf(node).some(columnar);
  const value = (node: Expr): number => scalar(node, env, columnar);
  switch (expr.type) {
    case "constant":
      return expr.value.toNumber();
    case "symbol":
      return env[expr.name]!;
    case "group":
      return value(expr.inner);
    case "unary":
      return expr.op === "-" ? -value(expr.arg) : value(expr.arg);
    case "binary": {
      const a = value(expr.left);
      const b = value(expr.right);
      if (expr.op === "+") return a + b;
      if (expr.op === "-") return a - b;
      if (expr.op === "*") return a * b;
      if (expr.op === "/") return isColumn(expr.left) && !isColumn(expr.right) ? a * (1 / b) : a / b;
      throw new Error(`no reference for ${expr.op}`);
    }
    default:
      throw new Error(`no reference for ${expr.type}`);
  }
}

// Fused shapes (a product scaled; a column scaled then shifted, the constants on either side) and
// shapes next to them that take the operations one at a time.
const FORMULAS = [
  "a * b / 100", "a * b * 3", "3 * (a * b)", "(a * b) / 7", "7 / (a * b)", "a * b / c",
  "1 + a / 100", "a / 100 + 1", "a * 0.01 - 2", "2 - a / 7", "2 - 0.5 * a", "-3 + 4 * a", "1 - a * 3",
  "(a + b) * 2", "a / 3 / 5", "a * (1 + b / 100) - c * a / 10", "1 + c / 200",
];

const value = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1e-300, -1e300, 2.5e-8),
);

describe("compileVector", () => {
  it("gives exactly the value of one operation at a time, fused or not, on columns and on fixed drivers", () => {
    const size = 16;
    const slots: Record<string, number> = { a: 0, b: 1, c: 2 };
    const compiled = FORMULAS.map((text) => ({ text, expr: parse(text) })).map(({ text, expr }) => ({ text, expr, fn: compileVector(expr, (name) => slots[name]!, size) }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 3 * size, maxLength: 3 * size }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: size }), (draws, fixed, n) => {
        // Each bit of `fixed` makes one driver a single number, as a driver without uncertainty is.
        const cols: Column[] = [0, 1, 2].map((k) => ((fixed >> k) & 1) === 1 ? draws[k * size]! : Float64Array.from(draws.slice(k * size, (k + 1) * size)));
        for (const { text, expr, fn } of compiled) {
          const out = fn(cols, n);
          for (let i = 0; i < n; i++) {
            const env = { a: at(cols[0]!, i), b: at(cols[1]!, i), c: at(cols[2]!, i) };
            const got = typeof out === "number" ? out : out[i]!;
            const want = scalar(expr, env, (name) => typeof cols[slots[name]!] !== "number");
            expect(Object.is(got, want), `${text} at ${JSON.stringify(env)}: ${got}, not ${want}`).toBe(true);
          }
        }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

const at = (column: Column, i: number): number => (typeof column === "number" ? column : column[i]!);
