import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../frame/fixtures.js";
import { Dec } from "../../src/numeric/decimal.js";
import { chooseSolutions } from "../../src/quantify/chooseSolutions.js";
import type { CandidateInput } from "../../src/quantify/chooseSolutions.js";
import { compareAlternatives } from "../../src/quantify/compareAlternatives.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { QuantifyError, QuantifyArgumentError } from "../../src/quantify/errors.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { withFactoring } from "./fixtures.js";

const d = (x: number | string) => new Dec(x);
const r = d("1.08");
/** 1/1.08 + 1/1.08² + 1/1.08³: a yearly amount over the 3-year horizon, in present value. */
const annuity = d(1).div(r).plus(d(1).div(r.pow(2))).plus(d(1).div(r.pow(3)));
const sig = (x: InstanceType<typeof Dec>) => x.toSignificantDigits(25).toString();

describe("compareAlternatives", () => {
  it("evaluates the case once per option: resolve (credit-to-cash) vs bypass (factoring)", () => {
    const [dso] = compareAlternatives(withFactoring).alternatives;
    expect(dso?.label).toBe("resolve or bypass the DSO issue");
    const [resolve, bypass] = dso!.options;
    expect(resolve?.solution).toBe("sol-credit-to-cash");
    expect(resolve?.chosenInCase).toBe(true);
    // Resolve: the distributor as evaluated by hand in distributor.test.ts
    expect(resolve?.npv.toFixed(2)).toBe("27093430.88");
    expect(resolve?.riskAdjustedNpv.toFixed(2)).toBe("21120118.88");
    expect(sig(resolve!.presentCost)).toBe(sig(d(2000000).plus(d(300000).times(annuity))));
    // Bypass: 20 M CNY at t1 (× 0.95 weighted), a fee of 600,000 CNY a year in years 1…3
    expect(sig(bypass!.npv)).toBe(sig(d(20000000).div(r).minus(d(600000).times(annuity))));
    expect(sig(bypass!.riskAdjustedNpv)).toBe(sig(d(19000000).div(r).minus(d(600000).times(annuity))));
    expect(bypass?.lines).toEqual(["factoringRelease", "factoringFees"]);
    // No line serves neither solution, so an option's own lines are the whole case.
    expect([sig(bypass!.solutionNpv), sig(bypass!.solutionRiskAdjustedNpv)]).toEqual([sig(bypass!.npv), sig(bypass!.riskAdjustedNpv)]);
    expect(resolve!.npv.eq(evaluate(withFactoring).unadjusted.npv)).toBe(true);
    expect([dso?.best, dso?.bestUnadjusted, dso?.riskChangesChoice]).toEqual(["sol-credit-to-cash", "sol-credit-to-cash", false]);
  });

  it("applies a risk adjustment to the risk-adjusted figures only", () => {
    const [dso] = compareAlternatives(withFactoring, { riskAdjustment: { benefits: "0.1", costs: "0.2" } }).alternatives;
    const bypass = dso!.options[1]!;
    expect(sig(bypass.npv)).toBe(sig(d(20000000).div(r).minus(d(600000).times(annuity))));
    expect(sig(bypass.riskAdjustedNpv)).toBe(sig(d(19000000).times("0.9").div(r).minus(d(720000).times(annuity))));
  });

  it("says when adjusting for risk changes the choice", () => {
    const bet = defineValueCase({
      name: "bet", currency: "EUR", period: "year", horizon: 1, discountRate: 0,
      drivers: [],
      lines: [
        { id: "big", kind: "benefit", amount: 100, recurrence: "once", probability: "0.5", serves: [{ kind: "solution", id: "bold" }] },
        { id: "safe", kind: "benefit", amount: 80, recurrence: "once", serves: [{ kind: "solution", id: "steady" }] },
      ],
      alternatives: [{ id: "how", options: ["bold", "steady"] }],
    });
    const [how] = compareAlternatives(bet).alternatives;
    expect(how?.options.map((o) => [o.solution, o.npv.toString(), o.riskAdjustedNpv.toString()])).toEqual([["bold", "100", "50"], ["steady", "80", "80"]]);
    expect([how?.best, how?.bestUnadjusted, how?.riskChangesChoice]).toEqual(["steady", "bold", true]);
  });

  it("rejects a bad risk adjustment with its path", () => {
    const error = thrown(() => compareAlternatives(withFactoring, { riskAdjustment: { benefits: "2", costs: "0" }, drivers: { nope: 1 } })) as QuantifyArgumentError;
    expect(error).toBeInstanceOf(QuantifyArgumentError);
    expect(error.code).toBe("QUANTIFY_INVALID_ARGUMENT");
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([["riskAdjustment.benefits", "out_of_range"], ["drivers.nope", "unknown_driver"]]);
  });
});

describe("chooseSolutions from a case", () => {
  it("takes one option of the alternative, the best that fits the budget", () => {
    const presentCostResolve = d(2000000).plus(d(300000).times(annuity)); // 2,773,129.10
    const roomy = chooseSolutions(withFactoring, { budget: 3000000 });
    expect(roomy.chosen.map((c) => c.id)).toEqual(["sol-credit-to-cash"]);
    expect(sig(roomy.totalCost)).toBe(sig(presentCostResolve));
    expect(roomy.rejected.map((c) => [c.id, c.code, c.reason])).toEqual([
      ["sol-factoring", "alternative_taken", '"sol-credit-to-cash" is chosen for resolve or bypass the DSO issue instead'],
    ]);
    expect(roomy.baseValue?.toString()).toBe("0");
    expect(roomy.caseValue?.toFixed(2)).toBe("21120118.88");

    const tight = chooseSolutions(withFactoring, { budget: 2000000 });
    expect(tight.chosen.map((c) => c.id)).toEqual(["sol-factoring"]);
    expect(tight.rejected[0]?.code).toBe("over_budget");
    expect(tight.rejected[0]?.reason).toBe("costs 2,773,129.096, more than the whole budget of 2,000,000");
    // Nominal cost: 2,000,000 + 3 × 300,000 = 2,900,000 does not fit 2,800,000
    expect(chooseSolutions(withFactoring, { budget: 2800000, cost: "nominal" }).chosen.map((c) => c.id)).toEqual(["sol-factoring"]);
  });

  it("lists every bad option", () => {
    const error = thrown(() => chooseSolutions(withFactoring, { budget: -1, cost: "later", scenario: "nope" } as never)) as QuantifyArgumentError;
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["budget", "out_of_range"], ["cost", "invalid_value"], ["scenario", "unknown_scenario"],
    ]);
  });
});

