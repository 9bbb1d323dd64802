/** Frames and BVFs hold their figures to the same range as value cases (docs/limits.md), so no figure anyone writes makes a report's work unbounded. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeDefineBvf } from "../../src/bvf/index.js";
import { safeDefineFrame } from "../../src/frame/index.js";

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}`, "utf8"));

describe("the figure range in every model", () => {
  it("a frame's goal baseline of 1e-100000 or 1e400 is out_of_range at its path; 0 and 1e99 are fine", () => {
    const frame = example("distributor.frame.json");
    frame.goals[0].baseline = "1e-100000";
    frame.goals[1].target = "1e400";
    frame.values[0].amount = "-1e100";
    const result = safeDefineFrame(frame);
    expect(!result.success && result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`)).toEqual([
      "goals.0.baseline out_of_range",
      "goals.1.target out_of_range",
      "values.0.amount out_of_range",
    ]);
    const fine = example("distributor.frame.json");
    fine.goals[0].baseline = 0;
    fine.goals[0].target = "9.9e99";
    expect(safeDefineFrame(fine).success).toBe(true);
  });

  it("a BVF's figures too, written as given when valid", () => {
    const bvf = example("manufacturer.bvf.json");
    bvf.operationalKpis[0].baseline = "1e-100000";
    const result = safeDefineBvf(bvf);
    expect(!result.success && result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`)).toEqual(["operationalKpis.0.baseline out_of_range"]);
    expect(!result.success && result.error.issues[0]?.message).toBe("1e-100000 is out of range: a figure must be 0 or between 1e-100 and 1e100 in size");
  });
});
