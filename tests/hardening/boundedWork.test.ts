/**
 * Hostile sizes end in a typed error, at once: huge exponents in formulas, giant or overlong numbers,
 * discounting that explodes, oversize analyses, compounding beyond a spreadsheet's range. Each test has
 * a generous timeout and no timing assertion (speed claims stay in the bench); before the limits of
 * docs/limits.md, each of these ran for seconds to hours, or returned NaN, Infinity or an unprintable figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal as DecimalJs } from "decimal.js";
import { ValueframeError, ValueframeValidationError } from "../../src/errors/ValueframeError.js";
import { fv } from "../../src/finance/fv.js";
import { npv } from "../../src/finance/npv.js";
import { pmt } from "../../src/finance/pmt.js";
import { pv } from "../../src/finance/pv.js";
import { cashConversionCycle } from "../../src/finance/cashConversionCycle.js";
import { contributionMargin } from "../../src/finance/contributionMargin.js";
import { contributionMarginRatio } from "../../src/finance/contributionMarginRatio.js";
import { daysInventoryOutstanding } from "../../src/finance/daysInventoryOutstanding.js";
import { daysPayablesOutstanding } from "../../src/finance/daysPayablesOutstanding.js";
import { daysSalesOutstanding } from "../../src/finance/daysSalesOutstanding.js";
import { financingCostSaved } from "../../src/finance/financingCostSaved.js";
import { inventoryTurnover } from "../../src/finance/inventoryTurnover.js";
import { payablesTurnover } from "../../src/finance/payablesTurnover.js";
import { receivablesTurnover } from "../../src/finance/receivablesTurnover.js";
import { roi } from "../../src/finance/roi.js";
import { workingCapitalReleased } from "../../src/finance/workingCapitalReleased.js";
import { chooseSolutions, MAX_CANDIDATES } from "../../src/quantify/chooseSolutions.js";
import { QuantifyError } from "../../src/quantify/errors.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { breakEven, MAX_BREAK_EVEN_WORK } from "../../src/quantify/breakEven.js";
import { evaluateScenarios, MAX_SCENARIO_WORK } from "../../src/quantify/evaluateScenarios.js";
import { MAX_SIMULATION_WORK, simulate } from "../../src/quantify/simulate.js";
import { tornado } from "../../src/quantify/tornado.js";

const TIMEOUT = 10_000;

type Case = {
  horizon: number;
  period: string;
  discountRate: string;
  drivers: Record<string, unknown>[];
  quantities: { id: string; formula: string }[];
  lines: Record<string, unknown>[];
  scenarios?: Record<string, unknown>[];
};
const example = (name: string): Case => JSON.parse(readFileSync(new URL(`../../examples/${name}.case.json`, import.meta.url), "utf8")) as Case;
const distributor = (): Case => example("distributor");
const EXAMPLES = ["distributor", "livestock", "logistics", "manufacturer"];
/** An example stretched to the longest horizon: 1200 months. */
const longest = (name: string): Case => ({ ...example(name), period: "month", horizon: 1200 });
const withAmount = (amount: string): Case => {
  const data = distributor();
  data.lines[0] = { ...data.lines[0], amount };
  return data;
};

/** What `run` threw; fails the test when it returns. */
function thrown(run: () => unknown): ValueframeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValueframeError);
    return error as ValueframeError;
  }
  throw new Error("expected a typed error, got a result");
}

/** The error of evaluating `data`: a QuantifyError with its code and path. */
function evaluationError(data: Case, options?: Parameters<typeof evaluate>[1]): { code: string; path: unknown; message: string } {
  const error = thrown(() => evaluate(defineValueCase(data as never), options));
  expect(error).toBeInstanceOf(QuantifyError);
  return { code: error.code, path: (error as QuantifyError).path, message: error.message };
}

/** The code and the [path, code] of every issue of a validation error. */
function issuesOf(run: () => unknown): { code: string; issues: [unknown, string][] } {
  const error = thrown(run);
  expect(error).toBeInstanceOf(ValueframeValidationError);
  return { code: error.code, issues: (error as ValueframeValidationError).issues.map((issue) => [issue.path, issue.code]) };
}

