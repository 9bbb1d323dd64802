import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { breakEven } from "../../src/quantify/breakEven.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { diffEvaluations } from "../../src/quantify/diffEvaluations.js";
import { QuantifyArgumentError } from "../../src/quantify/errors.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import { riskAdjustment } from "../../src/quantify/riskAdjustment.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import { tornado } from "../../src/quantify/tornado.js";

const distributor = defineValueCase(JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")) as ValueCaseInput);
const d = (x: number | string) => new Dec(x);
const r = d("1.08");

describe("scenarios", () => {
  it("evaluates the case's scenarios side by side, base first", () => {
    const table = evaluateScenarios(distributor);
    expect(table.rows.map((row) => row.id)).toEqual(["base", "conservative", "optimistic", "risk-adjusted"]);
    const [base, conservative, optimistic] = table.rows;
    expect(conservative!.weightedNpv.lt(base!.weightedNpv)).toBe(true);
    expect(optimistic!.weightedNpv.gt(base!.weightedNpv)).toBe(true);
    // Conservative: 8 days × 1 M CNY/day × (1 + 2 × 0.3) = 12.8 M CNY released
    expect(table.evaluations[1]?.lines[0]?.amount.toString()).toBe("12800000");
    expect(table.evaluations[1]?.drivers.find((driver) => driver.id === "dsoReduction")).toMatchObject({ overridden: true });
  });

  it("risk-adjusts benefits down and costs up by the stated factors", () => {
    const adjusted = evaluate(distributor, { scenario: riskAdjustment("0.1", "0.2", { reason: "first roll-out" }) });
    expect(adjusted.lines.map((line) => line.amount.toString())).toEqual(["25200000", "1512000", "2400000", "360000"]);
    expect(adjusted.riskAdjustment?.reason).toBe("first roll-out");
    expect(formatTrace(adjusted.trace["line:implementation"]!)).toBe(
      "implementation = implementation (base) × (1 + cost risk adjustment) = 2,000,000 CNY × 1.2 = 2,400,000 CNY [risk-adjusted]",
    );
    // Hand: weighted flows t0 −2.4 M; t1 0.8 × (25.2 M + 0.75 × 1.512 M) − 0.36 M; t2, t3 0.8 × 1.512 M − 0.36 M
    const t1 = d("0.8").times(d(25200000).plus(d(1512000).times("0.75"))).minus(360000);
    const t2 = d("0.8").times(1512000).minus(360000);
    const npv = d(-2400000).plus(t1.div(r)).plus(t2.div(r.pow(2))).plus(t2.div(r.pow(3)));
    expect(adjusted.weighted.npv.toSignificantDigits(20).toString()).toBe(npv.toSignificantDigits(20).toString());
  });

  it("takes a scenario's discount rate and probabilities", () => {
    const e = evaluate(distributor, { scenario: { id: "s", discountRate: "0.1", probabilities: { workingCapital: "0.5" } } });
    expect(e.discountRate.toString()).toBe("0.1");
    expect(e.lines[0]?.probability.toString()).toBe("0.5");
  });

  it("rejects unknown scenarios and drivers with their paths", () => {
    try {
      evaluate(distributor, { scenario: "pessimistic", drivers: { nope: 1, dsoReduction: "x" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuantifyArgumentError);
      const e = error as QuantifyArgumentError;
      expect(e.code).toBe("QUANTIFY_INVALID_ARGUMENT");
      expect(e.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
        ["scenario", "unknown_scenario"],
        ["drivers.nope", "unknown_driver"],
        ["drivers.dsoReduction", "not_numeric"],
      ]);
      expect(e.issues[0]?.message).toContain('no scenario "pessimistic"');
    }
  });
});

describe("diffEvaluations", () => {
  it("lists what changed and the drivers that explain it", () => {
    const diff = diffEvaluations(evaluate(distributor), evaluate(distributor, { scenario: "conservative" }));
    expect(diff.settings).toEqual([{ name: "scenario", before: "base", after: "conservative" }]);
    expect(diff.drivers.map((c) => [c.id, c.before?.toString(), c.after?.toString(), c.delta?.toString()])).toEqual([
      ["driver:dsoReduction", "14", "8", "-6"],
      ["driver:otherUnitSize", "0.5", "0.3", "-0.2"],
    ]);
    const released = diff.quantities.find((c) => c.id === "quantity:workingCapitalReleased");
    expect(released?.because).toEqual(["dsoReduction"]);
    expect(released?.delta?.toString()).toBe("-6000000");
    expect(diff.quantities.some((c) => c.id === "quantity:dailyRevenue")).toBe(false);
    expect(diff.lines.find((c) => c.id === "line:workingCapital")?.because).toEqual(["dsoReduction", "otherUnitSize"]);
    expect(diff.lines.some((c) => c.id === "line:implementation")).toBe(false);
    expect(diff.measures.find((c) => c.id === "weighted.npv")?.because).toEqual(["dsoReduction", "otherUnitSize"]);
  });

  it("names changed settings among the reasons", () => {
    const diff = diffEvaluations(evaluate(distributor), evaluate(distributor, { scenario: "risk-adjusted" }));
    expect(diff.settings.map((s) => s.name)).toEqual(["scenario", "riskAdjustment"]);
    expect(diff.measures.find((c) => c.id === "unadjusted.npv")?.because).toEqual(["riskAdjustment"]);
  });
});

describe("tornado", () => {
  it("ranks uncertain drivers by the NPV swing between their low and high values", () => {
    const result = tornado(distributor);
    expect(result.rows.map((row) => row.driver)).toEqual(["dsoReduction", "otherUnitSize", "costOfFunds", "implementationCost", "runningCost"]);
    expect(result.baseNpv.toString()).toBe(evaluate(distributor).weighted.npv.toString());
    const top = result.rows[0]!;
    expect([top.low.toString(), top.high.toString()]).toEqual(["8", "16"]);
    expect(top.npvAtLow.toString()).toBe(evaluate(distributor, { drivers: { dsoReduction: 8 } }).weighted.npv.toString());
    // Implementation cost is paid at t = 0: its swing is exactly 2,600,000 − 1,800,000
    expect(result.rows.find((row) => row.driver === "implementationCost")?.swing.toString()).toBe("800000");
  });

  it("rejects drivers without a range", () => {
    expect(() => tornado(distributor, { swing: ["annualRevenue", "x"] })).toThrow(QuantifyArgumentError);
    try {
      tornado(distributor, { swing: ["annualRevenue", "x"] });
    } catch (error) {
      expect((error as QuantifyArgumentError).issues.map((issue) => issue.code)).toEqual(["no_range", "unknown_driver"]);
    }
  });
});

describe("breakEven", () => {
  it("finds the DSO reduction at which the weighted NPV is zero, matching the hand solution", () => {
    // NPV(x) = −2,000,000 − 300,000 × A + 0.8 × x × (2,000,000 ÷ 1.08 + 120,000 × B), linear in x, where
    // A = 1/1.08 + 1/1.08² + 1/1.08³ and B = 0.75/1.08 + 1/1.08² + 1/1.08³ (x days release 1 M CNY/day × 2 units,
    // saving 6 % of it a year, ramped 0.75 in year 1)
    const A = d(1).div(r).plus(d(1).div(r.pow(2))).plus(d(1).div(r.pow(3)));
    const B = d("0.75").div(r).plus(d(1).div(r.pow(2))).plus(d(1).div(r.pow(3)));
    const expected = d(2000000).plus(d(300000).times(A)).div(d("0.8").times(d(2000000).div(r).plus(d(120000).times(B))));
    const result = breakEven(distributor, "dsoReduction");
    expect(result.value?.toSignificantDigits(25).toString()).toBe(expected.toSignificantDigits(25).toString());
    expect(result.npv?.abs().lt("1e-15")).toBe(true);
    expect(evaluate(distributor, { drivers: { dsoReduction: result.value! } }).weighted.npv.abs().lt("1e-15")).toBe(true);
  });

  it("widens the bracket when the range does not contain the root", () => {
    const result = breakEven(distributor, "implementationCost");
    expect(result.value?.gt(20000000)).toBe(true);
    expect(result.npv?.abs().lt("1e-10")).toBe(true);
  });

  it("returns null with a reason when NPV never reaches zero", () => {
    const alwaysPositive: ValueCaseInput = {
      name: "never negative", currency: "CNY", period: "year", horizon: 1, discountRate: 0,
      drivers: [{ id: "x", value: 3, provenance: { kind: "assumption" } }],
      lines: [{ id: "b", kind: "benefit", amount: "x^2 + 1", recurrence: "once" }],
    };
    const result = breakEven(alwaysPositive, "x");
    expect(result.value).toBeNull();
    expect(result.reason).toContain("NPV does not reach 0 for x between");
  });

  it("rejects an unknown driver", () => {
    expect(() => breakEven(distributor, "nope")).toThrow(/"nope" is not a driver/);
  });
});
