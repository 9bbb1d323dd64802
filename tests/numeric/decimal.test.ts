import { Decimal as GlobalDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec, figureRangeProblem, isFigureSized, isNumeric, numericProblem, toDec } from "../../src/numeric/decimal.js";

describe("toDec", () => {
  it("gives the same value for a number, its text, a bigint and a Decimal", () => {
    expect(toDec(1.1).eq("1.1")).toBe(true);
    expect(toDec("1.1").eq(toDec(1.1))).toBe(true);
    expect(toDec(12n).eq(12)).toBe(true);
    expect(toDec(new GlobalDecimal("2.5")).eq("2.5")).toBe(true);
    expect(toDec(" -1.5e6 ").toString()).toBe("-1500000");
  });

  it("keeps exact decimal arithmetic", () => {
    expect(toDec(0.1).plus(0.2).toString()).toBe("0.3");
  });

  it("rejects non-numbers", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "1,5", "", "abc", null, undefined, {}, []]) {
      expect(isNumeric(bad)).toBe(false);
    }
    expect(() => toDec("1,5")).toThrow(/"1,5" is not a decimal number/);
  });

  it("says what it got instead, once and briefly", () => {
    const expected = "expected a number, a decimal string, a bigint or a Decimal, got";
    expect(numericProblem(undefined)).toBe(`${expected} undefined`);
    expect(numericProblem(null)).toBe(`${expected} null`);
    expect(numericProblem(true)).toBe(`${expected} boolean true`);
    expect(numericProblem([1])).toBe(`${expected} an array`);
    expect(numericProblem(() => 1)).toBe(`${expected} a function`);
    expect(numericProblem(Symbol("x"))).toBe(`${expected} a symbol`);
    expect(numericProblem(Number.NaN)).toBe("NaN is not a finite number");
  });

  it("uses its own clone and leaves the global Decimal configuration alone", () => {
    expect(Dec.precision).toBe(40);
    expect(GlobalDecimal.precision).toBe(20);
    expect(new Dec(1).div(3).toString()).toHaveLength(42);
  });
});

describe("bounds on numbers", () => {
  it("refuses more than 1000 significant digits, counting neither leading nor trailing zeros", () => {
    expect(numericProblem(`0.000${"1".repeat(1000)}000`)).toBeUndefined();
    expect(numericProblem(`${"1".repeat(1000)}${"0".repeat(5000)}`)).toBeUndefined();
    expect(numericProblem(`0.${"1".repeat(1001)}`)).toMatch(/has 1001 significant digits; at most 1000 are accepted/);
    expect(numericProblem(10n ** 1200n + 1n)).toMatch(/^bigint has 1201 significant digits/);
    expect(numericProblem(new Dec(1).div(3))).toBeUndefined();
    expect(numericProblem(GlobalDecimal.clone({ precision: 2000 }).div(1, 3))).toMatch(/^a Decimal has 2000 significant digits/);
  });

  it("refuses exponents decimal.js would turn into Infinity or 0", () => {
    expect(numericProblem("1e9000000000000000")).toBeUndefined();
    expect(numericProblem("1e9000000000000001")).toMatch(/beyond the range of decimal numbers/);
    expect(numericProblem("0.001e-9000000000000000")).toMatch(/beyond the range of decimal numbers/);
    expect(numericProblem(`1e${"9".repeat(400)}`)).toMatch(/beyond the range of decimal numbers/);
    expect(toDec("1e400000000").toString()).toBe("1e+400000000");
  });

  it("checks a long run of zeros in linear time", () => {
    // A backtracking /0+$/ would be quadratic here; a generous timeout, no timing assertion.
    expect(numericProblem(`${"0".repeat(2_000_000)}1`)).toBeUndefined();
  }, 10_000);

  it("tells the figures of a value case apart: 0 or 1e-100 ≤ |x| < 1e100", () => {
    for (const good of ["0", "1e-100", "-9.99e99", "123.45"]) expect(figureRangeProblem(new Dec(good))).toBeUndefined();
    expect(figureRangeProblem(new Dec("1e100"))).toBe("1e+100 is out of range: a figure must be 0 or between 1e-100 and 1e100 in size");
    expect(figureRangeProblem(new Dec("-9.9e-101"))).toMatch(/^-9\.9e-101 is out of range/);
    expect(isFigureSized(new Dec(Number.NaN))).toBe(true); // left to the finiteness checks
  });
});
