/**
 * The 3 × 3 performance grid's structure — levels, dimensions, the aspect keys of each cell — and the
 * schema of a cell on it. What each part means, in words, is `valueframe/grid`'s.
 *
 * Rows are levels (organisation, process, job), columns are dimensions (goals, design, management).
 * Issues are placed on a cell to *locate* them; a solution states the level it lands on, or the cell.
 */
import * as z from "zod";
import { didYouMean, didYouMeanSuffix } from "../_internal/suggest.js";
import { frameErrorMap } from "./_internal/messages.js";

/** The grid's levels, top first. A "job" is a role in a process, not an HR position. */
export const levels = ["organization", "process", "job"] as const;

/** A level of the performance grid. */
export type Level = (typeof levels)[number];

/** The grid's dimensions. */
export const dimensions = ["goals", "design", "management"] as const;

/** A dimension of the performance grid. */
export type Dimension = (typeof dimensions)[number];

/** The four kinds of management at organisation and process level. */
export const managementKinds = ["goal", "performance", "resource", "interface"] as const;

/** A kind of management at organisation or process level. */
export type ManagementKind = (typeof managementKinds)[number];

/** The five factors of job management. */
export const jobManagementFactors = ["performanceStandards", "taskSupport", "consequences", "feedback", "performerCapability"] as const;

/** A factor of job management. */
export type JobManagementFactor = (typeof jobManagementFactors)[number];

/**
 * The error of an unknown grid term: the frame's usual message, plus the nearest allowed value when the
 * one written is a near miss ("organisation", "proces"). Anything else is left to the frame's messages.
 */
function hinted(values: readonly string[]): z.core.$ZodErrorMap {
  return (issue) => {
    const hint = issue.code === "invalid_value" && typeof issue.input === "string" ? didYouMean(issue.input, values) : undefined;
    if (hint === undefined) return undefined;
    const base = frameErrorMap(issue);
    return typeof base === "string" ? `${base} (${hint})` : undefined;
  };
}

/** Schema of a level: one of {@link levels}, a near miss named with its nearest level. */
export const levelSchema = z.lazy(() => z.enum(levels, { error: hinted(levels) }));

/** Schema of a dimension: one of {@link dimensions}, a near miss named with its nearest dimension. */
export const dimensionSchema = z.lazy(() => z.enum(dimensions, { error: hinted(dimensions) }));

/**
 * The aspect keys of each cell, in the method's order (empty where the method names none): the keys a
 * `cell.aspect` (of an issue or a solution) may take.
 *
 * @example
 * ```ts
 * import { gridAspects } from "valueframe";
 * gridAspects.process.design; //=> ["input", "processing", "output", "evaluation", "feedback"]
 * ```
 */
export const gridAspects: { readonly [L in Level]: { readonly [D in Dimension]: readonly string[] } } = Object.freeze({
  organization: Object.freeze({ goals: Object.freeze([]), design: Object.freeze([]), management: Object.freeze([...managementKinds]) }),
  process: Object.freeze({ goals: Object.freeze([]), design: Object.freeze(["input", "processing", "output", "evaluation", "feedback"]), management: Object.freeze([...managementKinds]) }),
  job: Object.freeze({ goals: Object.freeze([]), design: Object.freeze(["duties", "activitySequence", "rules"]), management: Object.freeze([...jobManagementFactors]) }),
});

/**
 * Schema of a place on the grid: a level, a dimension and, optionally, one of that cell's aspects
 * (e.g. `"interface"` at process × management). Issues are located on a cell; a solution may name the
 * cell it lands on.
 */
export const gridCellSchema = z.lazy(() =>
  z
  .strictObject({
    level: levelSchema,
    dimension: dimensionSchema,
    aspect: z.string().min(1).optional(),
  })
  .superRefine((cell, ctx) => {
    if (cell.aspect === undefined) return;
    const keys = gridAspects[cell.level][cell.dimension];
    if (keys.includes(cell.aspect)) return;
    const allowed = keys.length === 0 ? "this cell has no aspects" : `its aspects are ${keys.map((k) => `"${k}"`).join(", ")}`;
    ctx.addIssue({
      code: "custom",
      path: ["aspect"],
      message: `"${cell.aspect}" is not an aspect of ${cell.level} × ${cell.dimension}; ${allowed}${didYouMeanSuffix(cell.aspect, keys)}`,
      params: { code: "invalid_value" },
    });
  })
  .readonly(),
);

/** A place on the grid, as given. */
export type GridCellInput = z.input<typeof gridCellSchema>;

/** A place on the grid, validated. */
export type GridCell = z.output<typeof gridCellSchema>;