describe("formulas with huge exponents", () => {
  it.each([
    ["10^(10^5)", /"10\^\(10\^5\)" leaves the range of figures: it would be about 1e100000/],
    ["exp(1e6)", /at exp\(1000000\): it would be about 1e434294/],
    ["exp(-1e6)", /would be about 1e-434294/],
    ["2^2^2^2^2^2", /at 2\^2\^2\^2\^2: it would be about 1e19728/],
    ["((10^10)^10)^10", /is 1e\+100/],
    ["1.0000001^1e15", /would be about 1e43429446/],
    ["implementationCost * otherUnits ^ (otherUnits * 1000)", /at otherUnits\^\(otherUnits \* 1000\): it would be about 1e602/],
    ["implementationCost * 1e95", /at implementationCost \* 1e\+95: it is 2e\+101/],
    ["0.1^1000", /would be about 1e-1000/],
  ])("%s in a money line is QUANTIFY_OUT_OF_RANGE at the line's amount", (formula, message) => {
    const error = evaluationError(withAmount(formula));
    expect(error.code).toBe("QUANTIFY_OUT_OF_RANGE");
    expect(error.path).toEqual(["lines", 0, "amount"]);
    expect(error.message).toMatch(message);
  }, TIMEOUT);

  it("names the quantity, extension factor or goal contribution whose formula leaves the range", () => {
    const inQuantity = distributor();
    inQuantity.quantities[0] = { ...inQuantity.quantities[0]!, formula: "10^(10^5)" };
    expect(evaluationError(inQuantity).path).toEqual(["quantities", 0, "formula"]);

    const inFactor = withAmount("1000");
    inFactor.lines[0] = { ...inFactor.lines[0], extension: [{ label: "sites", factor: "exp(1e6)", over: "scope" }] };
    expect(evaluationError(inFactor).path).toEqual(["lines", 0, "extension", 0, "factor"]);

    const inContribution = distributor();
    inContribution.lines[0] = { ...inContribution.lines[0], serves: [{ kind: "goal", id: "g-cash", contribution: "10^(10^5)" }] };
    expect(evaluationError(inContribution).path).toEqual(["lines", 0, "serves", 0, "contribution"]);
  }, TIMEOUT);

  it("a line's amount times its extension factors is held to the range too", () => {
    const data = withAmount("1e60");
    data.lines[0] = { ...data.lines[0], extension: [{ label: "sites", factor: "1e60", over: "scope" }] };
    const error = evaluationError(data);
    expect([error.code, error.path]).toEqual(["QUANTIFY_OUT_OF_RANGE", ["lines", 0, "amount"]]);
  }, TIMEOUT);

  it("a constant beyond the range, or of 1500 digits, is refused when the case is defined", () => {
    const data = withAmount("1e100000 * annualRevenue");
    data.quantities[0] = { ...data.quantities[0]!, formula: `0.${"3".repeat(1500)} * annualRevenue` };
    expect(issuesOf(() => defineValueCase(data as never))).toEqual({
      code: "QUANTIFY_INVALID",
      issues: [[["quantities", 0, "formula"], "out_of_range"], [["lines", 0, "amount"], "out_of_range"]],
    });
  }, TIMEOUT);

  it("factorial is not a formula function, so a huge factorial never runs", () => {
    expect(issuesOf(() => defineValueCase(withAmount("100000!") as never))).toEqual({
      code: "QUANTIFY_INVALID",
      issues: [[["lines", 0, "amount"], "formula_forbidden"]],
    });
  }, TIMEOUT);
});

