import { describe, expect, it } from "vitest";
import { dimensions, gridAspects, gridCellSchema, jobManagementFactors, levels, managementKinds } from "../../src/frame/grid.js";
import { dimensionInfo, levelInfo, performanceGrid, performanceVariables } from "../../src/grid/gridGuide.js";

describe("the 3 × 3 grid", () => {
  it("has three levels and three dimensions, each described", () => {
    expect(levels).toEqual(["organization", "process", "job"]);
    expect(dimensions).toEqual(["goals", "design", "management"]);
    for (const level of levels) expect(levelInfo[level].description.length).toBeGreaterThan(20);
    for (const dimension of dimensions) expect(dimensionInfo[dimension].description.length).toBeGreaterThan(20);
  });

  it("has nine variables, row by row, each with a one-line description", () => {
    expect(performanceVariables.map((v) => `${v.level}×${v.dimension}`)).toEqual(levels.flatMap((l) => dimensions.map((d) => `${l}×${d}`)));
    for (const v of performanceVariables) {
      expect(v.description).not.toContain("\n");
      expect(performanceGrid[v.level][v.dimension]).toBe(v);
    }
  });

  it("gives organisation and process management the four management kinds", () => {
    expect(managementKinds).toEqual(["goal", "performance", "resource", "interface"]);
    expect(performanceGrid.organization.management.aspects.map((a) => a.key)).toEqual([...managementKinds]);
    expect(performanceGrid.process.management.aspects.map((a) => a.key)).toEqual([...managementKinds]);
    expect(performanceGrid.organization.management.aspects[3]!.description).toContain("white space between departments");
  });

  it("gives job management the five factors", () => {
    expect(performanceGrid.job.management.aspects.map((a) => a.key)).toEqual([...jobManagementFactors]);
    expect(jobManagementFactors).toEqual(["performanceStandards", "taskSupport", "consequences", "feedback", "performerCapability"]);
  });

  it("names the sub-aspects of process and job design", () => {
    expect(performanceGrid.process.design.aspects.map((a) => a.key)).toEqual(["input", "processing", "output", "evaluation", "feedback"]);
    expect(performanceGrid.job.design.aspects.map((a) => a.key)).toEqual(["duties", "activitySequence", "rules"]);
  });

  it("describes exactly the aspects the frame validates", () => {
    for (const v of performanceVariables) expect(v.aspects.map((a) => a.key)).toEqual([...gridAspects[v.level][v.dimension]]);
    expect(Object.isFrozen(gridAspects.job.management)).toBe(true);
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(performanceVariables)).toBe(true);
    expect(Object.isFrozen(performanceVariables[0])).toBe(true);
    expect(Object.isFrozen(performanceGrid.job)).toBe(true);
    expect(Object.isFrozen(performanceGrid.job.management.aspects[0])).toBe(true);
  });

  it("validates a cell and its aspect", () => {
    expect(gridCellSchema.parse({ level: "process", dimension: "management", aspect: "interface" })).toEqual({
      level: "process",
      dimension: "management",
      aspect: "interface",
    });
    const result = gridCellSchema.safeParse({ level: "organization", dimension: "goals", aspect: "feedback" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["aspect"]);
  });
});
