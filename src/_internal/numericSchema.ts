/**
 * The one zod schema of a number written as data (a number, a decimal string, a bigint or a Decimal),
 * shared by frames, value cases and BVFs so that the same problem carries the same code everywhere: a
 * value that is not a decimal number is `not_numeric`; a missing one is `invalid_type`, like any other
 * missing field.
 */
import * as z from "zod";
import { figureRangeProblem, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";

/** The issue code of a value that is not a decimal number, in every module. */
export const NOT_NUMERIC = "not_numeric";

/** A {@link Numeric} as written, checked but not converted (the BVF converts its own later). */
export const numericInputSchema = z.lazy(() =>
  // `continue: false`: checks of the enclosing object never see a value that is not a number.
  z.custom<Numeric>().superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: "required: expected a number or a decimal string", params: { code: "invalid_type" }, continue: false });
      return;
    }
    const problem = numericProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem, params: { code: NOT_NUMERIC }, continue: false });
  }),
);

/** A figure range problem as an issue: `out_of_range`, and the enclosing object's checks never see it. */
function checkFigure(value: Decimal, ctx: z.core.$RefinementCtx): void {
  const problem = figureRangeProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem, params: { code: "out_of_range" }, continue: false });
}

/**
 * A figure of a model (frame, value case, BVF): a {@link Numeric} as a Decimal, 0 or 1e-100 ≤ |x| < 1e100
 * in size (docs/limits.md), so no figure anyone writes can make the work of a call unbounded.
 */
export const figureSchema = z.lazy(() => numericInputSchema.transform((value): Decimal => toDec(value)).superRefine(checkFigure));

/** {@link figureSchema} that keeps the value as written (the BVF converts its own later). */
export const figureInputSchema = z.lazy(() => numericInputSchema.superRefine((value, ctx) => checkFigure(toDec(value), ctx)));