describe("numbers of a case", () => {
  it.each([["1e100000"], ["1e-100000"], ["-1e100"]])("a driver value of %s is out_of_range at its path", (value) => {
    const data = distributor();
    data.drivers[0] = { ...data.drivers[0], value };
    expect(issuesOf(() => defineValueCase(data as never))).toEqual({ code: "QUANTIFY_INVALID", issues: [[["drivers", 0, "value"], "out_of_range"]] });
  }, TIMEOUT);

  it("a driver value of a million digits is refused before any arithmetic", () => {
    const data = distributor();
    data.drivers[0] = { ...data.drivers[0], value: `0.${"7".repeat(1_000_000)}` };
    const { code, issues } = issuesOf(() => defineValueCase(data as never));
    expect(code).toBe("QUANTIFY_INVALID");
    expect(issues.map(([path]) => path)).toEqual([["drivers", 0, "value"]]);
  }, TIMEOUT);

  it("driver values given to evaluate, or in a scenario, are held to the range", () => {
    const valueCase = defineValueCase(distributor() as never);
    expect(issuesOf(() => evaluate(valueCase, { drivers: { annualRevenue: "1e100000" } }))).toEqual({
      code: "QUANTIFY_INVALID_ARGUMENT",
      issues: [[["drivers", "annualRevenue"], "out_of_range"]],
    });
    expect(issuesOf(() => evaluate(valueCase, { scenario: { id: "s", drivers: { annualRevenue: "1e100000" } } }))).toEqual({
      code: "QUANTIFY_INVALID_ARGUMENT",
      issues: [[["scenario", "drivers", "annualRevenue"], "out_of_range"]],
    });
    const data = distributor();
    data.scenarios = [{ id: "s", drivers: { annualRevenue: "1e100000" } }];
    expect(issuesOf(() => defineValueCase(data as never))).toEqual({
      code: "QUANTIFY_INVALID",
      issues: [[["scenarios", 0, "drivers", "annualRevenue"], "out_of_range"]],
    });
  }, TIMEOUT);

  it("rates and probabilities are figures too; a scenario's discount rate stays above -99 %", () => {
    const data = distributor();
    data.discountRate = "1e100000";
    data.lines[0] = { ...data.lines[0], probability: "1e-100000" };
    data.scenarios = [{ id: "s", discountRate: "-5" }];
    expect(issuesOf(() => defineValueCase(data as never))).toEqual({
      code: "QUANTIFY_INVALID",
      issues: [[["discountRate"], "out_of_range"], [["lines", 0, "probability"], "out_of_range"], [["scenarios", 0, "discountRate"], "out_of_range"]],
    });
  }, TIMEOUT);
});

describe("horizon, discounting and distributions", () => {
  it("a horizon beyond 1200 periods is refused", () => {
    const data = distributor();
    data.horizon = 1_000_000;
    expect(issuesOf(() => defineValueCase(data as never))).toEqual({ code: "QUANTIFY_INVALID", issues: [[["horizon"], "too_big"]] });
  }, TIMEOUT);

  it("discounting 1200 periods at -99 % (factors of 1e2400) is QUANTIFY_OUT_OF_RANGE at the rate", () => {
    const data = distributor();
    data.horizon = 1200;
    data.discountRate = "-0.99";
    const error = evaluationError(data);
    expect([error.code, error.path]).toEqual(["QUANTIFY_OUT_OF_RANGE", ["discountRate"]]);
    expect(error.message).toMatch(/gives factors of about 1e2400/);
    const scenario = evaluationError({ ...distributor(), horizon: 1200 }, { scenario: { id: "s", discountRate: "-0.9" } });
    expect([scenario.code, scenario.path]).toEqual(["QUANTIFY_OUT_OF_RANGE", ["scenario", "discountRate"]]);
  }, TIMEOUT);

  it("the longest case at a rate of 100 digits near 1e-100 is evaluated (guard: npv's integers stay below 100,000 digits)", () => {
    const data = distributor();
    data.horizon = 1200;
    data.discountRate = `${"1234567890".repeat(10)}e-199`;
    expect(evaluate(defineValueCase(data as never)).weighted.npv.toString()).toBe("1272864000");
  }, 60_000);

  it("a mean beyond the range (a lognormal from 1e-99 to 1e99) is QUANTIFY_OUT_OF_RANGE at the driver's uncertainty", () => {
    const data = distributor();
    data.drivers[0] = { ...data.drivers[0], uncertainty: { distribution: "lognormal", low: "1e-99", high: "1e99" } };
    const error = evaluationError(data, { basis: "mean" });
    expect([error.code, error.path]).toEqual(["QUANTIFY_OUT_OF_RANGE", ["drivers", 0, "uncertainty"]]);
  }, TIMEOUT);

  it("sensitivity swings that push a formula beyond the range end in QUANTIFY_OUT_OF_RANGE", () => {
    const data = distributor();
    const index = data.drivers.findIndex((driver) => driver["id"] === "dsoReduction");
    data.drivers[index] = { ...data.drivers[index], uncertainty: { distribution: "normal", sd: "1e99" } };
    const error = thrown(() => tornado(defineValueCase(data as never)));
    expect(error.code).toBe("QUANTIFY_OUT_OF_RANGE");
  }, TIMEOUT);

  it("a simulation of a billion iterations is refused", () => {
    expect(issuesOf(() => simulate(defineValueCase(distributor() as never), { iterations: 1e9 }))).toEqual({
      code: "QUANTIFY_INVALID_ARGUMENT",
      issues: [[["iterations"], "too_big"]],
    });
  }, TIMEOUT);
});

