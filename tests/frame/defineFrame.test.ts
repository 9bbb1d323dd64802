import { Decimal as GlobalDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { ValueframeValidationError } from "../../src/errors/ValueframeError.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { FrameValidationError } from "../../src/frame/errors.js";
import { Dec } from "../../src/numeric/decimal.js";
import { sampleInput, thrown, withValues, without } from "./fixtures.js";

/** The issues defineFrame reports for an input, after checking the error's class and code. */
function issuesOf(input: unknown) {
  const error = thrown(() => defineFrame(input));
  expect(error).toBeInstanceOf(FrameValidationError);
  expect(error).toBeInstanceOf(ValueframeValidationError);
  const { code, issues } = error as FrameValidationError;
  expect(code).toBe("FRAME_INVALID");
  return issues;
}

/** [path, code] of every issue, the way a test states what it expects. */
function located(input: unknown) {
  return issuesOf(input).map((issue) => [issue.path, issue.code]);
}

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe("defineFrame on valid input", () => {
  it("returns numbers as Decimals of the library's clone and fills left-out lists", () => {
    const frame = defineFrame(sampleInput());
    const goal = frame.goals[0]!;
    expect(goal.baseline).toBeInstanceOf(Dec);
    expect(goal.target.minus(goal.baseline).toString()).toBe("8");
    expect(frame.issues[0]!.blocks).toEqual([]);
    expect(frame.issues[1]!.hurts).toEqual([]);
    expect(frame.solutions[0]!.constraints).toEqual([]);
    const value = frame.values[0]!;
    expect(value.kind === "financial" && value.amount.times(value.probability).toString()).toBe("11200000");
    expect(frame.values[1]!.probability.toString()).toBe("0.9");
  });

  it("accepts bigints and Decimals of any clone from code", () => {
    const frame = defineFrame(
      withValues([["goals", 0, "baseline"], 40n], [["goals", 0, "target"], new GlobalDecimal("48.5")], [["values", 0, "amount"], new Dec("1e7")]),
    );
    expect(frame.goals[0]!.baseline.toString()).toBe("40");
    expect(frame.goals[0]!.target).toBeInstanceOf(Dec);
    expect(frame.goals[0]!.target.toString()).toBe("48.5");
    const value = frame.values[0]!;
    expect(value.kind === "financial" && value.amount.toString()).toBe("10000000");
  });

  it("accepts a frame with only a customer and a currency", () => {
    const frame = defineFrame({ customer: { name: "ACME" }, currency: "EUR" });
    expect(frame).toEqual({ customer: { name: "ACME" }, currency: "EUR", goals: [], successFactors: [], issues: [], solutions: [], values: [] });
  });

  it("returns a deeply frozen frame, Decimals included", () => {
    const frame = defineFrame(sampleInput());
    expect(isDeeplyFrozen(frame)).toBe(true);
    expect(Object.isFrozen(frame.goals[0]!.target)).toBe(true);
    expect(() => {
      (frame.goals as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("does not change its input", () => {
    const input = sampleInput();
    const before = structuredClone(input);
    defineFrame(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.goals[0])).toBe(false);
  });

  it("shares no Decimal with its input", () => {
    const target = new Dec(48);
    const frame = defineFrame(withValues([["goals", 0, "target"], target]));
    expect(frame.goals[0]!.target).not.toBe(target);
    expect(Object.isFrozen(target)).toBe(false);
  });

  it("round-trips through JSON to an equal frame", () => {
    const frame = defineFrame(sampleInput());
    const json = JSON.stringify(frame);
    expect(JSON.parse(json).goals[0].target).toBe("48");
    expect(defineFrame(JSON.parse(json))).toEqual(frame);
  });
});

describe("defineFrame shape problems", () => {
  it("rejects input that is not an object", () => {
    for (const input of [null, undefined, 42, "frame", []]) {
      expect(located(input)).toEqual([[[], "invalid_type"]]);
    }
  });

  it("reports missing required fields at their paths", () => {
    expect(located(without(["customer"], ["goals", 0, "deadline"], ["issues", 0, "tests"]))).toEqual([
      [["customer"], "invalid_type"],
      [["goals", 0, "deadline"], "invalid_type"],
      [["issues", 0, "tests"], "invalid_type"],
    ]);
    const issues = issuesOf(without(["goals", 0, "baseline"]));
    expect(issues).toEqual([{ path: ["goals", 0, "baseline"], code: "invalid_type", message: "required: expected a number or a decimal string" }]);
  });

  it("reports wrong types with what was given", () => {
    const issues = issuesOf(
      withValues(
        [["customer", "name"], 7],
        [["goals", 0, "baseline"], true],
        [["goals", 0, "target"], "1,5"],
        [["successFactors", 0, "serves"], "g-cash"],
        [["issues", 0, "tests", "trend"], "3"],
        [["issues", 0, "tests", "hiddenness"], 2.5],
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["customer", "name"], "invalid_type"],
      [["goals", 0, "baseline"], "not_numeric"],
      [["goals", 0, "target"], "not_numeric"],
      [["successFactors", 0, "serves"], "invalid_type"],
      [["issues", 0, "tests", "hiddenness"], "invalid_type"],
      [["issues", 0, "tests", "trend"], "invalid_type"],
    ]);
    expect(issues[0]!.message).toBe("expected a string, got 7");
    expect(issues[2]!.message).toContain('"1,5" is not a decimal number');
    expect(issues[3]!.message).toBe('expected an array, got "g-cash"');
    expect(issues[4]!.message).toBe("expected a whole number, got 2.5");
  });

  it("rejects non-finite numbers", () => {
    expect(located(withValues([["goals", 0, "target"], Number.POSITIVE_INFINITY]))).toEqual([[["goals", 0, "target"], "not_numeric"]]);
  });

  it("reports unknown enum values, naming the allowed ones", () => {
    const issues = issuesOf(
      withValues(
        [["goals", 0, "perspective"], "shareholder"],
        [["issues", 0, "kind"], "CXI"],
        [["issues", 0, "cell", "level"], "team"],
        [["solutions", 0, "approach"], "avoid"],
        [["values", 0, "kind"], "monetary"],
        [["values", 1, "kind"], undefined],
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["goals", 0, "perspective"], "invalid_value"],
      [["issues", 0, "kind"], "invalid_value"],
      [["issues", 0, "cell", "level"], "invalid_value"],
      [["solutions", 0, "approach"], "invalid_value"],
      [["values", 0, "kind"], "invalid_value"],
      [["values", 1, "kind"], "invalid_value"],
    ]);
    expect(issues[0]!.message).toBe('"shareholder" is not one of "customer", "market", "employee", "financial"');
    expect(issues[1]!.message).toBe('"CXI" is not one of "CBI", "CPI"');
    expect(issues[4]!.message).toBe('"monetary" is not one of "financial", "non-financial"');
    expect(issues[5]!.message).toBe('required: expected "financial" or "non-financial"');
  });

  it("rejects unknown keys at every level, because a misspelt key would lose data", () => {
    const issues = issuesOf(
      withValues([["goal"], []], [["customer", "segment"], "B2B"], [["goals", 0, "traget"], 50], [["issues", 1, "tests", "urgency"], 3]),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [[], "unrecognized_keys"],
      [["customer"], "unrecognized_keys"],
      [["goals", 0], "unrecognized_keys"],
      [["issues", 1, "tests"], "unrecognized_keys"],
    ]);
    expect(issues[2]!.message).toContain('unknown key "traget"');
  });

  it("rejects a currency that is not an ISO 4217 code and a date that does not exist", () => {
    const issues = issuesOf(withValues([["currency"], "yuan"], [["goals", 0, "deadline"], "2026-02-30"]));
    expect(issues).toEqual([
      { path: ["currency"], code: "invalid_format", message: '"yuan" is not an ISO 4217 currency code (three capital letters, e.g. "CNY")' },
      { path: ["goals", 0, "deadline"], code: "invalid_format", message: '"2026-02-30" is not an ISO date (YYYY-MM-DD)' },
    ]);
  });

  it("rejects empty names and ids with spaces around them", () => {
    expect(located(withValues([["goals", 0, "name"], ""], [["solutions", 0, "id"], " sol-c2c"]))).toEqual([
      [["goals", 0, "name"], "too_small"],
      [["solutions", 0, "id"], "invalid_format"],
      [["values", 0, "solution"], "unknown_reference"],
    ]);
  });

  it("keeps ratings to whole numbers 1–5", () => {
    const issues = issuesOf(withValues([["issues", 0, "tests", "importance"], 6], [["solutions", 0, "scores", "risk"], 0]));
    expect(issues).toEqual([
      { path: ["issues", 0, "tests", "importance"], code: "too_big", message: "must be at most 5, got 6" },
      { path: ["solutions", 0, "scores", "risk"], code: "too_small", message: "must be at least 1, got 0" },
    ]);
  });

  it("keeps probabilities in [0, 1]", () => {
    const issues = issuesOf(withValues([["values", 0, "probability"], 1.2], [["values", 1, "probability"], "-0.1"]));
    expect(issues).toEqual([
      { path: ["values", 0, "probability"], code: "too_big", message: "must be at most 1, got 1.2" },
      { path: ["values", 1, "probability"], code: "too_small", message: "must be at least 0, got -0.1" },
    ]);
    expect(defineFrame(withValues([["values", 0, "probability"], 0], [["values", 1, "probability"], "1"])).values[1]!.probability.toString()).toBe("1");
  });

  it("checks timing: months are not negative and a value is not realised before it starts", () => {
    expect(
      located(
        withValues(
          [["values", 0, "timing", "startsAfterMonths"], -1],
          [["values", 1, "timing"], { startsAfterMonths: 6, realisedWithinMonths: 3 }],
        ),
      ),
    ).toEqual([
      [["values", 0, "timing", "startsAfterMonths"], "too_small"],
      [["values", 1, "timing", "realisedWithinMonths"], "too_small"],
    ]);
  });

  it("checks that a cell's aspect belongs to that cell", () => {
    const issues = issuesOf(withValues([["issues", 1, "cell", "aspect"], "interface"]));
    expect(issues).toEqual([
      {
        path: ["issues", 1, "cell", "aspect"],
        code: "invalid_value",
        message:
          '"interface" is not an aspect of job × management; its aspects are "performanceStandards", "taskSupport", "consequences", "feedback", "performerCapability"',
      },
    ]);
  });

  it("keeps financial and non-financial fields apart", () => {
    expect(located(withValues([["values", 0, "amount"], "a lot"], [["values", 1, "recurrence"], "once"]))).toEqual([
      [["values", 0, "amount"], "not_numeric"],
      [["values", 1], "unrecognized_keys"],
    ]);
  });
});

describe("defineFrame integrity rules", () => {
  it("reports a dangling reference at its path, naming the referrer and the missing id", () => {
    expect(issuesOf(withValues([["issues", 0, "hurts"], ["csf-collection", "csf-x"]]))).toEqual([
      { path: ["issues", 0, "hurts", 1], code: "unknown_reference", message: 'issue "cbi-dso" hurts unknown success factor "csf-x"' },
    ]);
  });

  it("resolves every kind of reference", () => {
    const issues = issuesOf(
      withValues(
        [["successFactors", 0, "serves"], ["g-gone"]],
        [["issues", 1, "blocks"], ["g-gone"]],
        [["solutions", 0, "addresses"], ["cbi-dso", "i-gone"]],
        [["values", 0, "serves"], "g-gone"],
        [["values", 0, "solution"], "s-gone"],
      ),
    );
    expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [["successFactors", 0, "serves", 0], "unknown_reference", 'success factor "csf-collection" serves unknown goal "g-gone"'],
      [["issues", 1, "blocks", 0], "unknown_reference", 'issue "cpi-sales-kpi" blocks unknown goal "g-gone"'],
      [["solutions", 0, "addresses", 1], "unknown_reference", 'solution "sol-c2c" addresses unknown issue "i-gone"'],
      [["values", 0, "serves"], "unknown_reference", 'value "v-wc" serves unknown goal "g-gone"'],
      [["values", 0, "solution"], "unknown_reference", 'value "v-wc" comes from unknown solution "s-gone"'],
    ]);
  });

  it("suggests a close id of the expected kind for an unknown reference", () => {
    expect(issuesOf(withValues([["successFactors", 0, "serves"], ["g-cahs"]]))).toEqual([
      { path: ["successFactors", 0, "serves", 0], code: "unknown_reference", message: 'success factor "csf-collection" serves unknown goal "g-cahs" (did you mean "g-cash"?)' },
    ]);
    // "v-wcc" is one edit from the value "v-wc", but a value can only come from a solution: no hint.
    expect(issuesOf(withValues([["values", 0, "solution"], "v-wcc"]))[0]!.message).toBe('value "v-wc" comes from unknown solution "v-wcc"');
  });

  it("reports a reference to an element of the wrong kind, naming both kinds", () => {
    expect(issuesOf(withValues([["solutions", 0, "addresses"], ["cbi-dso", "csf-collection"]]))).toEqual([
      {
        path: ["solutions", 0, "addresses", 1],
        code: "wrong_kind_reference",
        message: 'solution "sol-c2c" addresses "csf-collection", which is a success factor (successFactors[0]), not an issue',
      },
    ]);
  });

  it("requires ids to be unique across all kinds of element", () => {
    const issues = issuesOf(withValues([["solutions", 0, "id"], "cbi-dso"], [["values", 1, "id"], "v-wc"]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["solutions", 0, "id"], "duplicate_id"],
      [["values", 0, "solution"], "unknown_reference"],
      [["values", 1, "id"], "duplicate_id"],
    ]);
    expect(issues[0]!.message).toBe('id "cbi-dso" is already used by the issue at issues[0]; ids must be unique across the whole frame');
  });

  it("reports a reference listed twice", () => {
    expect(located(withValues([["solutions", 0, "addresses"], ["cbi-dso", "cpi-sales-kpi", "cbi-dso"]]))).toEqual([
      [["solutions", 0, "addresses", 2], "duplicate_reference"],
    ]);
  });

  it("requires a CBI to hurt at least one success factor", () => {
    for (const input of [withValues([["issues", 0, "hurts"], []]), without(["issues", 0, "hurts"])]) {
      expect(issuesOf(input)).toEqual([
        {
          path: ["issues", 0, "hurts"],
          code: "missing_link",
          message:
            'issue "cbi-dso" is a CBI but hurts no success factor; a critical business issue is a success factor going wrong, so it must hurt at least one',
        },
      ]);
    }
    expect(located(withValues([["issues", 0, "hurts"], []], [["issues", 0, "blocks"], ["g-cash"]]))).toEqual([[["issues", 0, "hurts"], "missing_link"]]);
  });

  it("requires a CPI to hurt a success factor or block a goal", () => {
    expect(located(without(["issues", 1, "blocks"]))).toEqual([[["issues", 1], "missing_link"]]);
    expect(defineFrame(withValues([["issues", 1, "blocks"], []], [["issues", 1, "hurts"], ["csf-collection"]])).issues[1]!.hurts).toEqual(["csf-collection"]);
  });

  it("requires a success factor to serve a goal and a solution to address an issue", () => {
    expect(issuesOf(withValues([["successFactors", 0, "serves"], []], [["solutions", 0, "addresses"], []]))).toEqual([
      { path: ["successFactors", 0, "serves"], code: "missing_link", message: 'success factor "csf-collection" serves no goal; a success factor must serve at least one' },
      { path: ["solutions", 0, "addresses"], code: "missing_link", message: 'solution "sol-c2c" addresses no issue; a solution must address at least one' },
    ]);
  });

  it("names an element without a usable id by its path", () => {
    const issues = issuesOf(withValues([["solutions", 0, "id"], 12], [["solutions", 0, "addresses"], ["nope"]]));
    expect(issues.map((i) => i.message)).toContain('solution at solutions[0] addresses unknown issue "nope"');
  });

  it("still resolves references to an element whose other fields are invalid", () => {
    expect(located(withValues([["goals", 0, "target"], "lots"]))).toEqual([[["goals", 0, "target"], "not_numeric"]]);
  });
});

