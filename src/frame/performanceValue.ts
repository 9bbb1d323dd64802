/** Schema of a performance value: what the solution achieves against a goal, in amount, timing and probability. */
import * as z from "zod";
import { idSchema, numericInRange, numericSchema, probabilitySchema, textSchema } from "./_internal/fields.js";

/** Financial (numeric, monetised, tied to the accounts) or non-financial (safety, culture, reputation, experience). */
export const valueKinds = ["financial", "non-financial"] as const;

/** The kind of a performance value. */
export type ValueKind = (typeof valueKinds)[number];

/** How often a financial amount occurs: once, every month or every year. */
export const recurrences = ["once", "monthly", "yearly"] as const;

/** How often a financial amount occurs. */
export type Recurrence = (typeof recurrences)[number];

const months = numericInRange(0, undefined);

/**
 * Schema of when a value shows, in months from the moment the solution goes live: it starts after
 * `startsAfterMonths` and is fully realised within `realisedWithinMonths` (never before it starts).
 */
export const valueTimingSchema = z.lazy(() =>
  z
  .strictObject({
    startsAfterMonths: months,
    realisedWithinMonths: months,
  })
  .superRefine((timing, ctx) => {
    if (timing.realisedWithinMonths.lt(timing.startsAfterMonths)) {
      ctx.addIssue({
        code: "custom",
        path: ["realisedWithinMonths"],
        message: `the value cannot be realised within ${timing.realisedWithinMonths.toString()} months when it only starts after ${timing.startsAfterMonths.toString()}`,
        params: { code: "too_small" },
      });
    }
  })
  .readonly(),
);

/** When a value shows. */
export type ValueTiming = z.output<typeof valueTimingSchema>;

const common = {
  id: idSchema,
  name: textSchema,
  description: textSchema.optional(),
  serves: idSchema,
  solution: idSchema.optional(),
  timing: valueTimingSchema,
  probability: probabilitySchema,
};

/**
 * Schema of a financial value: `amount` is money in the frame's currency, occurring as `recurrence`
 * says (`"once"`, `"monthly"` or `"yearly"`).
 */
export const financialValueSchema = z.lazy(() =>
  z.strictObject({
  ...common,
  kind: z.literal("financial"),
  amount: numericSchema,
  recurrence: z.enum(recurrences),
}),
);

/** Schema of a non-financial value: `amount` describes how much in words; `unit` is optional. */
export const nonFinancialValueSchema = z.lazy(() =>
  z.strictObject({
  ...common,
  kind: z.literal("non-financial"),
  amount: textSchema,
  unit: textSchema.optional(),
}),
);

/**
 * Schema of a performance value (绩效价值), financial or non-financial, with its three dimensions:
 * amount, timing and probability (a number in [0, 1]). `serves` names the goal it moves; `solution`
 * optionally names the solution that delivers it.
 *
 * @example
 * ```ts
 * import { performanceValueSchema } from "valueframe";
 * const value = performanceValueSchema.parse({
 *   id: "v-wc", name: "Working capital released", kind: "financial", serves: "g-cash", solution: "sol-c2c",
 *   amount: 14_000_000, recurrence: "once", timing: { startsAfterMonths: 1, realisedWithinMonths: 6 },
 *   probability: 0.8,
 * });
 * value.kind === "financial" && value.amount.times(value.probability).toString(); //=> "11200000"
 * ```
 */
export const performanceValueSchema = z.lazy(() =>
  z.discriminatedUnion("kind", [financialValueSchema, nonFinancialValueSchema]).readonly(),
);

/** A performance value as given. */
export type PerformanceValueInput = z.input<typeof performanceValueSchema>;

/** A validated performance value. */
export type PerformanceValue = z.output<typeof performanceValueSchema>;

/** A validated financial value. */
export type FinancialValue = Extract<PerformanceValue, { kind: "financial" }>;

/** A validated non-financial value. */
export type NonFinancialValue = Extract<PerformanceValue, { kind: "non-financial" }>;
