/** Schema of a whole reference frame: the customer, its currency and the four elements with their CSFs. */
import * as z from "zod";
import { textSchema } from "./_internal/fields.js";
import { criticalIssueSchema } from "./criticalIssue.js";
import { goalSchema } from "./goal.js";
import { performanceValueSchema } from "./performanceValue.js";
import { solutionSchema } from "./solution.js";
import { successFactorSchema } from "./successFactor.js";

/** Schema of the customer a frame is built for. */
export const customerSchema = z.lazy(() =>
  z
  .strictObject({
    name: textSchema,
    industry: textSchema.optional(),
  })
  .readonly(),
);

/** Schema of an ISO 4217 currency code: three capital letters, e.g. `"CNY"`. */
export const currencySchema = z.lazy(() =>
  z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (iss) => `${JSON.stringify(iss.input)} is not an ISO 4217 currency code (three capital letters, e.g. "CNY")` }),
);

/**
 * Schema of the *shape* of a reference frame. It checks every field but not the links between elements;
 * use {@link defineFrame} to get a frame whose references, ids and links are checked too.
 *
 * Every collection may be left out (then empty), so a frame can be built stage by stage: establish the
 * goals and success factors, locate the issues, improve with solutions, present the values.
 */
export const frameSchema = z.lazy(() =>
  z
  .strictObject({
    customer: customerSchema,
    currency: currencySchema,
    goals: z.array(goalSchema).readonly().default([]),
    successFactors: z.array(successFactorSchema).readonly().default([]),
    issues: z.array(criticalIssueSchema).readonly().default([]),
    solutions: z.array(solutionSchema).readonly().default([]),
    values: z.array(performanceValueSchema).readonly().default([]),
  })
  .readonly(),
);

/** A reference frame as given: plain JSON-like data (numbers may be numbers, decimal strings, bigints or Decimals). */
export type FrameInput = z.input<typeof frameSchema>;

/** A validated, deep-frozen reference frame (numbers are Decimals). */
export type Frame = z.output<typeof frameSchema>;

/** The customer of a frame. */
export type Customer = z.output<typeof customerSchema>;
