import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameWarnings } from "../../src/frame/frameWarnings.js";
import { sampleInput, withValues } from "./fixtures.js";

describe("frameWarnings", () => {
  it("finds nothing in a sound frame", () => {
    expect(frameWarnings(defineFrame(sampleInput()))).toEqual([]);
  });

  it("warns when a target moves against the goal's direction", () => {
    const up = frameWarnings(defineFrame(withValues([["goals", 0, "target"], "39.5"])));
    expect(up).toEqual([
      {
        path: ["goals", 0, "target"],
        code: "target_wrong_direction",
        message: 'goal "g-cash" should increase, but its target 39.5 is below its baseline 40',
      },
    ]);
    const down = frameWarnings(defineFrame(withValues([["goals", 0, "direction"], "decrease"])));
    expect(down[0]!.message).toBe('goal "g-cash" should decrease, but its target 48 is above its baseline 40');
    expect(frameWarnings(defineFrame(withValues([["goals", 0, "direction"], "decrease"], [["goals", 0, "target"], 30])))).toEqual([]);
  });

  it("warns when a target equals its baseline", () => {
    expect(frameWarnings(defineFrame(withValues([["goals", 0, "target"], "40.0"]))).map((w) => w.code)).toEqual(["target_equals_baseline"]);
  });

  it("warns for each weak issue test", () => {
    const warnings = frameWarnings(defineFrame(withValues([["issues", 1, "tests"], { importance: 2, hiddenness: 1, trend: 3 }])));
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      [["issues", 1, "tests", "importance"], "weak_issue_test"],
      [["issues", 1, "tests", "hiddenness"], "weak_issue_test"],
    ]);
    expect(warnings[1]!.message).toBe(
      'issue "cpi-sales-kpi" rates 1 of 5 on hiddenness: the customer already sees it, so finding it will not make them listen',
    );
  });

  it("warns when a value's solution does not lead to the goal the value serves", () => {
    const input = sampleInput();
    const other = { ...input.goals[0]!, id: "g-share", name: "Market share 15 %", perspective: "market" };
    const frame = defineFrame({ ...input, goals: [...input.goals, other], values: [{ ...input.values[0]!, serves: "g-share" }] });
    expect(frameWarnings(frame)).toEqual([
      {
        path: ["values", 0, "solution"],
        code: "value_off_chain",
        message: 'value "v-wc" serves goal "g-share", but solution "sol-c2c" does not lead to it through the issues it addresses',
      },
    ]);
  });

  it("returns frozen warnings", () => {
    const warnings = frameWarnings(defineFrame(withValues([["goals", 0, "target"], 40])));
    expect(Object.isFrozen(warnings)).toBe(true);
    expect(Object.isFrozen(warnings[0]!.path)).toBe(true);
  });
});
