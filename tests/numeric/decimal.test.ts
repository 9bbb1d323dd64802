import { Decimal as GlobalDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec, isNumeric, numericProblem, toDec } from "../../src/numeric/decimal.js";

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
