/** The zod schema for a numeric input field: any {@link Numeric}, with the reason when it is not one. */
import * as z from "zod";
import { numericProblem, type Numeric } from "../../numeric/decimal.js";

/** Accepts a number, decimal string, bigint or Decimal; the issue message says why anything else fails. */
export const numericSchema = z.custom<Numeric>((value) => numericProblem(value) === undefined, {
  error: (issue) => numericProblem(issue.input) ?? "expected a number",
  // The same issue code as frames and value cases give a non-number.
  params: { code: "invalid_type" },
});
