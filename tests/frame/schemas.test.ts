import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalIssueSchema } from "../../src/frame/criticalIssue.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { goalSchema } from "../../src/frame/goal.js";
import { performanceValueSchema } from "../../src/frame/performanceValue.js";
import { solutionSchema } from "../../src/frame/solution.js";
import { successFactorSchema } from "../../src/frame/successFactor.js";
import { withValues } from "./fixtures.js";

describe("element schemas on their own", () => {
  it("parse a goal with Decimal baseline and target", () => {
    const goal = goalSchema.parse({
      id: "g-cash",
      name: "Operating cash flow +20 % this year",
      perspective: "financial",
      metric: "operating cash flow",
      unit: "M CNY",
      baseline: 50,
      target: "60",
      direction: "increase",
      deadline: "2026-12-31",
    });
    expect(goal.target.toString()).toBe("60");
  });

  it("parse a success factor, an issue, a solution and a value with their defaults", () => {
    expect(successFactorSchema.parse({ id: "csf", name: "Collection rate", source: "industry", serves: ["g"] }).serves).toEqual(["g"]);
    const issue = criticalIssueSchema.parse({
      id: "cbi-dso",
      name: "Collection rate falling",
      kind: "CBI",
      hurts: ["csf"],
      tests: { importance: 5, hiddenness: 4, trend: 4 },
      cell: { level: "process", dimension: "management", aspect: "interface" },
    });
    expect(issue.blocks).toEqual([]);
    const solution = solutionSchema.parse({
      id: "sol",
      name: "Credit-to-cash",
      addresses: ["cbi-dso"],
      approach: "resolve",
      level: "process",
      scores: { level: 4, linkage: 4, innovation: 3, risk: 3, timeliness: 4 },
    });
    expect([solution.constraints, solution.capabilities]).toEqual([[], []]);
    const value = performanceValueSchema.parse({
      id: "v",
      name: "Working capital released",
      kind: "financial",
      serves: "g",
      amount: 14_000_000,
      recurrence: "once",
      timing: { startsAfterMonths: 1, realisedWithinMonths: 6 },
      probability: 0.8,
    });
    expect(value.kind === "financial" && value.amount.times(value.probability).toString()).toBe("11200000");
  });
});

describe("JSON round trip", () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => (scale === 0 ? units.toString() : (Number(units) / 10 ** scale).toString()));
  const probability = fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 10_000).toString());

  it("gives back an equal frame for any baseline, target, amount and probability", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, probability, (baseline, target, amount, p) => {
        const frame = defineFrame(
          withValues([["goals", 0, "baseline"], baseline], [["goals", 0, "target"], Number(target)], [["values", 0, "amount"], amount], [["values", 0, "probability"], p]),
        );
        expect(defineFrame(JSON.parse(JSON.stringify(frame)))).toEqual(frame);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the frame's schemas, built on first use", () => {
  it("parse as before and unwrap to the object schema", async () => {
    const { goalSchema } = await import("../../src/frame/goal.js");
    const goal = goalSchema.parse({ id: "g", name: "Cash", perspective: "financial", metric: "OCF", unit: "M CNY", baseline: 50, target: 60, direction: "increase", deadline: "2026-12-31" });
    expect(goal.target.minus(goal.baseline).toString()).toBe("10");
    expect(Object.keys(goalSchema.unwrap().unwrap().shape)).toContain("deadline");
  });
});
