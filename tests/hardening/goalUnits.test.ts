/**
 * Units at goal links: a contribution is held against its goal's unit when the frame is given, converted
 * where the units say how (a fraction to the percentage points of a goal in %), refused at its path
 * where they disagree, and taken as written where the goal's unit is only words.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeDefineValueDocument } from "../../src/document/defineValueDocument.js";
import { Dec } from "../../src/numeric/decimal.js";
import { QuantifyValidationError } from "../../src/quantify/errors.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import type { FrameLike, GoalContribution } from "../../src/quantify/types.js";

const text = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");

/** A frame with one goal in `unit`, from `baseline` up to `target`. */
const frameWith = (unit: string, baseline = "40", target = "50"): FrameLike => ({
  goals: [{ id: "g", name: "the goal", unit, baseline: new Dec(baseline), target: new Dec(target), direction: "increase" }],
  issues: [],
  solutions: [],
  values: [],
});

/** A case whose one line contributes `contribution` to goal "g". */
function caseWith(contribution: string, extra: Partial<ValueCaseInput> = {}): ValueCaseInput {
  return {
    name: "goal units",
    currency: "CNY",
    period: "year",
    horizon: 3,
    discountRate: "0.08",
    drivers: [
      { id: "uplift", label: "collection rate uplift", value: "6", unit: "%", provenance: { kind: "assumption" } },
      { id: "saving", value: "100000", unit: "CNY/year", provenance: { kind: "assumption" } },
      { id: "daysCut", value: "5", unit: "day", provenance: { kind: "assumption" } },
      { id: "loose", value: "6", provenance: { kind: "assumption" } },
    ],
    quantities: [{ id: "ratio", formula: "uplift / 2", unit: "1" }],
    lines: [{ id: "l", kind: "benefit", amount: "saving", recurrence: "recurring", probability: "0.5", serves: [{ kind: "goal", id: "g", contribution }] }],
    ...extra,
  };
}

const goalOf = (contribution: string, unit: string, extra?: Partial<ValueCaseInput>): GoalContribution =>
  evaluate(caseWith(contribution, extra), { frame: frameWith(unit) }).goals[0] as GoalContribution;

function failure(contribution: string, unit: string): QuantifyValidationError {
  try {
    evaluate(caseWith(contribution), { frame: frameWith(unit) });
  } catch (error) {
    if (error instanceof QuantifyValidationError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("units at goal links", () => {
  it("a 6 % uplift closes 60 % of a 40 → 50 % goal's gap, not 0.6 % (percentage points)", () => {
    const goal = goalOf("uplift", "%");
    expect([goal.contribution?.toString(), goal.weightedContribution?.toString(), goal.gap?.toString(), goal.gapClosed?.toString(), goal.weightedGapClosed?.toString()])
      .toEqual(["6", "3", "10", "0.6", "0.3"]);
    expect(goal.unit).toBe("%");
  });

  it("converts any plain fraction to a goal in %, or in % with words after it", () => {
    expect(goalOf("ratio", "%").contribution?.toString()).toBe("3");
    expect(goalOf("uplift - 1 / 100", "% of invoices paid on terms").contribution?.toString()).toBe("5");
  });

  it("takes a bare number, or a name without a declared unit, as written in the goal's unit", () => {
    expect(goalOf("4", "%").contribution?.toString()).toBe("4");
    expect(goalOf("loose", "%").contribution?.toString()).toBe("6");
  });

  it("takes a contribution as written where the goal's unit is words the case does not use", () => {
    expect(goalOf("saving / 1000000", "M CNY").contribution?.toString()).toBe("0.1");
    expect(goalOf("daysCut", "points").contribution?.toString()).toBe("5");
    expect(goalOf("daysCut", "pigs/year").contribution?.toString()).toBe("5");
  });

  it("keeps a contribution in the goal's own unit as it is", () => {
    expect(goalOf("daysCut", "day").contribution?.toString()).toBe("5");
    expect(goalOf("saving", "CNY/year").contribution?.toString()).toBe("100000");
  });

  it("refuses a contribution whose unit is not the goal's, at the contribution's path", () => {
    const error = failure("saving", "day");
    expect(error.code).toBe("QUANTIFY_INVALID");
    expect(error.issues).toEqual([{
      path: ["lines", 0, "serves", 0, "contribution"],
      code: "unit_mismatch",
      message: 'the contribution "saving" is in CNY/year but goal "g" is measured in "day"',
    }]);
    expect(failure("daysCut", "%").issues[0]?.message).toBe('the contribution "daysCut" is in day but goal "g" is measured in "%" (a plain fraction, shown as percentage points)');
    expect(failure("uplift", "CNY/year").issues.map((issue) => issue.code)).toEqual(["unit_mismatch"]);
  });

  it("refuses a fraction multiplied by 100 for a goal in %: the conversion would count it twice", () => {
    const error = failure("uplift * 100", "%");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["lines", 0, "serves", 0, "contribution"], "percent_scaled_twice"]]);
    expect(error.issues[0]?.message).toBe('"uplift * 100" multiplies a fraction by 100, but a contribution to goal "g" (in "%") is converted from a fraction to percentage points already: write "uplift"');
  });

  it("without a frame, a contribution is the formula's value and has no unit", () => {
    const goal = evaluate(caseWith("uplift")).goals[0] as GoalContribution;
    expect([goal.contribution?.toString(), goal.unit]).toEqual(["0.06", undefined]);
  });

  it("reports the problem when a document is defined, at its path from the document's root", () => {
    const caseData = JSON.parse(text("logistics.case.json")) as { lines: { serves?: { contribution?: string }[] }[] };
    const index = caseData.lines.findIndex((line) => line.serves?.some((link) => link.contribution === "churnReduction"));
    expect(index).toBeGreaterThanOrEqual(0);
    const link = caseData.lines[index]!.serves!.findIndex((item) => item.contribution === "churnReduction");
    caseData.lines[index]!.serves![link]!.contribution = "churnReduction * 100";
    // With the rest of the document's problems, before any evaluation.
    const result = safeDefineValueDocument({ frame: JSON.parse(text("logistics.frame.json")) as unknown, case: caseData });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["case", "lines", index, "serves", link, "contribution"], "percent_scaled_twice"]]);
  });
});
