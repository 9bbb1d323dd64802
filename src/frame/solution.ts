/** Schema of a high-energy solution, and the five criteria it is scored on. */
import * as z from "zod";
import { idSchema, ratingSchema, referencesSchema, textListSchema, textSchema } from "./_internal/fields.js";
import { levels } from "./grid.js";

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

/**
 * Schema of a high-energy solution (高能方案): a guide to building a capability in the customer's
 * organisation, not a product list. `addresses` lists the issues it deals with (a frame requires at
 * least one); `level` is where it lands on the grid; `constraints` and `capabilities` may be left out.
 *
 * @example
 * ```ts
 * import { solutionSchema } from "valueframe";
 * solutionSchema.parse({
 *   id: "sol-c2c", name: "Credit-to-cash capability", addresses: ["cbi-dso"], approach: "resolve",
 *   level: "process", scores: { level: 4, linkage: 4, innovation: 3, risk: 3, timeliness: 4 },
 * }).constraints; //=> []
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
    level: z.enum(levels),
    scores: solutionScoresSchema,
    constraints: textListSchema,
    capabilities: textListSchema,
  })
  .readonly(),
);

/** A high-energy solution as given. */
export type SolutionInput = z.input<typeof solutionSchema>;

/** A validated high-energy solution. */
export type Solution = z.output<typeof solutionSchema>;