describe("defineFrame lists every problem", () => {
  it("reports shape and integrity problems together, in the order the frame is written", () => {
    const input = withValues(
      [["currency"], "cny"],
      [["goals", 0, "direction"], "up"],
      [["successFactors", 0, "serves"], ["g-cash", "g-cash"]],
      [["issues", 0, "hurts"], ["csf-x"]],
      [["issues", 0, "tests", "trend"], 0],
      [["solutions", 0, "addresses"], []],
      [["values", 0, "probability"], 2],
      [["values", 1, "serves"], "sol-c2c"],
      [["extra"], true],
    );
    expect(located(input)).toEqual([
      [[], "unrecognized_keys"],
      [["currency"], "invalid_format"],
      [["goals", 0, "direction"], "invalid_value"],
      [["successFactors", 0, "serves", 1], "duplicate_reference"],
      [["issues", 0, "hurts", 0], "unknown_reference"],
      [["issues", 0, "tests", "trend"], "too_small"],
      [["solutions", 0, "addresses"], "missing_link"],
      [["values", 0, "probability"], "too_big"],
      [["values", 1, "serves"], "wrong_kind_reference"],
    ]);
  });

  it("puts every problem in the error message with its path", () => {
    const error = thrown(() => defineFrame(withValues([["currency"], "cny"], [["issues", 0, "hurts"], ["csf-x"]]))) as Error;
    expect(error.message).toBe(
      [
        "valueframe: frame: 2 problems:",
        '  - currency: "cny" is not an ISO 4217 currency code (three capital letters, e.g. "CNY") [invalid_format]',
        '  - issues[0].hurts[0]: issue "cbi-dso" hurts unknown success factor "csf-x" [unknown_reference]',
      ].join("\n"),
    );
  });
});
