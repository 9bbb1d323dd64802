/**
 * valueframe/grid — the 3 × 3 performance grid in words: what each level, dimension and performance
 * variable means, with its aspects and typical statements, and `frameGrid` placing a frame's issues,
 * and the solutions that name a cell, on it. The method's reference text for guides, tooltips and
 * question plans, kept out of the root entry, whose frames need only the grid's structure (`levels`,
 * `dimensions`, `gridAspects`).
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { frameGrid } from "./frameGrid.js";
export type { FrameGridCell } from "./frameGrid.js";
export { dimensionInfo, levelInfo, performanceGrid, performanceVariables } from "./gridGuide.js";
export type { GridTerm, PerformanceAspect, PerformanceVariable } from "./gridGuide.js";
