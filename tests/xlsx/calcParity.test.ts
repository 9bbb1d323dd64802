/**
 * The spreadsheet formulas compute what valueframe computes, checked by LibreOffice Calc itself: random
 * formulas over every operator and whitelisted function, with random inputs, are written as Excel-syntax
 * formulas into an `.xlsx` without cached values, Calc recalculates them on load, and each result must
 * equal valueframe's exact one to 1e-9 relative (Calc computes in doubles).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal } from "../../src/numeric/decimal.js";
import { compileDecimal } from "../../src/quantify/_internal/compileDecimal.js";
import { formulaTree } from "../../src/quantify/formulaTree.js";
import { excelFormula } from "../../src/xlsx/_internal/excelFormula.js";
import { calcSheet, type CalcCell, hasCalc } from "../support/calc.js";

const NAMES = ["a", "b", "c"] as const;

/** Formula text over a, b and c: arithmetic, comparisons, logic, ?: and every whitelisted function. */
const formula: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NAMES),
    fc.constantFrom("2", "0.5", "3", "1.25", "10"),
    fc.tuple(tie("f"), fc.constantFrom("+", "-", "*", "/"), tie("f")).map(([x, op, y]) => `(${x} ${op} ${y})`),
    tie("f").map((x) => `-${x}`),
    tie("f").map((x) => `(${x}) ^ 2`),
    fc.tuple(tie("f"), fc.constantFrom("<", "<=", ">", ">=", "==", "!="), tie("f")).map(([x, op, y]) => `(${x} ${op} ${y})`),
    fc.tuple(tie("f"), fc.constantFrom("and", "or"), tie("f")).map(([x, op, y]) => `(${x} ${op} ${y})`),
    tie("f").map((x) => `(not ${x})`),
    fc.tuple(tie("f"), tie("f"), tie("f")).map(([t, x, y]) => `(${t} > 1 ? ${x} : ${y})`),
    fc.tuple(fc.constantFrom("min", "max"), tie("f"), tie("f")).map(([fn, x, y]) => `${fn}(${x}, ${y})`),
    fc.tuple(fc.constantFrom("abs", "floor", "ceil"), tie("f")).map(([fn, x]) => `${fn}(${x})`),
    tie("f").map((x) => `sqrt(abs(${x}))`),
    tie("f").map((x) => `exp(min(${x}, 5))`),
    tie("f").map((x) => `log(abs(${x}) + 1)`),
    tie("f").map((x) => `log(abs(${x}) + 2, 10)`),
    fc.tuple(tie("f"), fc.constantFrom("0", "1", "2", "2.7")).map(([x, n]) => `round(${x}, ${n})`),
    tie("f").map((x) => `round(${x})`),
  ),
})).f;

const input = fc.integer({ min: -5000, max: 5000 }).map((n) => n / 100);

/** valueframe's exact value of a formula, or undefined where it has none (a division by zero…). */
function exact(text: string, values: readonly number[]): Decimal | undefined {
  try {
    const fn = compileDecimal(formulaTree(text), (name) => NAMES.indexOf(name as (typeof NAMES)[number]), { path: [], text });
    const value = fn(values.map((v) => new Dec(v)));
    return value.isFinite() ? value : undefined;
  } catch {
    return undefined;
  }
}

describe.skipIf(!hasCalc)("spreadsheet formulas in LibreOffice Calc", () => {
  it("give valueframe's figures for 300 random formulas and inputs", { timeout: 180_000 }, () => {
    const cases = fc.sample(fc.record({ text: formula, values: fc.tuple(input, input, input) }), { numRuns: 300, seed: 20261206 });
    const kept = cases.map((c) => ({ ...c, expected: exact(c.text, c.values) })).filter((c): c is typeof c & { expected: Decimal } => c.expected !== undefined);
    expect(kept.length).toBeGreaterThan(200);
    // Row i: a, b, c, then the formula over the row's own cells.
    const rows: CalcCell[][] = kept.map((c, i) => [
      ...c.values,
      { formula: excelFormula(formulaTree(c.text), (name) => `${"ABC"[NAMES.indexOf(name as (typeof NAMES)[number])]}${i + 1}`) },
    ]);
    const computed = calcSheet(rows);
    const wrong: string[] = [];
    kept.forEach((c, i) => {
      const shown = computed[i]?.[3] ?? "";
      const got = Number(shown);
      const want = c.expected.toNumber();
      const ok = shown !== "" && Number.isFinite(got) && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
      if (!ok) wrong.push(`${c.text} at a=${c.values[0]}, b=${c.values[1]}, c=${c.values[2]}: valueframe ${c.expected.toString()}, Calc ${shown} (=${(rows[i]![3] as { formula: string }).formula})`);
    });
    expect(wrong).toEqual([]);
  });
});
