/** frameGrid: the frame's issues placed on the 3 × 3 performance grid. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { CriticalIssue } from "../frame/criticalIssue.js";
import type { Frame } from "../frame/frame.js";
import type { Dimension, Level } from "../frame/grid.js";
import { type PerformanceVariable, performanceVariables } from "./gridGuide.js";

/** One cell of the grid with the issues located in it. */
export interface FrameGridCell {
  readonly level: Level;
  readonly dimension: Dimension;
  /** The performance variable this cell stands for. */
  readonly variable: PerformanceVariable;
  /** The issues placed here, in frame order. */
  readonly issues: readonly CriticalIssue[];
}

/**
 * Places the frame's issues on the 3 × 3 grid. All nine cells are returned, empty or not, row by row
 * (organisation, process, job) and within a row goals, design, management.
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
 * cells.find((c) => c.level === "process" && c.dimension === "management")?.issues.map((i) => i.id);
 * //=> ["cbi-dso"]
 * ```
 */
export function frameGrid(frame: Frame): readonly FrameGridCell[] {
  return deepFreeze(
    performanceVariables.map((variable) => ({
      level: variable.level,
      dimension: variable.dimension,
      variable,
      issues: frame.issues.filter((issue) => issue.cell.level === variable.level && issue.cell.dimension === variable.dimension),
    })),
  );
}