describe("chooseSolutions from candidates", () => {
  it("maximises the total value within the budget and says why the others are out", () => {
    const choice = chooseSolutions([
      { id: "crm", cost: 40, value: 70 },
      { id: "erp", cost: 60, value: 90 },
      { id: "bi", cost: 50, value: 80 },
      { id: "loss", cost: 1, value: -5 },
      { id: "huge", cost: 500, value: 1000 },
    ], { budget: 100 });
    expect(choice.chosen.map((c) => c.id)).toEqual(["crm", "erp"]);
    expect([choice.totalCost.toString(), choice.totalValue.toString(), choice.budgetLeft.toString()]).toEqual(["100", "160", "0"]);
    expect(choice.rejected.map((c) => [c.id, c.code, c.reason])).toEqual([
      ["bi", "budget_used", "costs 50: only 0 of the budget is left beside the chosen set"],
      ["loss", "no_value", "adds no value: −5"],
      ["huge", "over_budget", "costs 500, more than the whole budget of 100"],
    ]);
    expect(choice.baseValue).toBeNull();
  });

  it("breaks ties deterministically: cheaper, then smaller, then the one given first", () => {
    expect(chooseSolutions([{ id: "a", cost: 50, value: 100 }, { id: "b", cost: 40, value: 100 }], { budget: 50 }).chosen.map((c) => c.id)).toEqual(["b"]);
    expect(chooseSolutions([{ id: "a", cost: 10, value: 5 }, { id: "b", cost: 10, value: 5 }, { id: "c", cost: 20, value: 10 }], { budget: 20 }).chosen.map((c) => c.id)).toEqual(["c"]);
    expect(chooseSolutions([{ id: "x", cost: 10, value: 5 }, { id: "y", cost: 10, value: 5 }], { budget: 10 }).chosen.map((c) => c.id)).toEqual(["x"]);
  });

  it("finds the same optimum as trying every subset (random cases with groups)", () => {
    const candidate = fc.record({ cost: fc.integer({ min: 0, max: 30 }), value: fc.integer({ min: -10, max: 40 }), group: fc.constantFrom(undefined, "g1", "g2") });
    fc.assert(fc.property(fc.array(candidate, { maxLength: 10 }), fc.integer({ min: 0, max: 80 }), (items, budget) => {
      const candidates: CandidateInput[] = items.map((item, i) => ({ id: `c${i}`, cost: item.cost, value: item.value, ...(item.group === undefined ? {} : { group: item.group }) }));
      let bestValue = 0;
      for (let mask = 0; mask < 1 << items.length; mask++) {
        const set = items.filter((_, i) => mask & (1 << i));
        const groups = set.map((item) => item.group).filter((g) => g !== undefined);
        if (new Set(groups).size !== groups.length) continue;
        if (set.reduce((sum, item) => sum + item.cost, 0) > budget) continue;
        bestValue = Math.max(bestValue, set.reduce((sum, item) => sum + item.value, 0));
      }
      const choice = chooseSolutions(candidates, { budget });
      expect(choice.totalValue.toNumber()).toBe(bestValue);
      expect(choice.totalCost.lte(budget)).toBe(true);
    }), { numRuns: 120, seed: 4 });
  });

  it("is exact for 30 candidates (checked against dynamic programming over whole costs)", () => {
    let s = 12345;
    const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, cost: 1 + Math.floor(next() * 40), value: Math.floor(next() * 100) }));
    const budget = 300;
    const best = new Array<number>(budget + 1).fill(0);
    for (const item of items) for (let b = budget; b >= item.cost; b--) best[b] = Math.max(best[b]!, best[b - item.cost]! + item.value);
    const choice = chooseSolutions(items, { budget });
    expect(choice.totalValue.toNumber()).toBe(best[budget]);
    expect(choice.chosen.length + choice.rejected.length).toBe(30);
  });

  it("refuses more than 30 candidates", () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ id: `s${i}`, cost: 1, value: 1 }));
    const error = thrown(() => chooseSolutions(many, { budget: 10 })) as QuantifyError;
    expect(error).toBeInstanceOf(QuantifyError);
    expect(error.code).toBe("QUANTIFY_TOO_MANY_CANDIDATES");
    expect(error.message).toBe("valueframe: 31 candidates: an exact choice is limited to 30; group or pre-select them first");
  });

  it("lists every bad candidate with its path", () => {
    const error = thrown(() => chooseSolutions([
      { id: "a", cost: -1, value: 1 },
      { id: "a", cost: 1, value: "lots" },
    ] as CandidateInput[], { budget: "x" })) as QuantifyArgumentError;
    expect(error).toBeInstanceOf(QuantifyArgumentError);
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["candidates.0.cost", "out_of_range"], ["candidates.1.value", "not_numeric"], ["budget", "not_numeric"], ["candidates.1.id", "duplicate_id"],
    ]);
  });
});
