/** frameGrid: the frame's issues, and the solutions that name a cell, placed on the 3 × 3 performance grid. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { CriticalIssue } from "../frame/criticalIssue.js";
import type { Frame } from "../frame/frame.js";
import type { Dimension, GridCell, Level } from "../frame/grid.js";
import type { Solution } from "../frame/solution.js";
import { type PerformanceVariable, performanceVariables } from "./gridGuide.js";

/** One cell of the grid with the issues located in it and the solutions that land on it. */
export interface FrameGridCell {
  readonly level: Level;
  readonly dimension: Dimension;
  /** The performance variable this cell stands for. */
  readonly variable: PerformanceVariable;
  /** The issues placed here, in frame order. */
  readonly issues: readonly CriticalIssue[];
  /** The solutions whose `cell` is this one, in frame order (a solution with only a level names no cell). */
  readonly solutions: readonly Solution[];
}

/**
 * Places the frame's issues, and every solution that names its `cell`, on the 3 × 3 grid. All nine
 * cells are returned, empty or not, row by row (organisation, process, job) and within a row goals,
 * design, management. A solution that gives only its `level` lands on a row but on no cell, so it is in
 * none of them.
 *
 * @param frame - a frame from `defineFrame`
 * @returns the nine cells, frozen
 *
 * @example
 * ```ts
 * import { defineFrame } from "valueframe";
 * import { frameGrid } from "valueframe/grid";
 * const frame = defineFrame(distributor); // JSON.parse of examples/distributor.frame.json
 * const cells = frameGrid(frame);
 * cells.length; //=> 9
 * const cell = cells.find((c) => c.level === "process" && c.dimension === "management");
 * cell?.issues.map((i) => i.id); //=> ["cbi-dso"]
 * cell?.solutions.map((s) => s.id); //=> ["sol-credit-to-cash"]
 * ```
 */
export function frameGrid(frame: Frame): readonly FrameGridCell[] {
  const at = (level: Level, dimension: Dimension) => (cell: GridCell | undefined) => cell?.level === level && cell.dimension === dimension;
  return deepFreeze(
    performanceVariables.map((variable) => {
      const here = at(variable.level, variable.dimension);
      return {
        level: variable.level,
        dimension: variable.dimension,
        variable,
        issues: frame.issues.filter((issue) => here(issue.cell)),
        solutions: frame.solutions.filter((solution) => here(solution.cell)),
      };
    }),
  );
}
