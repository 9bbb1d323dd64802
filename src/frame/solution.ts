/** Schema of a high-energy solution, its place on the grid, and the five criteria it is scored on. */
import * as z from "zod";
import { idSchema, ratingSchema, referencesSchema, textListSchema, textSchema } from "./_internal/fields.js";
import { type GridCell, type Level, gridCellSchema, levelSchema, levels } from "./grid.js";

/** How a solution deals with its issues: resolve them, or bypass them with a new approach. */
export const approaches = ["resolve", "bypass"] as const;

/** Resolve or bypass. */
export type Approach = (typeof approaches)[number];

/** The five criteria a high-energy solution is scored on. */
export const solutionCriteria = ["level", "linkage", "innovation", "risk", "timeliness"] as const;

/** One of the five solution criteria. */
export type SolutionCriterion = (typeof solutionCriteria)[number];

/**
 * What each criterion measures and the design principle that goes with it. Every criterion is scored
 * 1–5, 5 meaning the solution follows the principle fully (for risk: it dares the most, aiming at the
 * biggest value).
 *
 * @example
 * ```ts
 * import { solutionCriterionInfo } from "valueframe";
 * solutionCriterionInfo.linkage.principle; //=> "Tie it to a unique capability: only we can do it."
 * ```
 */
export const solutionCriterionInfo: {
  readonly [C in SolutionCriterion]: { readonly name: string; readonly description: string; readonly principle: string };
} = Object.freeze({
  level: Object.freeze({
    name: "Level",
    description: "Whether it lands at job, process or organisation level; higher is worth more.",
    principle: "Deliver value that top management accepts.",
  }),
  linkage: Object.freeze({
    name: "Linkage",
    description: "How tightly it is bound to the seller's unique capability; tighter is harder to substitute.",
    principle: "Tie it to a unique capability: only we can do it.",
  }),
  innovation: Object.freeze({
    name: "Innovation",
    description: "How advanced its theory, method, management or technology is.",
    principle: "Be innovative: not the same as the competitors.",
  }),
  risk: Object.freeze({
    name: "Risk",
    description: "Bigger value means bigger risk for the customer (and a higher margin for the seller).",
    principle: "Dare to take risk.",
  }),
  timeliness: Object.freeze({
    name: "Timeliness",
    description: "How fast the value shows; faster value, faster decision.",
    principle: "Pay back fast.",
  }),
});

/** Schema of a solution's scores on the five criteria, each a whole number 1–5. */
export const solutionScoresSchema = z.lazy(() =>
  z
  .strictObject({
    level: ratingSchema,
    linkage: ratingSchema,
    innovation: ratingSchema,
    risk: ratingSchema,
    timeliness: ratingSchema,
  })
  .readonly(),
);

/** A solution's scores on the five criteria. */
export type SolutionScores = z.output<typeof solutionScoresSchema>;

/** Where a solution lands, as given: a level, a cell, or both. */
interface Place {
  readonly level?: Level | undefined;
  readonly cell?: GridCell | undefined;
}

/**
 * Checks that a solution says where it lands, and says it once: a `level`, a `cell`, or both with the
 * same level. Only a solution whose `level` and `cell` parsed is checked, so a bad cell is reported once.
 */
function checkPlace(solution: Place, ctx: z.core.$RefinementCtx): void {
  const { level, cell } = solution;
  if (level === undefined && cell === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["level"],
      message: `required: expected ${levels.map((l) => `"${l}"`).join(" or ")}, or a "cell" to take the level from`,
      params: { code: "invalid_value" },
    });
  } else if (level !== undefined && cell !== undefined && level !== cell.level) {
    ctx.addIssue({
      code: "custom",
      path: ["level"],
      message: `"${level}" disagrees with the cell's level "${cell.level}" (cell ${cell.level} × ${cell.dimension}); give the same level in both, or leave "level" out and the cell's is used`,
      params: { code: "level_mismatch" },
    });
  }
}

/**
 * Runs {@link checkPlace} when the solution is an object whose `level` and `cell` parsed, whatever else
 * is wrong with it: a shape problem elsewhere in the solution must not hide this one.
 */
function placeParsed(payload: z.core.ParsePayload): boolean {
  const { value } = payload;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  return payload.issues.every((issue) => {
    const key = issue.path?.[0];
    return issue.code === "unrecognized_keys" || (key !== undefined && key !== "level" && key !== "cell");
  });
}

/** The solution with its level filled in from its cell when only the cell was given. */
function withLevel<S extends Place>(solution: S): S & { readonly level: Level } {
  // checkPlace has run: a solution without a level has a cell.
  return { ...solution, level: solution.level ?? (solution.cell as GridCell).level };
}

/**
 * Schema of a high-energy solution (高能方案): a guide to building a capability in the customer's
 * organisation, not a product list. `addresses` lists the issues it deals with (a frame requires at
 * least one); `constraints` and `capabilities` may be left out.
 *
 * Where it lands on the grid is its `level`, its `cell` (level × dimension, with an optional aspect,
 * like an issue's), or both: the method places a solution as it places an issue ("job × design").
 * Given both, they must name the same level (`level_mismatch` otherwise); given only the cell, the
 * validated solution's `level` is the cell's. One of the two is required.
 *
 * @example
 * ```ts
 * import { solutionSchema } from "valueframe";
 * solutionSchema.parse({
 *   id: "sol-c2c", name: "Credit-to-cash capability", addresses: ["cbi-dso"], approach: "resolve",
 *   cell: { level: "process", dimension: "management", aspect: "interface" },
 *   scores: { level: 4, linkage: 4, innovation: 3, risk: 3, timeliness: 4 },
 * }).level; //=> "process"
 * ```
 */
export const solutionSchema = z.lazy(() =>
  z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    addresses: referencesSchema,
    approach: z.enum(approaches),
    level: levelSchema.optional(),
    cell: gridCellSchema.optional(),
    scores: solutionScoresSchema,
    constraints: textListSchema,
    capabilities: textListSchema,
  })
  // JSON Schema cannot see checkPlace: say there that a solution without a level needs a cell.
  .meta({ if: { not: { required: ["level"] } }, then: { required: ["cell"] } })
  .superRefine(checkPlace, { when: placeParsed })
  .transform(withLevel)
  .readonly(),
);

/** A high-energy solution as given. */
export type SolutionInput = z.input<typeof solutionSchema>;

/** A validated high-energy solution. */
export type Solution = z.output<typeof solutionSchema>;