describe("finance beyond a spreadsheet's range", () => {
  it.each([
    ["fv over 1e15 periods", () => fv("0.05", "1e15", -100)],
    ["fv over 1e300 periods (was NaN)", () => fv("0.05", "1e300", -100)],
    ["pmt over 1e300 periods (was NaN)", () => pmt("0.05", "1e300", 100000)],
    ["pv over 1e300 periods (was NaN)", () => pv("0.05", "1e300", -100)],
    ["npv at -99 % over 1201 periods (1e2402)", () => npv("-0.99", Array.from({ length: 1201 }, () => 1))],
    ["roi of 1e300 on 1e-300 (was 1e600)", () => roi("1e300", "1e-300")],
    ["receivablesTurnover", () => receivablesTurnover("1e300", "1e-300")],
    ["inventoryTurnover", () => inventoryTurnover("1e300", "1e-300")],
    ["payablesTurnover", () => payablesTurnover("1e300", "1e-300")],
    ["daysSalesOutstanding", () => daysSalesOutstanding("1e300", "1e-300")],
    ["daysInventoryOutstanding", () => daysInventoryOutstanding("1e300", "1e-300")],
    ["daysPayablesOutstanding", () => daysPayablesOutstanding("1e300", "1e-300")],
    ["contributionMarginRatio", () => contributionMarginRatio("1e-300", "-1e300")],
    ["contributionMargin", () => contributionMargin("1e400", 0)],
    ["cashConversionCycle", () => cashConversionCycle({ dio: "1e400", dso: 0, dpo: 0 })],
    ["financingCostSaved", () => financingCostSaved({ amount: "1e300", rate: "1e10" })],
    ["workingCapitalReleased", () => workingCapitalReleased({ annualAmount: "1e300", daysReduced: "1e300" })],
  ])("%s is FINANCE_OUT_OF_RANGE", (_, run) => {
    expect(thrown(run).code).toBe("FINANCE_OUT_OF_RANGE");
  }, TIMEOUT);

  it("a rate of a million digits is an argument error", () => {
    const { code, issues } = issuesOf(() => fv(`0.${"3".repeat(1_000_000)}`, 12, -100));
    expect([code, issues.map(([path]) => path)]).toEqual(["FINANCE_INVALID_ARGUMENT", [["rate"]]]);
  }, TIMEOUT);

  it("npv at rates of huge exponents or hundreds of decimals answers without integers of millions of digits", () => {
    expect(npv("1e400000000", [-1000, 1100], { firstFlowAt: 0 }).toString()).toBe("-1000");
    // 1201 flows at a rate with 100 significant digits 1000 places down: against 200-digit decimal.js.
    const rate = `${"1234567890".repeat(10)}e-1099`;
    const flows = Array.from({ length: 1201 }, (_, i) => (i === 0 ? -1000 : 1 + i));
    const Wide = DecimalJs.clone({ precision: 200 });
    const onePlus = new Wide(rate).plus(1);
    const exact = flows.reduce((sum, flow, i) => sum.plus(new Wide(flow).div(onePlus.pow(i + 1))), new Wide(0));
    expect(npv(rate, flows).toString()).toBe(exact.toSignificantDigits(40, DecimalJs.ROUND_HALF_UP).toString());
  }, TIMEOUT);
});

