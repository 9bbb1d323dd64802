import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameGrid } from "../../src/grid/frameGrid.js";
import { cellOnlySolution, richInput } from "../frame/fixtures.js";

/** The rich sample with solutions placed on cells: the credit-to-cash one beside its CBI, one more by its cell alone. */
function withSolutionCells() {
  const input = richInput();
  const [c2c, factoring] = input.solutions;
  return {
    ...input,
    solutions: [
      { ...c2c!, cell: { level: "process", dimension: "management", aspect: "interface" } },
      factoring!,
      cellOnlySolution("sol-role-kpis", "Collection in every sales rep's KPIs", ["cpi-sales-kpi"], { level: "job", dimension: "management", aspect: "consequences" }),
    ],
  };
}

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
    expect(cells.every((c) => c.solutions.length === 0)).toBe(true);
  });

  it("places each solution that names a cell in it, and a solution with only a level in none", () => {
    const cells = frameGrid(defineFrame(withSolutionCells()));
    const withSolutions = cells.filter((c) => c.solutions.length > 0);
    expect(withSolutions.map((c) => [c.level, c.dimension, c.issues.map((i) => i.id), c.solutions.map((s) => s.id)])).toEqual([
      ["process", "management", ["cbi-dso"], ["sol-c2c"]],
      ["job", "management", ["cpi-sales-kpi"], ["sol-role-kpis"]],
    ]);
    expect(cells.flatMap((c) => c.solutions).some((s) => s.id === "sol-factoring")).toBe(false);
    expect(cells[8]!.solutions[0]!.level).toBe("job");
    expect(Object.isFrozen(cells[8]!.solutions)).toBe(true);
  });

  it("returns nine empty cells for a frame without issues", () => {
    const cells = frameGrid(defineFrame({ customer: { name: "ACME" }, currency: "USD" }));
    expect(cells).toHaveLength(9);
    expect(cells.every((c) => c.issues.length === 0 && c.solutions.length === 0)).toBe(true);
    expect(Object.isFrozen(cells[0])).toBe(true);
  });
});
