import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { thrown } from "../frame/fixtures.js";
import { Dec } from "../../src/numeric/decimal.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { QuantifyError, QuantifyArgumentError } from "../../src/quantify/errors.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { simulate } from "../../src/quantify/simulate.js";
import type { SimulateOptions } from "../../src/quantify/simulate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

const distributor = defineValueCase(JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")) as ValueCaseInput);

describe("simulate", () => {
  it("gives the same figures for the same seed, whatever the chunk size", () => {
    const a = JSON.stringify(simulate(distributor, { iterations: 3000, seed: 42 }));
    const b = JSON.stringify(simulate(distributor, { iterations: 3000, seed: 42, chunkSize: 7 }));
    const c = JSON.stringify(simulate(distributor, { iterations: 3000, seed: 42, chunkSize: 1 }));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(JSON.stringify(simulate(distributor, { iterations: 3000, seed: 43 }))).not.toBe(a);
  });

  it("agrees with the exact expected-value evaluation within sampling error", () => {
    // Every line amount of the distributor is a product of functions of distinct, independent drivers,
    // each entering linearly (DSO reduction × revenue ÷ days × cost of funds × (1 + units × unit size)),
    // and NPV is a fixed linear combination of the amounts. So E[NPV] is exactly the NPV with every
    // driver at the mean of its distribution, which evaluate() computes exactly with basis "mean".
    // A simulated mean falls within 4 standard errors of it except with probability about 6e-5.
    for (const measure of ["weighted", "unadjusted"] as const) {
      const mc = simulate(distributor, { iterations: 40000, seed: 3, measure });
      const exact = evaluate(distributor, { basis: "mean" })[measure].npv;
      expect(mc.npv.mean.minus(exact).abs().lte(mc.npv.standardError.times(4))).toBe(true);
      expect(mc.npv.standardError.toNumber()).toBeCloseTo(mc.npv.sd.toNumber() / 200, 6);
    }
  });

  it("reports percentiles in order, the exact base NPV and P(NPV > 0)", () => {
    const mc = simulate(distributor, { iterations: 20000, seed: 7, percentiles: [95, 5, 50] });
    expect(mc.npv.percentiles.map((item) => item.p)).toEqual([5, 10, 50, 90, 95]);
    const values = mc.npv.percentiles.map((item) => item.value.toNumber());
    expect([...values].sort((x, y) => x - y)).toEqual(values);
    expect(mc.npv.p10.eq(mc.npv.percentiles[1]!.value)).toBe(true);
    expect(mc.npv.min.lte(mc.npv.p10) && mc.npv.p90.lte(mc.npv.max)).toBe(true);
    expect(mc.baseNpv.toString()).toBe(evaluate(distributor).weighted.npv.toString());
    // Even at every driver's worst end the weighted NPV stays above 8 M CNY.
    expect(mc.probabilityPositive.toString()).toBe("1");
    expect(mc.payback.neverShare.toString()).toBe("0");
    expect(mc.histogram).toHaveLength(20);
    expect(mc.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(20000);
    expect(mc.histogram[0]!.from.eq(mc.npv.min) && mc.histogram.at(-1)!.to.eq(mc.npv.max)).toBe(true);
    expect(Object.isFrozen(mc.npv.percentiles)).toBe(true);
  });

  it("summarises each uncertain driver's draws in its written units", () => {
    const mc = simulate(distributor, { iterations: 20000, seed: 11 });
    expect(mc.drivers.map((driver) => driver.id)).toEqual(["dsoReduction", "costOfFunds", "otherUnitSize", "implementationCost", "runningCost"]);
    const cost = mc.drivers.find((driver) => driver.id === "costOfFunds")!;
    // Uniform 5…7 %: mean 6, sd 2/√12 ≈ 0.577
    expect(cost.expectedMean.toString()).toBe("6");
    expect(Math.abs(cost.mean.toNumber() - 6)).toBeLessThan(0.02);
    expect(cost.sd.toNumber()).toBeCloseTo(2 / Math.sqrt(12), 2);
    expect(cost.min.gte(5) && cost.max.lte(7)).toBe(true);
    const dso = mc.drivers[0]!;
    // Triangular 8, 14, 16: mean 38/3; it drives NPV almost alone.
    expect(dso.expectedMean.toFixed(6)).toBe("12.666667");
    expect(Math.abs(dso.mean.toNumber() - 38 / 3)).toBeLessThan(0.05);
    expect(dso.correlation!.gt("0.85")).toBe(true);
    expect(mc.driverIterations).toBe(20000);
    // Beyond 20,000 iterations the summaries describe the first 20,000 draws, the same whatever the total.
    const longer = simulate(distributor, { iterations: 30000, seed: 11 });
    expect(longer.driverIterations).toBe(20000);
    expect(JSON.stringify(longer.drivers)).toBe(JSON.stringify(mc.drivers.map((driver) => ({ ...driver, correlation: longer.drivers.find((x) => x.id === driver.id)!.correlation }))));
    expect(mc.drivers.find((driver) => driver.id === "implementationCost")!.correlation!.isNegative()).toBe(true);
  });

  it("keeps drivers without uncertainty, and drivers a scenario sets, fixed", () => {
    const mc = simulate(distributor, { iterations: 500, seed: 1, scenario: "conservative" });
    expect(mc.drivers.map((driver) => driver.id)).toEqual(["costOfFunds", "implementationCost", "runningCost"]);
    expect(mc.scenario).toEqual({ id: "conservative", label: "Conservative" });

    const allFixed = simulate(distributor, {
      iterations: 200,
      drivers: { dsoReduction: 14, costOfFunds: 6, otherUnitSize: "0.5", implementationCost: 2000000, runningCost: 300000 },
    });
    expect(allFixed.drivers).toEqual([]);
    expect(allFixed.npv.sd.toString()).toBe("0");
    expect(allFixed.npv.min.eq(allFixed.npv.max)).toBe(true);
    // The float NPV agrees with the exact one to float precision.
    expect(allFixed.npv.p50.minus(allFixed.baseNpv).abs().lt("1e-6")).toBe(true);
    expect(allFixed.histogram).toEqual([{ from: allFixed.npv.min, to: allFixed.npv.max, count: 200 }]);
  });

  it("gives the payback distribution and the share never paying back", () => {
    // Cost 100 now; a benefit of x a year, x uniform on 0…100, over 2 years. Cumulative flow reaches 0
    // at 100 ÷ x years when x ≥ 50, and never when x < 50. Payback falls as x grows, so
    // payback P10 is 100 ÷ (P90 of x) = 100 ÷ 90, and P40 is 100 ÷ 60.
    const pilot = defineValueCase({
      name: "pilot", currency: "EUR", period: "year", horizon: 2, discountRate: "0.05",
      drivers: [{ id: "x", value: 60, unit: "EUR/year", provenance: { kind: "assumption" }, uncertainty: { distribution: "uniform", low: 0, high: 100 } }],
      lines: [
        { id: "cost", kind: "cost", amount: 100, recurrence: "once" },
        { id: "gain", kind: "benefit", amount: "x", recurrence: "recurring" },
      ],
    });
    const mc = simulate(pilot, { iterations: 40000, seed: 5, percentiles: [40] });
    expect(Math.abs(mc.payback.neverShare.toNumber() - 0.5)).toBeLessThan(0.01);
    expect(mc.payback.p10.periods!.toNumber()).toBeCloseTo(100 / 90, 1);
    expect(mc.payback.p10.years!.eq(mc.payback.p10.periods!)).toBe(true);
    expect(mc.payback.percentiles.find((item) => item.p === 40)!.periods!.toNumber()).toBeCloseTo(100 / 60, 1);
    expect(mc.payback.p90).toEqual({ p: 90, periods: null, years: null });
    // NPV > 0 when 100 < x (1/1.05 + 1/1.05²), i.e. x > 53.78…
    const threshold = new Dec(100).div(new Dec(1).div("1.05").plus(new Dec(1).div(new Dec("1.05").pow(2)))).toNumber();
    expect(Math.abs(mc.probabilityPositive.toNumber() - (1 - threshold / 100))).toBeLessThan(0.01);
  });

  it("lists every bad option with its path", () => {
    const error = thrown(() => simulate(distributor, {
      iterations: 0, seed: 1.5, percentiles: [50, 101], bins: 0, scenario: "nope", colour: "red",
    } as SimulateOptions)) as QuantifyArgumentError;
    expect(error).toBeInstanceOf(QuantifyArgumentError);
    expect(error.code).toBe("QUANTIFY_INVALID_ARGUMENT");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["iterations", "seed", "percentiles.1", "bins", "", "scenario"]);
    expect(error.issues.map((issue) => issue.code)).toEqual(["too_small", "invalid_type", "too_big", "too_small", "unrecognized_keys", "unknown_scenario"]);
    expect(error.issues[4]?.message).toContain("colour");
    expect(error.message).toContain("simulation options");
    const tooMany = thrown(() => simulate(distributor, { iterations: 10_000_001 })) as QuantifyArgumentError;
    expect(tooMany.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([["iterations", "too_big"]]);
  });

  it("says which line has no finite value and in which iteration", () => {
    const rooted = defineValueCase({
      name: "root", currency: "EUR", period: "year", horizon: 1, discountRate: 0,
      drivers: [{ id: "x", value: 4, provenance: { kind: "assumption" }, uncertainty: { distribution: "uniform", low: -1, high: 9 } }],
      lines: [{ id: "b", kind: "benefit", amount: "sqrt(x)", recurrence: "once" }],
    });
    const error = thrown(() => simulate(rooted, { iterations: 1000, seed: 2 })) as QuantifyError;
    expect(error).toBeInstanceOf(QuantifyError);
    expect(error.code).toBe("QUANTIFY_NOT_FINITE");
    expect(error.message).toMatch(/^valueframe: lines\[0\]\.amount: "sqrt\(x\)" has no finite value in iteration \d+ \(seed 2\)/);
  });
});

describe("simulate's progress callback", () => {
  it("is told the iterations done after each chunk and leaves the figures as they were", () => {
    const calls: [number, number][] = [];
    const withProgress = simulate(distributor, { iterations: 5000, seed: 3, chunkSize: 2048, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[2048, 5000], [4096, 5000], [5000, 5000]]);
    expect(withProgress.npv.p50.toString()).toBe(simulate(distributor, { iterations: 5000, seed: 3 }).npv.p50.toString());
  });

  it("must be a function", () => {
    const error = thrown(() => simulate(distributor, { onProgress: 5 as unknown as () => void }));
    expect(error).toBeInstanceOf(QuantifyArgumentError);
    expect((error as QuantifyArgumentError).message).toContain("onProgress: expected a function");
  });
});
