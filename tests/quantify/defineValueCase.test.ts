import { describe, expect, it } from "vitest";
import { defineValueCase, safeDefineValueCase } from "../../src/quantify/defineValueCase.js";
import { QuantifyValidationError } from "../../src/quantify/errors.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

const base = (): ValueCaseInput => ({
  name: "Pilot",
  currency: "CNY",
  period: "year",
  horizon: 3,
  discountRate: "0.08",
  drivers: [
    { id: "days", label: "DSO reduction", value: 14, unit: "day", provenance: { kind: "assumption" } },
    { id: "daily", label: "daily revenue", value: "1000000", unit: "CNY/day", provenance: { kind: "customer_data" } },
  ],
  quantities: [{ id: "released", label: "working capital released", formula: "days * daily", unit: "CNY" }],
  lines: [{ id: "release", kind: "benefit", amount: "released", recurrence: "once", start: 1 }],
});

function withFormula(formula: string): ValueCaseInput {
  return { ...base(), quantities: [{ id: "released", formula }] };
}

function issuesOf(input: unknown) {
  const result = safeDefineValueCase(input as ValueCaseInput);
  if (result.success) throw new Error("expected problems");
  expect(result.error).toBeInstanceOf(QuantifyValidationError);
  expect(result.error.code).toBe("QUANTIFY_INVALID");
  return result.error.issues;
}

