import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameGrid } from "../../src/grid/frameGrid.js";
import { richInput } from "../frame/fixtures.js";

describe("frameGrid", () => {
  it("places every issue in its cell and returns all nine cells", () => {
    const cells = frameGrid(defineFrame(richInput()));
    expect(cells.map((c) => [c.level, c.dimension, c.issues.map((i) => i.id)])).toEqual([
      ["organization", "goals", []],
      ["organization", "design", []],
      ["organization", "management", []],
      ["process", "goals", []],
      ["process", "design", ["cbi-stockouts"]],
      ["process", "management", ["cbi-dso"]],
      ["job", "goals", []],
      ["job", "design", []],
      ["job", "management", ["cpi-sales-kpi"]],
    ]);
    expect(cells[5]!.variable.name).toBe("Process management");
  });

  it("returns nine empty cells for a frame without issues", () => {
    const cells = frameGrid(defineFrame({ customer: { name: "ACME" }, currency: "USD" }));
    expect(cells).toHaveLength(9);
    expect(cells.every((c) => c.issues.length === 0)).toBe(true);
    expect(Object.isFrozen(cells[0])).toBe(true);
  });
});