describe("choosing among candidates", () => {
  // Equal value per cost: the fractional bound never prunes, so a branch and bound visits almost every
  // set (24 such candidates took 62 s, 30 about an hour).
  const equalDensity = (n: number) => Array.from({ length: n }, (_, i) => {
    const amount = 1000 + ((i * 7919) % 997);
    return { id: `c${i}`, cost: amount, value: amount };
  });

  it(`${MAX_CANDIDATES} candidates of equal value per cost are chosen exactly (checked by dynamic programming)`, () => {
    const candidates = equalDensity(MAX_CANDIDATES);
    const budget = Math.floor(candidates.reduce((sum, c) => sum + c.cost, 0) / 2) + 1;
    // reachable[c]: some subset costs exactly c.
    const reachable = new Uint8Array(budget + 1);
    reachable[0] = 1;
    for (const { cost } of candidates) for (let c = budget; c >= cost; c--) if (reachable[c - cost]) reachable[c] = 1;
    const best = reachable.lastIndexOf(1);
    const choice = chooseSolutions(candidates, { budget });
    expect([choice.totalValue.toNumber(), choice.totalCost.toNumber()]).toEqual([best, best]);
  }, 30_000);

  it(`${MAX_CANDIDATES + 1} candidates are QUANTIFY_TOO_MANY_CANDIDATES before any search`, () => {
    const error = thrown(() => chooseSolutions(equalDensity(MAX_CANDIDATES + 1), { budget: 10_000 }));
    expect([error.code, (error as QuantifyError).path]).toEqual(["QUANTIFY_TOO_MANY_CANDIDATES", undefined]);
  }, TIMEOUT);
});

describe("figures an evaluation reports", () => {
  it("an annual IRR beyond the figure range is null with a note, the period IRR kept", () => {
    // −1 now, 1e99 a month later: an IRR of about 1e99 a month, (1 + 1e99)^12 − 1 about 1e1188 a year.
    const data = { name: "leap", currency: "EUR", period: "month", horizon: 1, discountRate: 0, drivers: [], lines: [
      { id: "outlay", kind: "cost", amount: 1, recurrence: "once", start: 0 },
      { id: "windfall", kind: "benefit", amount: "1e99", recurrence: "once", start: 1 },
    ] };
    const measures = evaluate(defineValueCase(data as never)).weighted;
    expect(measures.irr?.toString()).toBe("1e+99");
    expect(measures.irrAnnual).toBeNull();
    expect(measures.irrNote).toMatch(/^no annual IRR: \(1 \+ 1e\+99\)\^12 − 1 would be about 1e1188; a figure must be 0 or between/);
  }, TIMEOUT);
});