describe("defineValueCase", () => {
  it("accepts a valid case, turns numbers into Decimals and freezes it", () => {
    const valueCase = defineValueCase(base());
    expect(valueCase.drivers[1]?.value.toString()).toBe("1000000");
    expect(valueCase.discountRate.toString()).toBe("0.08");
    expect(Object.isFrozen(valueCase.drivers)).toBe(true);
    expect(defineValueCase(valueCase)).toBe(valueCase);
  });

  it("reads its own JSON back", () => {
    const valueCase = defineValueCase(base());
    const again = defineValueCase(JSON.parse(JSON.stringify(valueCase)) as ValueCaseInput);
    expect(again.drivers[0]?.value.toString()).toBe("14");
  });

  it("throws QuantifyValidationError listing every problem with its path", () => {
    const input = { ...base(), horizon: 0, drivers: [{ id: "1x", value: "abc", provenance: { kind: "guess" } }] };
    expect(() => defineValueCase(input as unknown as ValueCaseInput)).toThrow(QuantifyValidationError);
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["horizon", "drivers.0.id", "drivers.0.value", "drivers.0.provenance.kind"]),
    );
    expect(issues.find((issue) => issue.path.join(".") === "drivers.0.value")?.code).toBe("not_numeric");
  });

  it("reports a syntax error with mathjs's character position", () => {
    const [issue] = issuesOf(withFormula("days * (daily"));
    expect(issue?.path).toEqual(["quantities", 0, "formula"]);
    expect(issue?.code).toBe("formula_syntax");
    expect(issue?.message).toContain("at character 14");
    expect(issue?.message).toContain("Parenthesis ) expected");
  });

  it("reports unknown names with a hint", () => {
    const [issue] = issuesOf(withFormula("dayz * daily"));
    expect(issue).toMatchObject({ path: ["quantities", 0, "formula"], code: "unknown_name" });
    expect(issue?.message).toBe('unknown name "dayz" in "dayz * daily" (did you mean "days"?)');
  });

  it("reports a cycle with its path", () => {
    const input: ValueCaseInput = {
      ...base(),
      quantities: [
        { id: "a", formula: "b + 1" },
        { id: "b", formula: "c * 2" },
        { id: "c", formula: "a - days" },
      ],
      lines: [{ id: "l", kind: "benefit", amount: "a", recurrence: "once" }],
    };
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["quantities", 0, "formula"], code: "formula_cycle" });
    expect(issues[0]?.message).toContain("a → b → c → a");
  });

  it("reports a formula that uses itself", () => {
    const issues = issuesOf(withFormula("released + days"));
    expect(issues[0]?.message).toContain("released → released");
  });

  it.each([
    ["import({}, {})", "formula_function", 'function "import" is not allowed'],
    ["createUnit('x')", "formula_function", 'function "createUnit" is not allowed'],
    ["evaluate('1+1')", "formula_function", 'function "evaluate" is not allowed'],
    ["parse('1')", "formula_function", 'function "parse" is not allowed'],
    ["compile('1')", "formula_function", 'function "compile" is not allowed'],
    ["days = 3", "formula_forbidden", "assignment is not allowed"],
    ["f(x) = x", "formula_forbidden", "function definition is not allowed"],
    ["days.constructor", "formula_forbidden", "property access is not allowed"],
    ["[1, 2]", "formula_forbidden", "matrices and arrays are not allowed"],
    ["days; daily", "formula_forbidden", "one expression"],
    ["days < daily < 3", "formula_forbidden", "chained comparisons"],
    ["5!", "formula_forbidden", 'operator "!" is not allowed'],
    ["max()", "formula_arity", "max() takes at least 1 argument"],
    ["'text'", "formula_forbidden", "only finite numbers"],
  ])("refuses %s", (formula, code, part) => {
    const [issue] = issuesOf(withFormula(formula));
    expect(issue?.code).toBe(code);
    expect(issue?.message).toContain(part);
    expect(issue?.path).toEqual(["quantities", 0, "formula"]);
  });

  it("bounds formula length and depth", () => {
    expect(issuesOf(withFormula(`days${" + days".repeat(400)}`))[0]?.code).toBe("formula_too_long");
    const deep = `${"(".repeat(70)}days${")".repeat(70)}`;
    expect(issuesOf(withFormula(deep))[0]).toMatchObject({ code: "formula_too_deep" });
    const nested = `${"abs(".repeat(65)}days${")".repeat(65)}`;
    expect(issuesOf(withFormula(nested))[0]?.message).toContain("at most 64");
  });

  it("accepts the whitelist: arithmetic, comparisons, conditionals and functions", () => {
    const formula = "max(days, 1) * round(daily / 3, 2) + (days > 10 ? 1 : 0) * abs(-daily) * days - sqrt(days^2) * daily + exp(log(2)) * days * daily";
    expect(() => defineValueCase(withFormula(formula))).not.toThrow();
  });

  it("reports unit mismatches where units are declared", () => {
    const [sum] = issuesOf(withFormula("days + daily"));
    expect(sum).toMatchObject({ path: ["quantities", 0, "formula"], code: "unit_mismatch" });
    expect(sum?.message).toBe('cannot add day and CNY/day in "days + daily"');
    const declared = issuesOf({ ...base(), quantities: [{ id: "released", formula: "daily", unit: "CNY" }] });
    expect(declared[0]?.message).toBe('"released" is declared in CNY but its formula "daily" gives CNY/day');
    const line = issuesOf({ ...base(), lines: [{ id: "l", kind: "benefit", amount: "days", recurrence: "once" }] });
    expect(line[0]).toMatchObject({ path: ["lines", 0, "amount"], code: "unit_mismatch" });
    expect(line[0]?.message).toBe('the amount "days" is in day; this line needs CNY');
  });

  it("lets plain numbers take the unit of what they are added to", () => {
    expect(() => defineValueCase(withFormula("days * daily + 500"))).not.toThrow();
    expect(() => defineValueCase(withFormula("days * daily * 0.5"))).not.toThrow();
  });

  it("skips unit checks where a unit is not declared", () => {
    const input = base();
    const drivers = input.drivers.map((driver) => ({ ...driver, unit: undefined }));
    expect(() => defineValueCase({ ...input, drivers: drivers.map(({ unit: _u, ...rest }) => rest), quantities: [{ id: "released", formula: "days + daily" }] })).not.toThrow();
  });

  it("reports duplicate and reserved names", () => {
    const issues = issuesOf({ ...base(), quantities: [{ id: "days", formula: "daily" }, { id: "max", formula: "1" }], lines: [{ id: "l", kind: "cost", amount: 5, recurrence: "once" }] });
    expect(issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["quantities.0.id", "duplicate_id"],
      ["quantities.1.id", "reserved_name"],
    ]);
  });

  it("checks uncertainty ranges, line timing, alternatives and scenarios", () => {
    const input: ValueCaseInput = {
      ...base(),
      drivers: [
        { id: "days", value: 14, unit: "day", provenance: { kind: "assumption" }, uncertainty: { distribution: "triangular", low: 15, high: 20 } },
        { id: "daily", value: 1, unit: "CNY/day", provenance: { kind: "assumption" }, uncertainty: { distribution: "uniform", low: 2, high: 1 } },
      ],
      lines: [{ id: "release", kind: "benefit", amount: "released", recurrence: "once", start: 9, rampUp: { type: "linear", periods: 2 } }],
      alternatives: [{ id: "dso", options: ["s1", "s2"], chosen: "s3" }],
      scenarios: [{ id: "low", drivers: { nope: 1 } }],
    };
    const issues = issuesOf(input);
    expect(issues.map((issue) => `${issue.path.join(".")}:${issue.code}`)).toEqual([
      "drivers.0.uncertainty.low:invalid_range",
      "drivers.1.uncertainty.low:invalid_range",
      // In the order the line is written: start before rampUp.
      "lines.0.start:outside_horizon",
      "lines.0.rampUp:once_line_option",
      "alternatives.0.chosen:unknown_option",
      "scenarios.0.drivers.nope:unknown_driver",
    ]);
    expect(issues[0]?.message).toBe("the driver's value (14) must lie between low (15) and high (20)");
  });

  it("says where each problem is in the error message", () => {
    const result = safeDefineValueCase(withFormula("dayz * daily"));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.message).toContain("valueframe: value case: 1 problem:");
      expect(result.error.message).toContain("quantities[0].formula: unknown name");
    }
  });
});
