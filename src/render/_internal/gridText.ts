/** A place on the 3 × 3 grid in a locale's words, shared by the frame's Markdown and its linkage diagram. */
import type { GridCell, Level } from "../../frame/grid.js";
import type { TextMessages } from "../locales/types.js";

/** A grid cell in words, with its aspect: "Process management (interface management)". */
export function cellName(t: TextMessages, cell: GridCell): string {
  const base = t.terms.cell[cell.level][cell.dimension];
  const aspect = cell.aspect === undefined ? undefined : (t.terms.aspect as Record<string, string>)[cell.aspect];
  return aspect === undefined ? base : t.common.bracketed(base, aspect);
}

/** Where a solution lands in words: its cell when it names one, else its level ("Process"). */
export function landsAt(t: TextMessages, solution: { readonly level: Level; readonly cell?: GridCell | undefined }): string {
  return solution.cell === undefined ? t.terms.level[solution.level] : cellName(t, solution.cell);
}
