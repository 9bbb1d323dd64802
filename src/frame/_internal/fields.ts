/**
 * Field schemas shared by the frame's element schemas: ids, names, Numeric → Decimal, 1–5 ratings.
 * Every schema of the frame is built on first use (`z.lazy`): zod builds a schema in tens of
 * microseconds per node, and importing `valueframe` must not pay for hundreds of them up front.
 */
import * as z from "zod";
import { type Numeric, toDec } from "../../numeric/decimal.js";
import { figureSchema } from "../../_internal/numericSchema.js";

/** An element id: any non-empty string without surrounding spaces. */
export const idSchema = z.lazy(() =>
  z
  .string()
  .min(1)
  .refine((id) => id.trim() === id, { error: (iss) => `id ${JSON.stringify(iss.input)} has spaces around it`, params: { code: "invalid_format" } }),
);

/** A name or free text a person reads: non-empty. */
export const textSchema = z.lazy(() =>
  z.string().min(1),
);

/** A list of references to other elements, by id; may be left out (then empty). */
export const optionalReferencesSchema = z.lazy(() =>
  z.array(idSchema).readonly().default([]),
);

/** A list of references that must be given (the integrity rules say how many it needs). */
export const referencesSchema = z.lazy(() =>
  z.array(idSchema).readonly(),
);

/** Free text lists such as constraints and capabilities; may be left out (then empty). */
export const textListSchema = z.lazy(() =>
  z.array(textSchema).readonly().default([]),
);

/** A number, a decimal string, a bigint or a Decimal in; a valueframe Decimal out, 0 or 1e-100 ≤ |x| < 1e100 in size (docs/limits.md). */
export const numericSchema = figureSchema;

/** {@link numericSchema} restricted to a closed range; out-of-range values are `too_small` / `too_big`. */
export function numericInRange(min: Numeric | undefined, max: Numeric | undefined) {
  return z.lazy(() => numericSchema.superRefine((value, ctx) => {
    if (min !== undefined && value.lt(toDec(min))) {
      ctx.addIssue({ code: "custom", message: `must be at least ${String(min)}, got ${value.toString()}`, params: { code: "too_small" } });
    } else if (max !== undefined && value.gt(toDec(max))) {
      ctx.addIssue({ code: "custom", message: `must be at most ${String(max)}, got ${value.toString()}`, params: { code: "too_big" } });
    }
  }));
}

/** A probability: numeric in [0, 1]. */
export const probabilitySchema = numericInRange(0, 1);

/** A rating on the frame's 1–5 scale (1 = weak, 5 = strong): a whole number. */
export const ratingSchema = z.lazy(() =>
  z.number().int().min(1).max(5),
);