describe("simulation work", () => {
  it("10 M iterations over 1200 months (250 s before the bound) is too_big at iterations, naming the product and the way out", () => {
    const error = thrown(() => simulate(defineValueCase(longest("distributor") as never), { iterations: 10_000_000 }));
    expect(error).toBeInstanceOf(ValueframeValidationError);
    expect(error.code).toBe("QUANTIFY_INVALID_ARGUMENT");
    expect((error as ValueframeValidationError).issues.map((issue) => [issue.path, issue.code])).toEqual([[["iterations"], "too_big"]]);
    expect(error.message).toMatch(/10,000,000 iterations × [\d,]+ per iteration \(1201 periods × 5 for the lines and the total, \d+ formula nodes, \d+ uncertain drivers\)/);
    expect(error.message).toMatch(/use at most [\d,]+ iterations, a shorter horizon/);
  }, TIMEOUT);

  it("many lines count too: 200 lines over 1200 months at 100,000 iterations are refused", () => {
    const data = longest("distributor");
    data.lines = Array.from({ length: 50 }, (_, k) => data.lines.map((line) => ({ ...line, id: `${String(line["id"])}${k}` }))).flat();
    const { code, issues } = issuesOf(() => simulate(defineValueCase(data as never), { iterations: 100_000 }));
    expect([code, issues]).toEqual(["QUANTIFY_INVALID_ARGUMENT", [[["iterations"], "too_big"]]]);
  }, TIMEOUT);

  it.each(EXAMPLES)("100,000 iterations of %s, as written and over 1200 months, stay allowed", (name) => {
    // The check comes before any draw; the first batch's progress report proves it passed, then stops the run.
    const started = new Error("started");
    for (const data of [example(name), longest(name)]) {
      const run = () => simulate(defineValueCase(data as never), { iterations: 100_000, onProgress: () => { throw started; } });
      expect(run).toThrow(started);
    }
  }, 30_000);

  it("the limit is documented in docs/limits.md", () => {
    const limits = readFileSync(new URL("../../docs/limits.md", import.meta.url), "utf8");
    expect(limits).toContain(MAX_SIMULATION_WORK.toLocaleString("en-US"));
  });
});

describe("searches and comparisons over a long horizon", () => {
  /** The distributor over 1200 months with `lines` copies of its first recurring line. */
  const wide = (lines: number): Case => {
    const data = longest("distributor");
    data.lines = Array.from({ length: lines }, (_, k) => ({ ...data.lines[1], id: `line${k}` }));
    return data;
  };

  it("a break-even search over a step in NPV stops at its evaluations (83 over 1200 months; 420 took 60–90 s)", () => {
    const data = wide(1);
    data.lines[0] = { ...data.lines[0], amount: "annualRevenue > 50000000 ? 1000000 : -1000000" };
    const result = breakEven(defineValueCase(data as never), "annualRevenue");
    expect(result.value).toBeNull();
    expect(result.reason).toBe(`the search stopped after ${Math.floor(MAX_BREAK_EVEN_WORK / (1201 * 2))} evaluations, the most a case of 1201 periods and 1 lines may have (docs/limits.md); give a narrower low and high`);
  }, 120_000);

  it("a case too large for three evaluations is too_big before any", () => {
    const { code, issues } = issuesOf(() => breakEven(defineValueCase(wide(60) as never), "annualRevenue"));
    expect([code, issues]).toEqual(["QUANTIFY_INVALID_ARGUMENT", [[[], "too_big"]]]);
  }, TIMEOUT);

  it("thousands of scenarios are too_big at scenarios before any evaluation", () => {
    const data = distributor();
    data.scenarios = Array.from({ length: 5000 }, (_, k) => ({ id: `s${k}`, discountRate: "0.1" }));
    const { code, issues } = issuesOf(() => evaluateScenarios(defineValueCase(data as never)));
    expect([code, issues]).toEqual(["QUANTIFY_INVALID_ARGUMENT", [[["scenarios"], "too_big"]]]);
    expect(evaluateScenarios(defineValueCase(data as never), { scenarios: data.scenarios.slice(0, 50).map((s) => String(s["id"])) }).rows).toHaveLength(51);
    // Over 1200 months the work bound comes first: 42 evaluations of the distributor are too many.
    const long = longest("distributor");
    long.scenarios = Array.from({ length: 41 }, (_, k) => ({ id: `s${k}`, discountRate: "0.1" }));
    expect(issuesOf(() => evaluateScenarios(defineValueCase(long as never))).issues).toEqual([[["scenarios"], "too_big"]]);
  }, 60_000);

  it("every example's own scenarios stay within the limit over 1200 months", () => {
    for (const name of EXAMPLES) {
      const data = longest(name);
      expect(((data.scenarios?.length ?? 0) + 1) * 1201 * (data.lines.length + 1)).toBeLessThanOrEqual(MAX_SCENARIO_WORK);
    }
  });
});
