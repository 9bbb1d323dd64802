/** Schema of a strategic goal: the customer's quantified goal, owned by its decision makers. */
import * as z from "zod";
import { idSchema, numericSchema, textSchema } from "./_internal/fields.js";

/**
 * The four views of an organisation, each giving a kind of goal: how its customers see it (e.g.
 * satisfaction), how competitors see it (market share), how employees see it (employee satisfaction) and
 * how it sees itself (revenue, profit, equity).
 */
export const perspectives = ["customer", "market", "employee", "financial"] as const;

/** The view of the organisation a goal comes from. */
export type Perspective = (typeof perspectives)[number];

/** Whether reaching the goal means the metric goes up or down. */
export const directions = ["increase", "decrease"] as const;

/** Whether a goal's metric should go up or down. */
export type Direction = (typeof directions)[number];

/**
 * Schema of a strategic goal (战略目标). `baseline` and `target` accept a number, a decimal string, a
 * bigint or a Decimal, and come out as Decimals. `deadline` is an ISO date (`YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * import { goalSchema } from "valueframe";
 * goalSchema.parse({
 *   id: "g-cash", name: "Operating cash flow +20 % this year", perspective: "financial",
 *   metric: "operating cash flow", unit: "M CNY", baseline: 50, target: "60",
 *   direction: "increase", deadline: "2026-12-31",
 * }).target.toString(); //=> "60"
 * ```
 */
export const goalSchema = z.lazy(() =>
  z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    perspective: z.enum(perspectives),
    metric: textSchema,
    unit: textSchema,
    baseline: numericSchema,
    target: numericSchema,
    direction: z.enum(directions),
    deadline: z.iso.date(),
  })
  .readonly(),
);

/** A strategic goal as given (numbers may be numbers, strings, bigints or Decimals). */
export type GoalInput = z.input<typeof goalSchema>;

/** A validated strategic goal (numbers are Decimals). */
export type Goal = z.output<typeof goalSchema>;
