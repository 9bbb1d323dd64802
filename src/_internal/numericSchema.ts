/**
 * The one zod schema of a number written as data (a number, a decimal string, a bigint or a Decimal),
 * shared by frames, value cases and BVFs so that the same problem carries the same code everywhere: a
 * value that is not a decimal number is `not_numeric`; a missing one is `invalid_type`, like any other
 * missing field.
 */
import * as z from "zod";
import { numericProblem, type Numeric } from "../numeric/decimal.js";

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
