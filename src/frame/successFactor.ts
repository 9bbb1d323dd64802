/** Schema of a critical success factor: one of the few things that must go right for the customer. */
import * as z from "zod";
import { idSchema, referencesSchema, textSchema } from "./_internal/fields.js";

/**
 * Where a critical success factor comes from: the method names industry, organisational and
 * environmental factors; the classic CSF literature adds competitive position, temporal factors (a
 * passing situation) and managerial position.
 */
export const successFactorSources = ["industry", "organizational", "environmental", "competitive", "temporal", "managerial"] as const;

/** The source of a critical success factor. */
export type SuccessFactorSource = (typeof successFactorSources)[number];

/**
 * Schema of a critical success factor (关键成功要素, CSF). `serves` lists the ids of the goals it serves;
 * a frame requires at least one.
 *
 * @example
 * ```ts
 * import { successFactorSchema } from "valueframe";
 * successFactorSchema.parse({ id: "csf-collection", name: "Collection rate", source: "industry", serves: ["g-cash"] }).serves;
 * //=> ["g-cash"]
 * ```
 */
export const successFactorSchema = z.lazy(() =>
  z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    source: z.enum(successFactorSources),
    serves: referencesSchema,
  })
  .readonly(),
);

/** A critical success factor as given. */
export type SuccessFactorInput = z.input<typeof successFactorSchema>;

/** A validated critical success factor. */
export type SuccessFactor = z.output<typeof successFactorSchema>;
